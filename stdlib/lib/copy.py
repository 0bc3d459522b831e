"""Shallow and deep copy operations (CPython's copy module).

CPython copies arbitrary objects through __reduce_ex__; Gyre has no pickle protocol, so the
cases are spelled out: atomic values are returned as they are, the builtin containers are
rebuilt, __copy__ / __deepcopy__ are honoured, and other instances are made with
cls.__new__(cls) and get (a copy of) the original's __dict__ and, for subclasses of list,
dict, set, tuple and bytearray, of its items."""

import types as _types
from _collections import deque as _deque

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset([type(None), int, float, bool, str, bytes, type, range, slice, type(Ellipsis), type(NotImplemented),
                     _types.FunctionType, _types.BuiltinFunctionType, property])


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def _copy_state(x, y, copy_value):
    """Gives y the attributes of x (its __dict__ and __slots__ values), through copy_value."""
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(copy_value(state))
    for klass in type(x).__mro__:
        for name in vars(klass).get("__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, copy_value(value))


def _new_like(x):
    """An empty instance of type(x), with namedtuple-style tuples rebuilt from their items."""
    cls = type(x)
    if isinstance(x, tuple):
        newargs = getattr(x, "__getnewargs__", None)
        if newargs is not None:
            return cls.__new__(cls, *newargs())
        return tuple.__new__(cls, x)
    return cls.__new__(cls)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    _copy_state(x, y, _identity)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        y.update(x)
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


def _identity(value):
    return value


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and recursive
    structure is reproduced."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reached again through its own items was copied meanwhile.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _deepcopy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_instance(x, memo):
    if isinstance(x, tuple):
        items = [deepcopy(item, memo) for item in x]
        cls = type(x)
        newargs = getattr(x, "__getnewargs__", None)
        y = cls.__new__(cls, *items) if newargs is not None else tuple.__new__(cls, items)
        memo[id(x)] = y
        _copy_state(x, y, lambda v: deepcopy(v, memo))
        return y
    if isinstance(x, _deque):
        y = type(x)((), x.maxlen)
        memo[id(x)] = y
        y.extend(deepcopy(item, memo) for item in x)
        return y
    y = _new_like(x)
    memo[id(x)] = y
    _copy_state(x, y, lambda v: deepcopy(v, memo))
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) for item in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) for item in x)
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo (ids in memo must not be reused by new objects)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
