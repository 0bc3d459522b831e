"""abc: Abstract Base Classes (PEP 3119), as CPython 3.11's abc module.

ABCMeta follows CPython's _abc (the C accelerator): each ABC keeps its registry, its positive
and negative caches and the negative cache's version in one `_abc_impl` object, and the
negative caches are invalidated by a global counter that every register() call increments
(get_cache_token). Gyre has no weak references: the registry and caches hold the classes
strongly. `__abstractmethods__` is a getset of type (vm/type_type.cpp); assigning a non-empty
set marks the class abstract, and object.__new__ then refuses to instantiate it.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod and
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod and
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property and
    abstractmethod)."""

    __isabstractmethod__ = True


class _abc_data:
    """Internal state held by ABC machinery."""

    __module__ = "_abc"  # CPython's comes from the _abc accelerator

    def __init__(self):
        self._abc_registry = set()
        self._abc_cache = set()
        self._abc_negative_cache = set()
        self._abc_negative_cache_version = _invalidation_counter[0]


# The number of register() calls so far, in a list so that the functions below can bump it.
_invalidation_counter = [0]


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to ``register()`` on any ABC.
    """
    return _invalidation_counter[0]


def _get_impl(cls):
    impl = cls.__dict__.get('_abc_impl')
    if impl is None:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abstracts_of(cls):
    # CPython's compute_abstract_methods: the class's own abstract attributes, then the
    # abstract methods of its bases that it still has abstract.
    abstracts = {name for name, value in cls.__dict__.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return abstracts


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstracts_of(cls))
        cls._abc_impl = _abc_data()
        # CPython's _abc_init consumes __abc_tpflags__ (the pattern-matching flags of
        # collections.abc.Sequence and Mapping); Gyre has no use for them.
        if '__abc_tpflags__' in cls.__dict__:
            del cls.__abc_tpflags__
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Subtle: test for cycles *after* testing for "already a subclass";
        # this means we allow X.register(X) and interpret it as a no-op.
        if issubclass(cls, subclass):
            # This would create a cycle, which is bad for the algorithm below
            raise RuntimeError("Refusing to create an inheritance cycle")
        _get_impl(cls)._abc_registry.add(subclass)
        _invalidation_counter[0] += 1  # Invalidate negative cache
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = _get_impl(cls)
        subclass = instance.__class__
        if subclass in impl._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl._abc_negative_cache_version == _invalidation_counter[0] and
                    subclass in impl._abc_negative_cache):
                return False
            # Fall back to the subclass check.
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = _get_impl(cls)
        # Check cache
        if subclass in impl._abc_cache:
            return True
        # Check negative cache; may have to invalidate
        if impl._abc_negative_cache_version < _invalidation_counter[0]:
            # Invalidate the negative cache
            impl._abc_negative_cache = set()
            impl._abc_negative_cache_version = _invalidation_counter[0]
        elif subclass in impl._abc_negative_cache:
            return False
        # Check the subclass hook
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            if ok:
                impl._abc_cache.add(subclass)
            else:
                impl._abc_negative_cache.add(subclass)
            return ok
        # Check if it's a direct subclass
        if cls in getattr(subclass, '__mro__', ()):
            impl._abc_cache.add(subclass)
            return True
        # Check if it's a subclass of a registered class (recursive)
        if subclass in impl._abc_registry:
            return True
        for rcls in list(impl._abc_registry):
            if issubclass(subclass, rcls):
                impl._abc_cache.add(subclass)
                return True
        # Check if it's a subclass of a subclass (recursive)
        subclasses = cls.__subclasses__()
        if not isinstance(subclasses, list):
            raise TypeError("__subclasses__() must return a list")
        for scls in subclasses:
            if issubclass(subclass, scls):
                impl._abc_cache.add(subclass)
                return True
        # No dice; update negative cache
        impl._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = _get_impl(cls)
        print(f"_abc_registry: {impl._abc_registry!r}", file=file)
        print(f"_abc_cache: {impl._abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {impl._abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl._abc_negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _get_impl(cls)._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        impl = _get_impl(cls)
        impl._abc_cache.clear()
        impl._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the
    class was created, the method will not be considered implemented until
    this function is called. Alternatively, if a new abstract method has been
    added to the class, it will only be considered an abstract method of the
    class after this function is called.

    This function should be called before any use is made of the class,
    usually in class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    # Check the existing abstract methods of the parents, keep only the ones
    # that are not implemented.
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    # Also add any other newly added abstract methods.
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
