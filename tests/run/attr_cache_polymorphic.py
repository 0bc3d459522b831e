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
