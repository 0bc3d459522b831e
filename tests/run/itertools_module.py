# itertools: every iterator over lists, generators and class iterators, with CPython's reprs,
# errors and laziness.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def gen(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def failing():
    yield 1
    yield 2
    raise KeyError("boom")


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# count
c = count(5)
print(c, next(c), next(c), c)
print(list(islice(count(), 4)), list(islice(count(1.5, 0.5), 3)), count(2, 3), count(0, 1.0))
print(list(islice(count(10, -2), 4)), repr(count(start=3, step=2)))
show_error(lambda: count("a"))
# cycle
print(list(islice(cycle("abc"), 7)), list(cycle([])), list(islice(cycle(gen(3)), 8)))
# repeat
print(repeat(1), repeat("x", 3), list(repeat("x", 3)), list(repeat(0, -1)), list(islice(repeat(7), 3)))
r = repeat(4, 2)
next(r)
print(r)
print(list(map(pow, range(4), repeat(2))))
# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(gen(4), initial=100)), list(accumulate([], initial=1)), list(accumulate([])))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate("abc")))
# chain
print(list(chain([1, 2], "ab", gen(2), Countdown(2))), list(chain()))
print(list(chain.from_iterable(["ab", [1], gen(2)])), list(chain.from_iterable(gen(0))))
show_error(lambda: list(chain([1], 5)))
# compress, dropwhile, takewhile, filterfalse
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(gen(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, gen(10))))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
t = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(t), list(t))
# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby(sorted("hello world"))])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
k, g = next(groups)
print(next(g), list(g), list(groups))
groups = [(k, list(g)) for k, g in groupby(gen(6), lambda x: x // 2)]
print(groups)
# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(gen(20), 1, 12, 3)), list(islice(count(), None, 5)))
print(list(islice([1, 2], 5)), list(islice(Countdown(5), 1, None)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
for bad in [(-1,), ("a",), (1, -2), (0, 1, 0), (0, 1, -1), (1.5, 2)]:
    show_error(lambda: islice([], *bad))
show_error(lambda: islice([]))
show_error(lambda: islice([], 1, 2, 3, 4))
# pairwise, starmap
print(list(pairwise("ABCD")), list(pairwise([1])), list(pairwise(gen(4))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], "ab"])))
# tee
a, b = tee(gen(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(Countdown(3), 3)
print(list(x), list(y), list(z))
print(type(a).__name__, tee([1], 0), len(tee([])))
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee([1, 2, 3])
c, d = tee(a)
print(list(c), list(d), list(b))
show_error(lambda: tee([], -1))
# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest(gen(3), [1])))
print(list(zip_longest()), list(zip_longest([1, 2])))
show_error(lambda: zip_longest([], 5))
show_error(lambda: zip_longest([], foo=5))
# combinatorics
print(list(product("AB", "xy")), list(product(range(2), repeat=3)), list(product()), list(product([], [1])))
print(list(product("ab", gen(2), repeat=2))[:5])
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations([1], 2)))
print(list(permutations("ab", 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations([1], 2)))
print(list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)))
show_error(lambda: combinations([1]))
show_error(lambda: combinations([1], -1))
show_error(lambda: permutations([1], "a"))
show_error(lambda: product([1], repeat=-1))
show_error(lambda: product(1))
# exceptions from the source propagate
for make in [lambda s: chain(s), lambda s: islice(s, 5), lambda s: accumulate(s), lambda s: cycle(s),
             lambda s: pairwise(s), lambda s: zip_longest(s), lambda s: tee(s)[0],
             lambda s: (g for k, g in groupby(s)), lambda s: dropwhile(lambda x: x < 0, s)]:
    show_error(lambda: list(make(failing())))
show_error(lambda: list(starmap(lambda a: a, [1])))
show_error(lambda: list(takewhile(lambda x: 1 / x, [1, 0])))
print(type(count()), type(chain.from_iterable([])).__name__, isinstance(count(), itertools.count))
print(list(itertools.islice(itertools.count(), 2, 10, 3)))
