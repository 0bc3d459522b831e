# collections.abc: isinstance/issubclass of the builtin types and of user classes, the
# __subclasshook__ rules, register, the mixin methods and the abstract-instantiation errors.
import collections
import collections.abc
from collections import abc as abc_attr
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,
                             ByteString, Callable, Collection, Container, Coroutine,
                             Generator, Hashable, ItemsView, Iterable, Iterator, KeysView,
                             Mapping, MappingView, MutableMapping, MutableSequence, MutableSet,
                             Reversible, Sequence, Set, Sized, ValuesView)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(collections.abc is abc_attr, collections.abc.__name__, Iterable.__module__)
print(Iterable, MutableMapping, type(Sequence))
print(sorted(collections.abc.__all__))

ABCS = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable,
        AsyncIterable, AsyncIterator]


def gen():
    yield 1


SAMPLES = [
    ("int", 1), ("str", "ab"), ("bytes", b"ab"), ("list", [1]), ("tuple", (1,)),
    ("range", range(3)), ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})),
    ("keys", {1: 2}.keys()), ("values", {1: 2}.values()), ("items", {1: 2}.items()),
    ("list_iter", iter([])), ("dict_iter", iter({})), ("str_iter", iter("")),
    ("tuple_iter", iter(())), ("set_iter", iter(set())), ("range_iter", iter(range(2))),
    ("reversed", reversed([])), ("zip", zip()), ("generator", gen()), ("None", None),
    ("function", gen), ("type", int), ("deque", collections.deque()),
    ("OrderedDict", collections.OrderedDict()), ("Counter", collections.Counter()),
    ("defaultdict", collections.defaultdict()), ("UserDict", collections.UserDict()),
    ("UserList", collections.UserList()), ("ChainMap", collections.ChainMap()),
    ("map", map(str, [])), ("enumerate", enumerate([])),
]
for label, obj in SAMPLES:
    print(label.ljust(12), " ".join(abc.__name__ for abc in ABCS if isinstance(obj, abc)))


# __subclasshook__: the methods are looked up along the mro, None blocks
class It:
    def __iter__(self):
        return iter([])


class NotIt(It):
    __iter__ = None


class Nx(It):
    def __next__(self):
        raise StopIteration


class Unhashable:
    __hash__ = None


class Eq:
    def __eq__(self, other):
        return True


class Sz:
    def __len__(self):
        return 0


class Ct:
    def __contains__(self, x):
        return False


class Coll(Sz, Ct, It):
    pass


class Rev(It):
    def __reversed__(self):
        return iter([])


class Call:
    def __call__(self):
        pass


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration


for cls in [It, NotIt, Nx, Unhashable, Eq, Sz, Ct, Coll, Rev, Call, Aw, AIt]:
    print(cls.__name__.ljust(12), " ".join(abc.__name__ for abc in ABCS if issubclass(cls, abc)))

print(issubclass(list, Sequence), issubclass(Sequence, list), issubclass(MutableSequence, Sequence))
print(Sequence.__mro__)
print(MutableMapping.__mro__)
print(Generator.__mro__)
print(Set.__mro__)
show(lambda: issubclass(1, Iterable))
print(isinstance(Iterable, Callable), isinstance(Iterable, Hashable))

# abstract methods and the instantiation errors
for abc in ABCS:
    print(abc.__name__, sorted(abc.__abstractmethods__))
show(lambda: Sequence())
show(lambda: Iterable())
show(lambda: MutableMapping())
show(lambda: Hashable())
show(lambda: Sized())


class Incomplete(MutableSequence):
    def __getitem__(self, i):
        return 0


show(lambda: Incomplete())


# Sequence mixins
class Seq(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 5 in s, s.index(2), s.index(2, 2), s.count(2))
show(lambda: s.index(9))
show(lambda: s.index(1, 1))
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, MutableSequence))


# MutableSequence mixins
class MSeq(MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return f"MSeq{tuple(self.items)}"


m = MSeq(1, 2)
m.append(3)
m.extend([4, 5])
print(m, m.pop(), m.pop(0), m)
m.remove(3)
m.reverse()
print(m)
m += [7, 8]
print(m)
m.extend(m)
print(m)
show(lambda: m.remove(99))
m.clear()
print(m)
show(lambda: m.pop())


# Mapping mixins
class Map(Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp)
print(list(mp.keys()), list(mp.items()), list(mp.values()), repr(mp.keys())[:10])
print(mp == {"a": 1, "b": 2}, mp == Map(a=1, b=2), mp != {"a": 1}, mp == [1])
print(type(mp.keys()).__name__, isinstance(mp.keys(), Set), len(mp.items()))
print(mp.keys() & {"a", "q"}, sorted(mp.keys() | {"q"}), mp.keys() - {"a"}, mp.items() & {("a", 1)})
print(("a", 1) in mp.items(), ("a", 2) in mp.items(), 2 in mp.values(), 3 in mp.values())
print(repr(mp.values()).startswith("ValuesView("), Mapping.__hash__, Mapping.__reversed__)


# MutableMapping mixins
class MMap(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MMap()
mm.update({"a": 1}, b=2)
mm.update([("c", 3)])
mm.update(MMap())
print(dict(mm), mm.setdefault("a", 9), mm.setdefault("d"), dict(mm))
print(mm.pop("a"), mm.pop("zz", "dflt"), mm.popitem(), dict(mm))
show(lambda: mm.pop("zz"))
mm.clear()
print(dict(mm))
show(lambda: mm.popitem())
show(lambda: mm.update({}, {}))


# Set mixins
class S(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"S({self.items})"


a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], [3, 9] & a)
print(a <= b, S([2]) <= a, S([2]) < a, a < a, a >= S([1]), a > a, a == S([3, 2, 1]), a == {1, 2, 3})
print(a.isdisjoint(S([7])), a.isdisjoint([1]), a == [1, 2, 3], a != b)
print(a._hash() == S([3, 1, 2])._hash(), Set.__hash__)
show(lambda: a - 1)
show(lambda: a < 1)


class MS(MutableSet):
    def __init__(self, items=()):
        self.items = set(items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)

    def __repr__(self):
        return f"MS({sorted(self.items)})"


x = MS([1, 2, 3])
x |= {4}
x &= {1, 2, 4, 9}
x ^= {1, 7}
x -= {2}
print(x)
x.remove(4)
print(x, x.pop(), x)
show(lambda: x.remove(99))
x.clear()
show(lambda: x.pop())


# Generator mixins
class Gen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send(None), list(g), iter(g) is g)
show(lambda: Gen().throw(ValueError("boom")))
show(lambda: Gen().throw(ValueError))
print(Gen().close())


class BadClose(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 1


show(lambda: BadClose().close())


# Iterator / Iterable / Callable / Hashable defaults
class Itor(Iterator):
    def __next__(self):
        raise StopIteration


print(list(Itor()), iter(Itor()).__class__.__name__)
show(lambda: next(iter(Iterable.__iter__(None))))
print(Hashable.__hash__(None), Sized.__len__(None), Container.__contains__(None, 1))

# register on collections.abc ABCs
class Virtual:
    pass


Sequence.register(Virtual)
print(issubclass(Virtual, Sequence), issubclass(Virtual, Iterable), issubclass(Virtual, Container),
      issubclass(Virtual, MutableSequence))
MutableMapping.register(Virtual)
print(issubclass(Virtual, Mapping), issubclass(Virtual, Sized))

# __class_getitem__
print(Iterable[int], Mapping[str, int], Callable[[int, str], float].__args__, Callable[..., int])
show(lambda: Callable[int])
show(lambda: Callable[1, int])

# Callable's alias flattens its argument list and shows it as CPython does

for a in [Callable[[int, str], float], Callable[..., int], Callable[[], None], Callable[[list[int]], Callable[[int], str]]]:
    print(a, a.__args__, a.__origin__, type(a).__name__, a.__reduce__())
print(Callable[[int], str] == Callable[[int], str])
try: Callable[int]
except TypeError as e: print(e)
