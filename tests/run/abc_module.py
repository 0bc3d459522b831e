# abc: ABCMeta, ABC, abstractmethod, register, __subclasshook__, the caches and the
# abstract-instantiation error of object.__new__.
import abc
from abc import ABC, ABCMeta, abstractmethod


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Foo(ABC):
    @abstractmethod
    def baz(self): pass

    @abstractmethod
    def bar(self): pass

    @property
    @abstractmethod
    def p(self): pass

    @classmethod
    @abstractmethod
    def c(cls): pass

    @staticmethod
    @abstractmethod
    def s(): pass

    def concrete(self):
        return "concrete"


print(sorted(Foo.__abstractmethods__))
print(type(Foo.__abstractmethods__).__name__)
show(lambda: Foo())
show(lambda: Foo(1, 2))


class Partial(Foo):
    def bar(self):
        return 1


print(sorted(Partial.__abstractmethods__))
show(lambda: Partial())


class Bar(Partial):
    baz = p = c = s = None


print(Bar.__abstractmethods__, type(Bar()).__name__, Bar().concrete(), Bar().bar())


class One(ABC):
    @abstractmethod
    def x(self): ...


show(lambda: One())


class WithNew(One):
    def __new__(cls):
        return super().__new__(cls)


show(lambda: WithNew())


class ExplicitMeta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


show(lambda: ExplicitMeta())
print(type(ABC), type(ExplicitMeta), ABC.__module__, ABCMeta.__module__)
print(sorted(k for k in One.__dict__ if k.startswith('_abc')))
print(ABC.__abstractmethods__, ABC.__bases__, ABC.__slots__)

# register: virtual subclasses, a decorator returning the class
class R:
    pass


token = abc.get_cache_token()
print(One.register(R) is R)
print(abc.get_cache_token() != token)
print(isinstance(R(), One), issubclass(R, One), One in R.__mro__)


class RSub(R):
    pass


print(issubclass(RSub, One), isinstance(RSub(), One))
show(lambda: One.register(1))
show(lambda: R.register)
show(lambda: issubclass(3, One))
show(lambda: isinstance(3, One))
print(One.register(One) is One)


class Sub(One):
    pass


print(One.register(Sub) is Sub)
show(lambda: Sub.register(One))


@One.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, One))

# Registering after a negative answer invalidates the negative cache.
class Late:
    pass


print(issubclass(Late, One))
One.register(Late)
print(issubclass(Late, One), isinstance(Late(), One))


# __subclasshook__: True / False / NotImplemented
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is int:
            return True
        if C is str:
            return False
        return NotImplemented


Hook.register(str)
print(issubclass(int, Hook), issubclass(str, Hook), issubclass(float, Hook))
print(isinstance(3, Hook), isinstance("s", Hook), isinstance(1.5, Hook), isinstance(True, Hook))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


show(lambda: issubclass(int, Bad))


class Counting(ABC):
    calls = 0

    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return C is list


print(issubclass(list, Counting), issubclass(list, Counting), issubclass(dict, Counting),
      issubclass(dict, Counting), Counting.calls)
print(object.__subclasshook__(), object.__subclasshook__(int), One.__subclasshook__(int))

# Subclass of an ABC via its subclasses (recursive check)
class Base(ABC):
    pass


class Middle(Base):
    pass


class Registered:
    pass


Middle.register(Registered)
print(issubclass(Registered, Base), issubclass(Registered, Middle), issubclass(Base, Middle))

# __isabstractmethod__ of the descriptors
f = abstractmethod(lambda self: 1)
print(f.__isabstractmethod__)
print(property(f).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
print(property(None, f).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(f).__isabstractmethod__, staticmethod(lambda: 1).__isabstractmethod__)
print(abc.abstractproperty.__isabstractmethod__)


class Deprecated(ABC):
    @abc.abstractclassmethod
    def cm(cls): ...

    @abc.abstractstaticmethod
    def sm(): ...

    @abc.abstractproperty
    def ap(self): ...


print(sorted(Deprecated.__abstractmethods__))
show(lambda: Deprecated())


# update_abstractmethods
class U(ABC):
    @abstractmethod
    def m(self): ...


U.m = lambda self: "m"
show(lambda: U())
print(abc.update_abstractmethods(U) is U, U.__abstractmethods__, U().m())


class V(ABC):
    pass


V.n = abstractmethod(lambda self: 0)
abc.update_abstractmethods(V)
print(V.__abstractmethods__)
show(lambda: V())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain)

# __abstractmethods__ on any class
class Manual:
    pass


Manual.__abstractmethods__ = frozenset({"z", "a"})
show(lambda: Manual())
Manual.__abstractmethods__ = ()
print(type(Manual()).__name__)
show(lambda: Plain.__abstractmethods__)
Manual.__abstractmethods__ = ["only"]
show(lambda: Manual())
del Manual.__abstractmethods__
print(type(Manual()).__name__)


def delete():
    del Manual.__abstractmethods__


show(delete)
show(lambda: int.__abstractmethods__)
show(lambda: type.__abstractmethods__)


# ABC subclass with a metaclass keyword and __init_subclass__ keywords
class Meta2(ABCMeta):
    pass


class WithKw(ABC):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


class Child(WithKw, flag=5, metaclass=Meta2):
    pass


print(Child.flag, type(Child).__name__)

# The cache: _abc_caches_clear / _abc_registry_clear
One._abc_caches_clear()
print(issubclass(R, One))
One._abc_registry_clear()
One._abc_caches_clear()
print(issubclass(R, One), isinstance(Sub(), One) if not Sub.__abstractmethods__ else "abstract")

# inspect.isabstract reads the abstract flag
import inspect

print(inspect.isabstract(Foo), inspect.isabstract(Bar), inspect.isabstract(int),
      inspect.isabstract(3), inspect.isabstract(ABC), inspect.isabstract(Manual))


# The abstract methods are computed from the class's __dict__ after __init_subclass__ ran.
class Setter(ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.added = abstractmethod(lambda self: 0)


class SetterChild(Setter):
    pass


print(sorted(Setter.__abstractmethods__), sorted(SetterChild.__abstractmethods__))
show(lambda: SetterChild())
import collections.abc

print('__abc_tpflags__' in collections.abc.Sequence.__dict__,
      '__abc_tpflags__' in collections.abc.Mapping.__dict__)
