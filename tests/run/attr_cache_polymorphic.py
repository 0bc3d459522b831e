# One attribute instruction seeing several classes in turn (the interpreter's attribute caches
# and their memo of refills): results must follow every change to the classes.
class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v


class B(A):
    pass


class C(A):
    pass


objs = [A(1), B(2), C(3)]


def round_trip(tag):
    out = []
    for o in objs * 2:
        o.put(o.get() + 1)
        out.append(o.get())
    print(tag, out)


round_trip("plain")
B.x = property(lambda self: 1000)  # a data descriptor on B: instance dicts lose
try:
    round_trip("property")
except AttributeError as e:
    print("AttributeError:", e)
B.x = property(lambda self: self.__dict__["x"], lambda self, v: self.__dict__.__setitem__("x", v * 100))
round_trip("property with setter")
del B.x
round_trip("deleted again")
C.get = lambda self: -self.x
round_trip("C overrides get")
del C.get
objs.append(type("D", (A,), {})(10))
round_trip("new class")


# A method call site while instances start shadowing the method with their own attribute.
class M:
    def __init__(self, tag):
        self.tag = tag

    def who(self):
        return "method " + self.tag


class N(M):
    pass


people = [M("m1"), N("n1"), M("m2")]


def calls(tag):
    print(tag, [p.who() for p in people])


calls("methods")
people[1].who = lambda: "instance attribute of n1"
calls("n1 shadowed")
people[2].who = lambda: "instance attribute of m2"
calls("m2 shadowed too")
del people[1].who
calls("n1 back")
people.append(M("m3"))
calls("new instance")
