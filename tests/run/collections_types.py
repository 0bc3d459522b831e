# collections: defaultdict, OrderedDict, Counter, namedtuple, ChainMap and the collections.abc
# placeholders, with CPython's reprs and errors.
import collections
from collections import ChainMap, Counter, OrderedDict, defaultdict, namedtuple


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd["a"], len(dd), "c" in dd, dd.get("c"), dd.default_factory)
counts = defaultdict(int)
for word in "the cat the hat the end".split():
    counts[word] += 1
print(counts, dict(counts), isinstance(counts, dict))
nf = defaultdict()
print(nf)
show_error(lambda: nf["x"])
show_error(lambda: defaultdict(5))
print(defaultdict(int, {"x": 1}, y=2), defaultdict(lambda: "?", a="b")["z"] if False else "lambda ok")
c = dd.copy()
c["z"].append(0)
print(sorted(c), sorted(dd), type(c).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))

# OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), OrderedDict(), OrderedDict([("x", 1)], y=2))
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
show_error(lambda: OrderedDict().popitem())
show_error(lambda: od.move_to_end("missing"))
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), list(reversed(o1)), OrderedDict.fromkeys("ab", 0))

# Counter
cnt = Counter("abracadabra")
print(cnt, cnt["a"], cnt["z"], len(cnt))
print(cnt.most_common(2), cnt.most_common(), cnt.total())
print(sorted(cnt.elements()), list(Counter(a=2, b=1).elements()))
cnt.update("aaz")
cnt.update({"b": 10})
print(cnt)
cnt.subtract("aaaa")
cnt.subtract({"z": 5})
print(cnt)
x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y, +x, -x)
x += Counter(c=5)
print(x)
print(Counter(), Counter({"k": 1}) == Counter(k=1, j=0), Counter(a=1) <= Counter(a=2), Counter(["x", "y", "x"]))
del x["nothere"]
del x["a"]
print(x)
words = Counter(w for w in "one two two three three three".split())
print(words.most_common(1)[0], max(words, key=words.get))
show_error(lambda: Counter.fromkeys("ab"))

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p + (3,), len(p), isinstance(p, tuple), Point._fields)
print(Point(x=5, y=6), Point(7, y=8), p._asdict(), p._replace(y=20), Point._make([9, 10]))
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)), Point.__name__, Point.__doc__, repr(Point)[:8])
P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
R = namedtuple("R", "a, b, a, def, _x", rename=True)
print(R._fields)
show_error(lambda: Point(1))
show_error(lambda: Point(1, 2, 3))
show_error(lambda: Point(1, 2, z=3))
show_error(lambda: Point(1, x=2))
show_error(lambda: P3(1, 2, 3, 4))
show_error(lambda: P3())
show_error(lambda: namedtuple("A", "x", defaults=[1, 2]))
show_error(lambda: namedtuple("A", "x x"))
show_error(lambda: namedtuple("A", "_x"))
show_error(lambda: namedtuple("A", "def"))
show_error(lambda: namedtuple("1A", "x"))
show_error(lambda: namedtuple("A", "x-y"))
show_error(lambda: Point._make([1]))
show_error(lambda: p._replace(z=1))
show_error(lambda: setattr(p, "x", 5))


class Vector(namedtuple("Vector", "dx dy")):
    def length2(self):
        return self.dx ** 2 + self.dy ** 2


v = Vector(3, 4)
print(v, v.length2(), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields)

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("zz", "no"))
print(cm)
cm["d"] = 4
print(over, cm.maps[0] is over)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.parents == cm, dict(child.items()) == {"a": 100, "b": 20, "c": 30, "d": 4})
del cm["d"]
show_error(lambda: cm.__delitem__("a"))
show_error(lambda: cm["missing"])
print(ChainMap(), list(ChainMap({"x": 1}, {"y": 2}, {"x": 3})))

# collections.abc placeholders
from collections.abc import Iterable, Iterator, Mapping, Sequence, Hashable, Callable, Generator


def g():
    yield 1


print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator),
      isinstance({}, Mapping), isinstance([], Sequence), isinstance([], Hashable),
      isinstance(1, Hashable), isinstance(len, Callable), isinstance(g(), Generator),
      isinstance(5, Iterable), issubclass(list, collections.abc.Sized))

# subscription in annotations
from collections import deque
print(deque[int], defaultdict[str, list], Counter[str], OrderedDict[str, int], ChainMap[str, int])

# UserDict, UserList
from collections import UserDict, UserList


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, len(ld), "a" in ld, ld.get("z", 0), ld.data, ld.pop("a"), sorted(ld.items()), ld == {"b": 2, "c": 3})
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul.data, ul == [0, 1, 2, 3])
