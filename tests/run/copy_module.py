# copy: shallow and deep copies of builtin containers, instances, namedtuples, the
# collections types, recursive structures, memo, __copy__ and __deepcopy__.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1], shallow is nested)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1],)
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])), copy.copy("str"), copy.deepcopy(None))
d = {"a": [1], "b": (2, [3])}
dd = copy.deepcopy(d)
dd["b"][1].append(4)
print(d, dd)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(5)
print(p2, p3, p2.x is p.x, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + "-copy")

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + "-deep")


c = Custom("v")
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)

# shared and recursive structure
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec, rc)
rd = {}
rd["self"] = rd
print(copy.deepcopy(rd)["self"] is not rd)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)

# functions, classes, modules are atomic
def f():
    pass


print(copy.copy(f) is f, copy.deepcopy(Point) is Point, copy.deepcopy(len) is len)

# collections
P = namedtuple("P", "a b")
np = P([1], 2)
print(copy.copy(np), copy.deepcopy(np), copy.deepcopy(np).a is np.a, type(copy.deepcopy(np)).__name__)
dfd = defaultdict(list, {"x": [1]})
print(copy.copy(dfd), copy.deepcopy(dfd), copy.deepcopy(dfd)["x"] is dfd["x"], copy.deepcopy(dfd)["new"])
cnt = Counter("aab")
print(copy.copy(cnt), copy.deepcopy(cnt), type(copy.copy(cnt)).__name__)
od = OrderedDict([("z", 1), ("a", [2])])
print(copy.copy(od), copy.deepcopy(od))
dq = deque([[1], 2], maxlen=5)
dq2 = copy.deepcopy(dq)
print(copy.copy(dq), dq2, dq2[0] is dq[0])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(mc, md, type(mc).__name__, mc.tag, md[1] is ml[1], mc[1] is ml[1])
