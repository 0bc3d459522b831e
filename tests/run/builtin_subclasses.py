# Classes that subclass the builtin value types int, float, str, tuple and bytes (and the
# container types list, dict, set, which must keep working).


def show(label, value):
    print(label, repr(value), type(value).__name__)


# ---- int
class I(int):
    pass


show("I(5)", I(5))
show("I('12', 16)", I("12", 16))
show("I(2.9)", I(2.9))
show("I()", I())
show("I(2**70)", I(2 ** 70))
show("I(5) + 1", I(5) + 1)
show("1 + I(5)", 1 + I(5))
show("I(5) * I(2)", I(5) * I(2))
show("I(7) // 2", I(7) // 2)
show("I(7) / 2", I(7) / 2)
show("-I(3)", -I(3))
show("+I(3)", +I(3))
show("abs(I(-3))", abs(I(-3)))
show("~I(3)", ~I(3))
show("I(6) & 3", I(6) & 3)
show("I(1) << 70", I(1) << 70)
show("I(2) ** 10", I(2) ** 10)
show("int(I(5))", int(I(5)))
show("float(I(5))", float(I(5)))
show("I(5) == 5", I(5) == 5)
show("5 == I(5)", 5 == I(5))
show("I(5) < 6", I(5) < 6)
show("I(5) < 4.5", I(5) < 4.5)
show("hash(I(5)) == hash(5)", hash(I(5)) == hash(5))
show("hash(I(2**70)) == hash(2**70)", hash(I(2 ** 70)) == hash(2 ** 70))
show("{I(1): 'x'}[1]", {I(1): "x"}[1])
show("{1: 'y'}[I(1)]", {1: "y"}[I(1)])
show("[10, 20, 30][I(1)]", [10, 20, 30][I(1)])
show("'abc'[I(2)]", "abc"[I(2)])
show("list(range(I(3)))", list(range(I(3))))
show("bool(I(0))", bool(I(0)))
show("bool(I(2))", bool(I(2)))
show("isinstance(I(1), int)", isinstance(I(1), int))
show("sorted", sorted([I(3), 1, I(2)]))
show("sum", sum([I(1), I(2), 3]))
show("format(I(255), 'x')", format(I(255), "x"))
show("f'{I(7):>4}'", f"{I(7):>4}")
show("f'{I(7)}'", f"{I(7)}")
show("'%d' % I(3)", "%d" % I(3))
show("'%s' % I(3)", "%s" % I(3))
show("str(I(3))", str(I(3)))
show("[I(1), I(2)]", [I(1), I(2)])
show("I(5).bit_length()", I(5).bit_length())
show("I(5).real", I(5).real)
show("divmod(I(7), 2)", divmod(I(7), 2))
show("max(I(1), I(4))", max(I(1), I(4)))
show("round(I(15), -1)", round(I(15), -1))
show("hex(I(255))", hex(I(255)))
print("type(I(5)) is I", type(I(5)) is I, I.__mro__ == (I, int, object))


class Flag(int):
    """Attributes, properties, methods, repr and an own __new__."""

    kind = "flag"

    def __new__(cls, value, name="?"):
        self = super().__new__(cls, value)
        self.name = name
        return self

    @property
    def double(self):
        return self * 2

    def describe(self):
        return f"{self.name}={int(self)}"

    def __repr__(self):
        return f"<Flag {self.name}: {int(self)}>"


f = Flag(4, "four")
show("Flag(4, 'four')", f)
print(str(f), f.name, f.double, f.describe(), f.kind, f + 1, f.__dict__)
f.extra = [1, 2]
print(sorted(f.__dict__.items()))
print("%d|%s|%r" % (f, f, f))
print([f], {f: 1})


class Direct(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 10)


show("Direct(3)", Direct(3))


class WithInit(int):
    def __init__(self, value):
        self.original = value


w = WithInit("42")
print(w, w.original, w + 0)


class Ops(int):
    def __add__(self, other):
        return "Ops.__add__"

    def __radd__(self, other):
        return "Ops.__radd__"

    def __eq__(self, other):
        return "Ops.__eq__"

    def __lt__(self, other):
        return "Ops.__lt__"

    __hash__ = int.__hash__


print(Ops(1) + 1, 1 + Ops(1), Ops(1) + Ops(2))
print(Ops(1) == 1, 1 == Ops(1), Ops(1) < 2, 2 > Ops(1))
print(Ops(1) - 1, hash(Ops(3)) == 3)


class OnlyRadd(int):
    def __radd__(self, other):
        return ("radd", other)


print(1 + OnlyRadd(2), OnlyRadd(2) + 1, type(OnlyRadd(2) + 1).__name__)


class Str2(int):
    def __str__(self):
        return "two"


print(Str2(2), f"{Str2(2)}", "%s" % Str2(2), repr(Str2(2)), "{}".format(Str2(2)))

try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


# ---- float
class F(float):
    pass


show("F(2.5)", F(2.5))
show("F('1.5')", F("1.5"))
show("F(3)", F(3))
show("F()", F())
show("F(2.5) + 1", F(2.5) + 1)
show("1 + F(2.5)", 1 + F(2.5))
show("F(2.5) * F(2)", F(2.5) * F(2))
show("F(7.5) // 2", F(7.5) // 2)
show("-F(2.5)", -F(2.5))
show("abs(F(-2.5))", abs(F(-2.5)))
show("float(F(2.5))", float(F(2.5)))
show("int(F(2.5))", int(F(2.5)))
show("round(F(2.567), 2)", round(F(2.567), 2))
show("F(2.5) == 2.5", F(2.5) == 2.5)
show("2.5 == F(2.5)", 2.5 == F(2.5))
show("F(2.0) == 2", F(2.0) == 2)
show("2 == F(2.0)", 2 == F(2.0))
show("F(2.5) < 3", F(2.5) < 3)
show("hash(F(2.5)) == hash(2.5)", hash(F(2.5)) == hash(2.5))
show("hash(F(2.0)) == hash(2)", hash(F(2.0)) == hash(2))
show("{F(2.0): 'f'}[2]", {F(2.0): "f"}[2])
show("F(2.5).is_integer()", F(2.5).is_integer())
show("F(0.5).as_integer_ratio()", F(0.5).as_integer_ratio())
show("bool(F(0.0))", bool(F(0.0)))
show("format(F(2.5), '.3f')", format(F(2.5), ".3f"))
show("f'{F(2.5)}'", f"{F(2.5)}")
show("'%.2f' % F(2.5)", "%.2f" % F(2.5))
show("'%d' % F(2.5)", "%d" % F(2.5))
show("sum", sum([F(0.5), F(0.25)]))
show("sorted", sorted([F(2.5), 1, F(0.5)]))
show("[F(1.5)]", [F(1.5)])
show("float(I(3))", float(I(3)))


class Price(float):
    currency = "EUR"

    def __new__(cls, value, currency=None):
        self = super().__new__(cls, value)
        if currency is not None:
            self.currency = currency
        return self

    def __str__(self):
        return f"{float(self):.2f} {self.currency}"

    def with_tax(self):
        return Price(self * 1.2, self.currency)


p = Price("10")
q = Price(5, "USD")
print(p, q, repr(p), p + q, p.with_tax(), q.with_tax(), vars(q))
print(f"{p}", "%s" % p, "[{}]".format(q))


# ---- str
class S(str):
    pass


show("S('a')", S("a"))
show("S(12)", S(12))
show("S()", S())
show("S([1])", S([1]))
show("S('a') + 'b'", S("a") + "b")
show("'b' + S('a')", "b" + S("a"))
show("S('a') + ''", S("a") + "")
show("'' + S('a')", "" + S("a"))
show("S('ab') * 2", S("ab") * 2)
show("S('abc')[1]", S("abc")[1])
show("S('abc')[:]", S("abc")[:])
show("S('abc')[::-1]", S("abc")[::-1])
show("S(' x ').strip()", S(" x ").strip())
show("S('x').strip()", S("x").strip())
show("S('ab').upper()", S("ab").upper())
show("str(S('a'))", str(S("a")))
show("len(S('abc'))", len(S("abc")))
show("list(S('ab'))", list(S("ab")))
show("'b' in S('abc')", "b" in S("abc"))
show("S('b') in 'abc'", S("b") in "abc")
show("S('a') == 'a'", S("a") == "a")
show("S('a') < 'b'", S("a") < "b")
show("hash(S('a')) == hash('a')", hash(S("a")) == hash("a"))
show("{S('k'): 1}['k']", {S("k"): 1}["k"])
show("{'k': 2}[S('k')]", {"k": 2}[S("k")])
show("'-'.join", "-".join([S("a"), S("b"), "c"]))
show("S('-').join", S("-").join(["a", "b"]))
show("'{}!'.format(S('x'))", "{}!".format(S("x")))
show("S('{}+{}').format(1, 2)", S("{}+{}").format(1, 2))
show("f'{S(\"x\")}'", f"{S('x')}")
show("f'{S(\"x\"):>3}'", f"{S('x'):>3}")
show("'%s' % S('x')", "%s" % S("x"))
show("S('%s=%d') % ('a', 1)", S("%s=%d") % ("a", 1))
show("int(S('12'))", int(S("12")))
show("float(S('1.5'))", float(S("1.5")))
show("sorted", sorted([S("b"), "a", S("c")]))
show("[S('a')]", [S("a")])
show("{S('a'): S('b')}", {S("a"): S("b")})
show("getattr(1, S('real'))", getattr(1, S("real")))
a, b = S("xy")
show("unpack", (a, b))


class Name(str):
    def __new__(cls, text, lang="en"):
        self = super().__new__(cls, text.title())
        self.lang = lang
        return self

    def __repr__(self):
        return f"Name({str(self)!r}, {self.lang!r})"

    @property
    def initial(self):
        return self[0]

    def greet(self):
        return "Hello, " + self


n = Name("ada lovelace", "fr")
print(n, repr(n), n.initial, n.greet(), n.lang, len(n), n.upper(), n.split())
print([n], {n: 1}, n == "Ada Lovelace", "%s/%r" % (n, n))


class Shout(str):
    def __str__(self):
        return self.upper() + "!"

    def __add__(self, other):
        return Shout(str.__add__(self, other))

    def __radd__(self, other):
        return Shout(other + str(self))


s = Shout("hi")
print(s, repr(s), f"{s}", "%s" % s, "{}".format(s), str(s), repr(s + "x"), repr("x" + s))


class Color(str):
    RED = None


Color.RED = Color("red")
print(Color.RED, repr(Color.RED), Color.RED == "red", Color.RED.upper(), type(Color.RED).__name__)


# ---- tuple
class T(tuple):
    pass


show("T((1, 2))", T((1, 2)))
show("T([1])", T([1]))
show("T()", T())
show("T(range(3))", T(range(3)))
show("T('ab')", T("ab"))
show("T((1,)) + (2,)", T((1,)) + (2,))
show("(0,) + T((1,))", (0,) + T((1,)))
show("T((1, 2)) * 2", T((1, 2)) * 2)
show("T((1, 2, 3))[1:]", T((1, 2, 3))[1:])
show("T((1, 2, 3))[:]", T((1, 2, 3))[:])
show("T((1, 2))[0]", T((1, 2))[0])
show("len(T((1, 2)))", len(T((1, 2))))
show("tuple(T((1, 2)))", tuple(T((1, 2))))
show("list(T((1, 2)))", list(T((1, 2))))
show("2 in T((1, 2))", 2 in T((1, 2)))
show("T((1, 2)) == (1, 2)", T((1, 2)) == (1, 2))
show("(1, 2) == T((1, 2))", (1, 2) == T((1, 2)))
show("T((1, 2)) < (1, 3)", T((1, 2)) < (1, 3))
show("hash(T((1, 2))) == hash((1, 2))", hash(T((1, 2))) == hash((1, 2)))
show("{T((1, 2)): 't'}[(1, 2)]", {T((1, 2)): "t"}[(1, 2)])
show("T((1, 2)).index(2)", T((1, 2)).index(2))
show("T((1, 1)).count(1)", T((1, 1)).count(1))
show("sorted(T((3, 1, 2)))", sorted(T((3, 1, 2))))
show("[T((1,))]", [T((1,))])
show("'%s-%s' % T((1, 2))", "%s-%s" % T((1, 2)))
x, y = T((1, 2))
show("unpack", (x, y))
show("isinstance(T(), tuple)", isinstance(T(), tuple))


class Point(tuple):
    """What collections.namedtuple builds."""

    __slots__ = ()
    _fields = ("x", "y")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @classmethod
    def _make(cls, iterable):
        return tuple.__new__(cls, iterable)

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def _replace(self, **kwds):
        values = dict(zip(self._fields, self))
        values.update(kwds)
        return self._make(values[f] for f in self._fields)

    def __getnewargs__(self):
        return tuple(self)


pt = Point(1, 2)
print(pt, pt.x, pt.y, pt[0], pt + (3,), pt == (1, 2), len(pt), list(pt))
print(Point._make([5, 6]), pt._replace(y=9), hash(pt) == hash((1, 2)), {pt: "p"}[(1, 2)])
px, py = pt
print(px, py, max(pt), sorted([Point(2, 1), Point(1, 2)]), repr([pt]))
print(isinstance(pt, tuple), type(pt + (3,)).__name__, type(pt[:]).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, [a, b])

    def __init__(self, a, b):
        self.total = a + b

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(3, 4)
print(pr, pr.total, pr.swap(), pr.swap().total, pr.__dict__)
pr.self_ref = pr  # a cycle through the instance dict
del pr


class Rev(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


ra, rb = Rev((1, 2))
print(ra, rb, list(Rev((1, 2))), Rev((1, 2))[0])


# ---- bytes
class B(bytes):
    pass


show("B(b'ab')", B(b"ab"))
show("B(3)", B(3))
show("B([65, 66])", B([65, 66]))
show("B('hi', 'ascii')", B("hi", "ascii"))
show("B()", B())
show("B(b'ab') + b'c'", B(b"ab") + b"c")
show("B(b'ab')[0]", B(b"ab")[0])
show("B(b'abc')[1:]", B(b"abc")[1:])
show("len(B(b'ab'))", len(B(b"ab")))
show("B(b'ab') == b'ab'", B(b"ab") == b"ab")
show("hash(B(b'ab')) == hash(b'ab')", hash(B(b"ab")) == hash(b"ab"))
show("{B(b'k'): 1}[b'k']", {B(b"k"): 1}[b"k"])
show("bytes(B(b'x'))", bytes(B(b"x")))
show("int(B(b'12'))", int(B(b"12")))


class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self

    def __repr__(self):
        return f"Tagged({bytes(self)!r}, {self.tag!r})"


tg = Tagged(b"xyz", "t1")
print(tg, tg.tag, len(tg), tg[1:], [tg])
for bad in [("x",), ([256],), (-1,), (1.5,)]:
    try:
        bytes(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


# ---- containers keep working
class L(list):
    def total(self):
        return sum(self)


class D(dict):
    def __missing__(self, key):
        return f"missing {key}"


class St(set):
    pass


lst = L([1, 2, 3])
lst.append(4)
print(lst, lst.total(), type(lst[:]).__name__, lst + [5], len(lst))
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d)
print(St({1, 2}) | {3}, len(St([1, 1, 2])))


# ---- errors
for make in [lambda: I("x"), lambda: F("x"), lambda: int.__new__(S, 1), lambda: tuple.__new__(T, 1),
             lambda: object.__new__(I), lambda: object.__new__(T), lambda: int.__new__(bool, 1)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)


# ---- base methods on subclass instances (small values held by subclass instances included)
print(I(5).bit_count(), I(-5).bit_count(), I(2 ** 70).bit_count(), I(5).as_integer_ratio(), round(I(5)))
print(I(10) >> 1, I(10) % 3, pow(I(3), 4, 5), I(7).__trunc__(), I(3).numerator, I(3).denominator)
print(chr(I(65)), "ab" * I(2), [0] * I(3), I(2) * "x", oct(I(8)), bin(I(5)), abs(F(-1.5)))
print(round(F(2.675), 2), round(F(3.5)), divmod(F(7.5), 2), min(T((3, 1))), len(S("h\u00e9llo")), S("h\u00e9llo")[1])
print(int.__repr__(I(5)), str.__repr__(S("x")), float.__repr__(F(1.5)), tuple.__repr__(T((1,))), int.__add__(I(2), 3))
print(I.__add__(I(2), 3), S.upper(S("x")), T.__len__(T((1, 2))), F.__neg__(F(1.0)))
print("{0[1]} {1.real}".format(T((1, 2)), I(3)), "{:>5}".format(S("ab")), "%(k)s" % {S("k"): 1}, f"{T((1,))!r:>8}")
print(dict(T(((1, 2),))), set(T((1, 1))), list(zip(T((1, 2)), S("ab"))), sorted(S("cba")))


# ---- mixins: the builtin base's slots win over those a mixin got from object
class Mixin:
    def hello(self):
        return f"hello {self!r} {getattr(self, 'tag', None)}"


class MI(Mixin, int):
    pass


class IM(int, Mixin):
    pass


class MT(Mixin, tuple):
    pass


class MS(Mixin, str):
    def __repr__(self):
        return "MS" + str.__repr__(self)


for cls, value in ((MI, 5), (IM, 6), (MT, (1, 2)), (MS, "w")):
    obj = cls(value)
    obj.tag = cls.__name__
    print(obj.hello(), obj, obj == value, hash(obj) == hash(value), obj.__dict__)


class InitBase:
    def __init__(self, *args):
        self.inited = True


class MF(InitBase, float):
    pass


mf = MF(2.5)
print(mf, mf.inited, mf + 1)
for bases in ((int, float), (str, bytes), (tuple, int)):
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)


# ---- cycles through the instance __dict__ are collected
import gc


class Holder(tuple):
    pass


gc.collect()
for make in [lambda: I(1), lambda: F(1.5), lambda: S("s"), lambda: Holder((1, [])), lambda: B(b"b")]:
    for _ in range(100):
        obj = make()
        obj.me = obj
        obj.box = [obj]
    del obj
    print(type(make()).__name__, gc.collect() >= 100)
h = Holder(([],))
h[0].append(h)  # a cycle through the tuple's items
del h
print("items cycle", gc.collect() >= 1)
