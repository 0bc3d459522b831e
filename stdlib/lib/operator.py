"""Operators as functions (CPython's operator module): the arithmetic, comparison, logical
and item functions, and the itemgetter, attrgetter and methodcaller callables."""

__all__ = ["abs", "add", "and_", "attrgetter", "concat", "contains", "countOf", "delitem",
           "eq", "floordiv", "ge", "getitem", "gt", "index", "indexOf", "inv", "invert",
           "is_", "is_not", "itemgetter", "le", "length_hint", "lshift", "lt", "matmul",
           "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
           "setitem", "sub", "truediv", "truth", "xor"]

_builtin_abs = abs


# ---- comparisons
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b


# ---- logical
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# ---- arithmetic and bitwise
def abs(a): return _builtin_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """Same as a.__index__()."""
    # range() raises CPython's "'float' object cannot be interpreted as an integer".
    return a.__index__() if isinstance(a, int) else range(a).stop


# ---- sequences
def concat(a, b):
    if not hasattr(a, "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def getitem(a, b): return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    return value


# ---- in-place forms
def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def iconcat(a, b):
    a += b
    return a


# ---- callables: native (a sort or heap key is called once per item)
from _operator import attrgetter, itemgetter, methodcaller


# The dunder aliases (operator.__add__ is operator.add).
__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__not__, __abs__, __add__, __and__, __floordiv__ = not_, abs, add, and_, floordiv
__index__, __inv__, __invert__, __lshift__, __mod__, __mul__ = index, inv, invert, lshift, mod, mul
__matmul__, __neg__, __or__, __pos__, __pow__, __rshift__ = matmul, neg, or_, pos, pow, rshift
__sub__, __truediv__, __xor__, __concat__, __contains__ = sub, truediv, xor, concat, contains
__getitem__, __setitem__, __delitem__ = getitem, setitem, delitem
__iadd__, __isub__, __imul__, __iconcat__ = iadd, isub, imul, iconcat
