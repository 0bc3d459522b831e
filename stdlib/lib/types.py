"""Names for the types of objects the interpreter makes (CPython's types module, the part
programs use)."""

import sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
try:
    raise TypeError
except TypeError as exc:
    _tb = exc.__traceback__
TracebackType = type(_tb)
FrameType = type(_tb.tb_frame)
del _tb
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


# Native, as in CPython: sys.implementation is one.
SimpleNamespace = type(sys.implementation)


def coroutine(func):
    """Makes a generator function usable where a coroutine is awaited (types.coroutine)."""
    # Gyre's `await` (when it comes) accepts generators as they are, so the function needs no
    # change here (CPython sets CO_ITERABLE_COROUTINE on its code).
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del sys, _f, _g, _C
