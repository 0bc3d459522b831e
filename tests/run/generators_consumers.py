# Generators and class iterators with every consumer, generator expressions.
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

for make in (lambda: gen(4), lambda: Countdown(4)):
    print(list(make()), tuple(make()), set(make()), sum(make()), min(make()), max(make()))
    print(sorted(make()), list(zip(make(), "abcd")), dict(zip(make(), make())))
    print(2 in make(), 9 in make(), "-".join(str(x) for x in make()), any(make()), all(make()))
    a, b, *rest = make()
    print(a, b, rest, [*make()], {*make()}, list(enumerate(make())), list(map(str, make())))
    print(list(filter(None, make())), list(reversed(list(make()))), sorted(make(), reverse=True))
    print(dict((x, x * x) for x in make()), max(make(), key=lambda v: -v), min([], default="none"))

class Pairs:
    def __iter__(self):
        yield "a", 1
        yield "b", 2
print(dict(Pairs()), list(Pairs()))

# Generator expressions: lazy, own scope, only the outermost iterable evaluated eagerly.
def source(tag):
    print("source", tag)
    return [1, 2, 3]
ge = (x * 10 for x in source("outer") if x != 2)
print("created", type(ge).__name__, ge.__name__, ge.__qualname__)
print(list(ge), list(ge))
try:
    (x for x in 5)
except TypeError as ex:
    print(ex)
nested = ((x, y) for x in range(3) for y in source("inner") if x < y)
print("nested made")
print(list(nested))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
x = "outer x"
print(list(x for x in range(3)), x)
def scope():
    k = 5
    return list(k * i for i in range(3))
print(scope())
class C:
    values = [1, 2]
    doubled = list(v * 2 for v in values)
print(C.doubled)
ge = (i for i in range(3))
print(next(ge), list(ge), next(ge, "done"))

def squares():
    yield from (i * i for i in range(4))
print(list(squares()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], (x for x in range(2)), {"k": 1}, range(2))))

class Rev:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for i in range(len(self.data) - 1, -1, -1):
            yield self.data[i]
print(list(Rev("abc")), "".join(Rev("xyz")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(3, (c for c in "generator"))))

def pipeline():
    numbers = (int(s) for s in "1 2 3 4 5 6".split())
    evens = (n for n in numbers if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())

def unpack():
    a, (b, c) = yield
    print("unpacked", a, b, c)
    yield
u = unpack(); next(u); u.send((1, (2, 3)))

def mutate():
    data = [1, 2, 3]
    for x in data:
        if x == 1:
            data.append(4)
        yield x
print(list(mutate()))
