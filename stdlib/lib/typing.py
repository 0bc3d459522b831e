"""Type hints (CPython's typing module as annotations use it): the special forms and generic
aliases are subscriptable placeholders with CPython's reprs; nothing is checked at run time.
NamedTuple, TypeVar, Generic, Protocol, cast and TYPE_CHECKING behave as in CPython."""

import sys

TYPE_CHECKING = False


def _type_repr(obj):
    """repr() of a type argument as typing prints it: int, __main__.Box, ..., ~T."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    # typing turns None into NoneType inside aliases.
    return type(None) if arg is None else arg


class _Final:
    """Base of typing's own placeholder objects (not for subclassing)."""

    def __init_subclass__(cls, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, ...: an object with a name and, for most, a
    subscription rule."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __reduce__(self):
        return self._name


class _GenericAlias(_Final, _root=True):
    """X[args]: remembers the origin and the arguments; calling it calls the origin."""

    def __init__(self, origin, args, name=None, module="typing"):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(_type_check(a) for a in args)
        self._name = name
        self._module = module

    def _name_repr(self):
        if self._name is not None:
            return "%s.%s" % (self._module, self._name) if self._module else self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return "%s[()]" % self._name_repr()
        return "%s[%s]" % (self._name_repr(), ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Only aliases over type variables can be subscripted again (List[T][int]).
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip([a for a in self.__args__ if isinstance(a, TypeVar)], params))
        return self.__class__(self.__origin__, tuple(subst.get(a, a) for a in self.__args__),
                              self._name, self._module)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        origin = self.__origin__
        later = bases[bases.index(self) + 1:] if self in bases else ()
        if origin is Generic or origin is Protocol:
            if any(isinstance(b, _GenericAlias) and b is not self for b in later):
                return ()
            return (origin,)
        # A class deriving from List[int] or Box[T] is generic too, unless a later base
        # already brings Generic in.
        entries = [] if origin in bases else [origin]
        if not any(isinstance(b, _GenericAlias) or
                   (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return "typing.Callable[[%s], %s]" % (params, _type_repr(args[-1]))


class _SpecialGenericAlias(_Final, _root=True):
    """List, Dict, Callable, ...: the unsubscripted alias of a builtin or abstract class."""

    def __init__(self, origin, nparams, name, alias_class=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._alias_class = alias_class

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return self._alias_class(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), "Callable")
        if not isinstance(args, list):
            raise TypeError("Callable[args, result]: args must be a list. Got %s"
                            % _type_repr(args))
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), "Callable")


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, "Tuple")


def _flatten_union(parameters):
    args = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if c not in args:
                args.append(c)
    return tuple(args)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = _flatten_union(parameters)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(_Union_origin, args, "Union")


def _optional_getitem(self, parameter):
    return _union_getitem(self, (parameter, type(None)))


def _single_arg_getitem(self, parameter):
    return _GenericAlias(self, (parameter,), self._name)


def _any_args_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
_Union_origin = Union
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_arg_getitem)
Final = _SpecialForm("Final", _single_arg_getitem)
Literal = _SpecialForm("Literal", _any_args_getitem)
Annotated = _SpecialForm("Annotated", _any_args_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_arg_getitem)
Concatenate = _SpecialForm("Concatenate", _any_args_getitem)


class _AbstractPlaceholder:
    """Stands for an abstract class of collections.abc that Gyre does not have yet."""


try:
    import collections.abc as _collections_abc
except ImportError:
    _collections_abc = None
import contextlib as _contextlib


def _abstract(name):
    # The real class of collections.abc (or contextlib) when that module has it.
    for module in (_collections_abc, _contextlib):
        if module is not None and hasattr(module, name):
            return getattr(module, name)
    return type(name, (_AbstractPlaceholder,), {"__module__": "collections.abc"})


def _collections_class(name, fallback):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return fallback


Hashable = _SpecialGenericAlias(_abstract("Hashable"), 0, "Hashable")
Sized = _SpecialGenericAlias(_abstract("Sized"), 0, "Sized")
Awaitable = _SpecialGenericAlias(_abstract("Awaitable"), 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abstract("Coroutine"), 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abstract("AsyncIterable"), 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abstract("AsyncIterator"), 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abstract("AsyncGenerator"), 2, "AsyncGenerator")
Iterable = _SpecialGenericAlias(_abstract("Iterable"), 1, "Iterable")
Iterator = _SpecialGenericAlias(_abstract("Iterator"), 1, "Iterator")
Reversible = _SpecialGenericAlias(_abstract("Reversible"), 1, "Reversible")
Generator = _SpecialGenericAlias(_abstract("Generator"), 3, "Generator")
Container = _SpecialGenericAlias(_abstract("Container"), 1, "Container")
Collection = _SpecialGenericAlias(_abstract("Collection"), 1, "Collection")
Callable = _CallableType(_abstract("Callable"), 2, "Callable")
AbstractSet = _SpecialGenericAlias(_abstract("Set"), 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abstract("MutableSet"), 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abstract("Mapping"), 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abstract("MutableMapping"), 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abstract("Sequence"), 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abstract("MutableSequence"), 1, "MutableSequence")
ByteString = _SpecialGenericAlias(_abstract("ByteString"), 0, "ByteString")
MappingView = _SpecialGenericAlias(_abstract("MappingView"), 1, "MappingView")
KeysView = _SpecialGenericAlias(_abstract("KeysView"), 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abstract("ItemsView"), 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abstract("ValuesView"), 1, "ValuesView")
ContextManager = _SpecialGenericAlias(_abstract("AbstractContextManager"), 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(_abstract("AbstractAsyncContextManager"), 1,
                                           "AsyncContextManager")
Tuple = _TupleType(tuple, -1, "Tuple")
List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Type = _SpecialGenericAlias(type, 1, "Type")
Deque = _SpecialGenericAlias(_collections_class("deque", _abstract("deque")), 1, "Deque")
DefaultDict = _SpecialGenericAlias(_collections_class("defaultdict", _abstract("defaultdict")),
                                   2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections_class("OrderedDict", _abstract("OrderedDict")),
                                   2, "OrderedDict")
Counter = _SpecialGenericAlias(_collections_class("Counter", _abstract("Counter")), 1, "Counter")
ChainMap = _SpecialGenericAlias(_collections_class("ChainMap", _abstract("ChainMap")), 2,
                                "ChainMap")
Text = str


class TypeVar(_Final, _root=True):
    """Type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar, _root=True):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to %s[...] must all be type variables "
                                    "or parameter specification variables." % cls.__name__)
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, params, None, None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for a in base.__args__:
                    if isinstance(a, TypeVar) and a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not checked)."""

    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if tp.__origin__ is _Union_origin:
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (string annotations are not evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    hints.update(getattr(obj, "__annotations__", {}) or {})
    return {k: type(None) if v is None else v for k, v in hints.items()}


def _make_named_tuple(typename, fields, defaults, module):
    """A tuple subclass with named fields (what collections.namedtuple builds)."""
    fields = tuple(fields)
    defaults = tuple(defaults)
    nrequired = len(fields) - len(defaults)
    qualified_new = typename + ".__new__()"

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            if defaults:
                expected = "from %d to %d" % (nrequired + 1, len(fields) + 1)
            else:
                expected = str(len(fields) + 1)
            raise TypeError("%s takes %s positional arguments but %d were given"
                            % (qualified_new, expected, len(args) + 1))
        values = list(args)
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError("%s got an unexpected keyword argument %r" % (qualified_new, name))
            index = fields.index(name)
            if index < len(args):
                raise TypeError("%s got multiple values for argument %r" % (qualified_new, name))
        missing = []
        for index in range(len(args), len(fields)):
            name = fields[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif index >= nrequired:
                values.append(defaults[index - nrequired])
            else:
                missing.append(name)
        if missing:
            if len(missing) == 1:
                listed = repr(missing[0])
            else:
                listed = ", ".join(repr(m) for m in missing[:-1]) + " and " + repr(missing[-1])
            raise TypeError("%s missing %d required positional argument%s: %s"
                            % (qualified_new, len(missing), "" if len(missing) == 1 else "s",
                               listed))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError("Expected %d arguments, got %d" % (len(fields), len(result)))
        return result

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": dict(zip(fields[nrequired:], defaults)),
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": _make,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
        "__module__": module,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, _i=index: self[_i],
                                  doc="Alias for field number %d" % index)
    return type(typename, (tuple,), namespace)


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "",
                                   ", ".join(fields[:fields.index(name)][-len(defaults):])))
        nt = _make_named_tuple(typename, fields, defaults, ns.get("__module__", "__main__"))
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ("__annotations__", "__module__", "__qualname__") or key in fields:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults",
                       "__new__", "__init__", "__slots__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nt, key, value)
        if "__qualname__" in ns:
            nt.__qualname__ = ns["__qualname__"]
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [...])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    names = [n for n, t in fields]
    module = sys._getframe(1).f_globals.get("__name__", "__main__") \
        if hasattr(sys, "_getframe") else "__main__"
    nt = _make_named_tuple(typename, names, (), module)
    nt.__annotations__ = dict(fields)
    return nt


_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp = type.__new__(_TypedDictMeta, name, (dict,), dict(ns))
        tp.__annotations__ = annotations
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type
