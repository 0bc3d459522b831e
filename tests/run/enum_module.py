from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class C(IntEnum):
    A = 1
    B = auto()
print(str(C.A), format(C.A), f"{C.B}", repr(C.A), C.A + 1, hash(C.A), C.A == 1)
class D(Enum):
    X = 1
    Y = 1
print(str(D.X), format(D.X), f"{D.X:>8}|", D.Y, D.__members__, list(D), len(D.__members__))
try: D.X in 1
except Exception as e: print(type(e), e)
print(D.X in D)
try: D.X = 3
except Exception as e: print(type(e), e)
try: D.X.name = 3
except Exception as e: print(type(e), e)
try: 
    class E(D): pass
except Exception as e: print(type(e), e)
try: D(5)
except Exception as e: print(type(e), e)
try: D['Q']
except Exception as e: print(type(e), repr(e))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R|P.W, repr(P.R|P.W), list(P.R|P.X), P(0), repr(P(0)), ~P.R, repr(P), repr(D), P.R in (P.R|P.W), bool(P(0)))
class IP(IntFlag):
    R = 4; W = 2
print(IP.R|IP.W, repr(IP.R|IP.W), IP.R | 1, repr(IP.R|1), str(IP.R))
print(D.X.__class__, type(D), D.__name__, D.X._name_, D.X._value_, dir(D.X))
class S(str, Enum):
    A = "a"
print(str(S.A), format(S.A), repr(S.A), S.A == "a")
E = Enum('E', 'A B C'); print(list(E), E.A.value)
class G(Enum):
    A = auto(); B = auto()
    def describe(self): return self.name.lower()
    @property
    def double(self): return self.value * 2
print(G.A.describe(), G.B.double, G.A < G.B if False else 0)
try: G.A < G.B
except TypeError as e: print(e)
print(D.X.value, D.X.name, hash(D.X) == hash('X'), sorted(D.__members__))
try:
    @unique
    class U(Enum):
        A=1; B=1; C=2; D=2
except ValueError as e: print(e)
print(vars(D.X) if False else 0, len(D), list(reversed(P)))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    def __str__(self):
        return "shape " + self.name
print(Shape(2), Shape.ALIAS is Shape.SQUARE, list(Shape), {Shape.SQUARE: 1}[Shape.ALIAS])
print(Shape.SQUARE == Shape.SQUARE, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 2, isinstance(Shape.CIRCLE, Shape))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"
print(Status("ok"), Status.OK.upper(), Status.FAIL.value, sorted(Status, key=lambda s: s.value))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 3, sorted([Num.TWO, Num.ONE]), Num(2), Num.ONE < Num.TWO, int(Num.TWO))
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == "default" else None
print(WithMissing("default"))
try:
    WithMissing("zzz")
except ValueError as e:
    print(e)
try:
    Planet.EARTH = 3
except AttributeError as e:
    print(e)
print(Enum.__members__ if False else "", BotState if False else "")
try:
    class Dup(Enum):
        X = 1
        X = 2
except TypeError as e:
    print(e)
try:
    class Dup2(Enum):
        X = 1
        def X(self):
            pass
except TypeError as e:
    print(e)
class Ignoring(Enum):
    _ignore_ = "tmp other"
    A = auto()
    tmp = 5
    other = 6
    B = auto()
print(list(Ignoring), hasattr(Ignoring, "tmp"))
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    Q = auto()
    R = auto()
print(Lower.Q.value, Lower.R.value)
class Later(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Later])
