# functools: partial, reduce, wraps, lru_cache/cache, total_ordering, cmp_to_key and
# cached_property, with CPython's reprs and errors.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial, reduce,
                       total_ordering, wraps)


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# partial
def power(base, exponent, *, verbose=False):
    return f"{base}**{exponent}={base ** exponent}" if verbose else base ** exponent


square = partial(power, exponent=2)
print(square(5), square(3, verbose=True), square.args, square.keywords, square.func is power)
p = partial(max, 1, key=abs)
print(p, partial(p, -5), partial(p, -5).args, p(-3, 2), partial(p, 2)(-7))
basetwo = partial(int, base=2)
print(basetwo("10010"), partial(print, "a", sep="-")("b"))
show_error(lambda: partial())
show_error(lambda: partial(1))

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10),
      reduce(max, [3], 0), reduce(lambda a, b: a + b, [], "init"), reduce(pow, (x for x in [2, 3])))
show_error(lambda: reduce(max, []))
show_error(lambda: reduce(max, 1))
show_error(lambda: reduce())
show_error(lambda: reduce(max, [], 1, 2))
show_error(lambda: reduce(lambda a, b: a / b, [1, 0]))


# wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)


# lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10


for x in [1, 2, 1, 3, 2, 1, 1]:
    slow(x)
print(calls, slow.cache_info())


@lru_cache
def plain(x, y=0):
    calls.append((x, y))
    return x + y


calls.clear()
plain(1)
plain(1)
plain(1, y=2)
plain(1, 2)
plain(1.0)
print(calls, plain.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(12), factorial.cache_info())


class Calc:
    @lru_cache(maxsize=8)
    def double(self, x):
        return 2 * x


c = Calc()
print(c.double(4), c.double(4), Calc.double.cache_info())
show_error(lambda: lru_cache("a"))
z = lru_cache(maxsize=0)(lambda x: x)
z(1)
z(1)
print(z.cache_info())


# total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"v{self.key[0]}.{self.key[1]}"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, sorted([b, a, Version(0, 9)]), max(a, b))


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(Desc(1) < Desc(2), Desc(1) >= Desc(2), Desc(2) <= Desc(2))
show_error(lambda: total_ordering(type("X", (), {})))


# cmp_to_key
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), min([4, 2, 8], key=cmp_to_key(lambda x, y: x - y)))


# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


k = Circle(2)
print(k.area, k.area, k.computed, "area" in vars(k), Circle.area.__doc__, type(Circle.area).__name__)
del k.area
print(k.area, k.computed)
k.area = 7
print(k.area)
show_error(lambda: reduce(max, [1], initial=3))
