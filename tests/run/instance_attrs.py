# Instance attributes in the key-sharing form (vm/instance_attrs.hpp) and their move to a
# real __dict__: order, deletion, __dict__ identity and replacement, many names, subclasses,
# and the attribute caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD across both forms.
import copy
import gc


class Node:
    def __init__(self, left, key, right):
        self.left = left
        self.key = key
        self.right = right


def show(label, o):
    print(label, vars(o), list(o.__dict__), o.__dict__ is o.__dict__)


# ---- order: the class's first order, other orders, missing names
a = Node(None, 1, None)
show("a", a)
b = Node("a", 2, None)
b.extra = "x"
show("b", b)


class Point:
    pass


p = Point()
p.x = 1
p.y = 2
q = Point()
q.y = 20  # a name without the one before it
q.x = 10  # then a name below a present one: must come after y
show("p", p)
show("q", q)
r = Point()
r.y = 5
show("r", r)
r.z = 6
show("r", r)

# ---- deletion: the last name, a middle name, then set again (goes to the end)
d = Point()
d.x, d.y, d.z = 1, 2, 3
del d.z
print(hasattr(d, "z"), getattr(d, "z", "gone"))
d.z = 30
show("d", d)
del d.y
show("d", d)
d.y = 20
show("d", d)
try:
    del d.nothing
except AttributeError as e:
    print("AttributeError:", e)
e = Point()
try:
    del e.x
except AttributeError as exc:
    print("AttributeError:", exc)
e.x = 1
del e.x
try:
    del e.x
except AttributeError as exc:
    print("AttributeError:", exc)
e.x = 2
show("e", e)

# ---- deletion uncovers the class attribute


class WithDefault:
    color = "red"

    def method(self):
        return "method"


w = WithDefault()
print(w.color)
w.color = "blue"
print(w.color)
del w.color
print(w.color, vars(w))
w.method = lambda: "instance callable"
print(w.method())
del w.method
print(w.method())

# ---- __dict__: identity, changes through it, changes after it
f = Point()
f.x = 1
dd = f.__dict__
print(dd is f.__dict__, dd is vars(f))
dd["y"] = 2
print(f.y)
f.z = 3
print(dd)
del f.x
print(dd, "x" in dir(f), "z" in dir(f))
dd.clear()
print(hasattr(f, "y"), vars(f))
f.w = 1
print(dd, f.__dict__ == {"w": 1})
for key in f.__dict__:
    print("key", key)

# ---- __dict__ assignment and deletion
g = Point()
g.a = 1
try:
    g.__dict__ = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    g.__dict__ = [("a", 1)]
except TypeError as exc:
    print("TypeError:", exc)
print(g.a)
new = {"k": 1}
g.__dict__ = new
print(g.__dict__ is new, g.k, hasattr(g, "a"))
g.m = 2
print(new)


class MyDict(dict):
    pass


g.__dict__ = MyDict(z=26)
print(type(g.__dict__).__name__, g.z)
del g.__dict__
print(g.__dict__, hasattr(g, "z"))
g.after = 1
print(vars(g))
shared = {"s": 1}
g1, g2 = Point(), Point()
g1.__dict__ = shared
g2.__dict__ = shared
g1.t = 2
print(g2.t, g1.__dict__ is g2.__dict__)

# ---- many names: more than one class shares (30)


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print(len(vars(m)), list(vars(m))[:3], list(vars(m))[-3:], m.attr0, m.attr39)
others = []
for i in range(40):
    o = Many()
    setattr(o, "own%d" % i, i)
    o.attr1 = -i
    others.append(o)
print([list(vars(o)) for o in others[::13]])
print(sum(o.attr1 for o in others), getattr(others[35], "own35"))


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i * i)


narrow = Wide(2)
wide = Wide(9)  # grows beyond the block the first one had
narrow.f2 = "late"
narrow.f8 = "later"
print(vars(narrow), sum(vars(wide).values()))

# ---- names that are not plain interned strs


class S(str):
    pass


h = Point()
name = "".join(["dyn", "amic"])
setattr(h, name, 1)
print(h.dynamic, getattr(h, "dyn" + "amic"), hasattr(h, "dynamic"))
setattr(h, S("sub"), 2)
print(h.sub, vars(h), [type(k).__name__ for k in vars(h)])
h2 = Point()
setattr(h2, S("x"), 1)  # a name the class shares, given as a str subclass
h2.y = 2
print(vars(h2), [type(k).__name__ for k in vars(h2)])
try:
    setattr(h, 5, 1)
except TypeError as exc:
    print("TypeError:", exc)

# ---- subclasses


class Base:
    def __init__(self):
        self.base_attr = 1


class Derived(Base):
    def __init__(self):
        self.first = 0
        super().__init__()
        self.derived_attr = 2


class Derived2(Derived):
    pass


print(vars(Base()), vars(Derived()), vars(Derived2()))
x = Derived2()
x.base_attr = 10
print(x.base_attr, vars(x))


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


mi, ms, ml, mt = MyInt(7), MyStr("s"), MyList([1]), MyTuple((1, 2))
for obj in (mi, ms, ml, mt):
    obj.tag = type(obj).__name__
    obj.n = 1
    del obj.n
    print(obj, obj.tag, vars(obj), obj.__dict__ is obj.__dict__)
print(mi + 1, ms + "t", ml + [2], mt + (3,))

# ---- __getattr__, __setattr__, properties


class Hooks:
    def __init__(self):
        self.log = []

    def __getattr__(self, name):
        return "default " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        if name != "log":
            self.log.append(name)


hk = Hooks()
hk.a = 1
hk.b = 2
print(hk.a, hk.missing, hk.log, vars(hk))


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        self._v = value


pr = Prop()
pr.v = 4
print(pr.v, vars(pr))
pr.__dict__["v"] = "shadow?"
print(pr.v)

# ---- the attribute caches of one instruction over both forms


class Counter:
    def __init__(self, i):
        self.count = i

    def bump(self):
        self.count = self.count + 1
        return self.count


items = [Counter(i) for i in range(6)]
items[1].__dict__  # dict form
items[2].extra = 1
del items[2].count  # no count: the class has none either
items[3].__dict__ = {"count": 100}
items[4].bump = lambda: "shadowed"
total = 0
for rounds in range(3):
    for c in items:
        try:
            total += c.bump() if c is not items[4] else 0
            print(c.bump() if c is items[4] else c.count, end=" ")
        except AttributeError as exc:
            print("[%s]" % exc, end=" ")
    print()
print(total)

# ---- a finalizer that changes the object while its attribute is replaced
events = []


class Noisy:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        events.append("del")
        self.owner.side = "set by __del__"
        self.owner.__dict__


class Holder:
    pass


hold = Holder()
hold.value = Noisy(hold)
hold.value = 2  # drops the Noisy
print(events, vars(hold))

# ---- cycles through the values are collected
collected = []


class Cyclic:
    def __del__(self):
        collected.append(self.name)


c1 = Cyclic()
c1.name = "c1"
c1.me = c1
c2 = Cyclic()
c2.name = "c2"
c3 = Cyclic()
c3.name = "c3"
c2.other, c3.other = c3, c2
del c1, c2, c3
gc.collect()
print(sorted(collected))

# ---- copies and comparisons
orig = Point()
orig.x, orig.y = 1, [2]
cp = copy.copy(orig)
dp = copy.deepcopy(orig)
print(vars(cp), vars(dp), cp.y is orig.y, dp.y is orig.y, orig.__dict__ == cp.__dict__)

# ---- the tree of the benchmark
def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is None:
        return []
    return walk(node.left) + [node.key] + walk(node.right)


tree = build(0, 100)
print(walk(tree) == list(range(100)), vars(tree)["key"])
