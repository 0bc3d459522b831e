# random: the values of every function for several seeds must be CPython's, bit for bit.
# Each series prints its first values and a checksum of 1000 (math.fsum of floats is exact,
# so any differing value shows).
import math
import random


def checksum(values):
    total = 0
    for i, v in enumerate(values):
        total = (total * 1000003 + (i + 1) * v) % (2 ** 61 - 1)
    return total


def series(name, values, show=5):
    if all(isinstance(v, float) for v in values):
        print(name, values[:show], repr(math.fsum(values)))
    else:
        print(name, values[:show], checksum(values))


for seed in [0, 1, 42, 1234, 2 ** 70, -5, 'gyre', b'bytes seed', 3.5]:
    print('seed', repr(seed))
    random.seed(seed)
    series('random', [random.random() for _ in range(1000)])
    series('randint', [random.randint(-50, 10 ** 12) for _ in range(1000)])
    series('choice', [ord(random.choice('abcdefghijklmnopqrstuvwxyz')) for _ in range(1000)])
    items = list(range(1000))
    random.shuffle(items)
    series('shuffle', items)
    series('sample small', random.sample(range(30), 20))
    series('sample large', random.sample(range(100000), 1000))
    series('uniform', [random.uniform(-3, 7.5) for _ in range(1000)])
    series('gauss', [random.gauss(1.0, 2.0) for _ in range(1000)])
    series('normalvariate', [random.normalvariate() for _ in range(1000)])
    series('expovariate', [random.expovariate(1.5) for _ in range(1000)])
    series('getrandbits', [random.getrandbits(k) for k in range(1, 1001)])
    series('randrange', [random.randrange(3, 10 ** 30, 7) for _ in range(1000)])
    series('choices', [ord(c) for c in random.choices('xyz', k=1000)])
    series('choices weighted', [ord(c) for c in random.choices('xyz', [1, 5, 2.5], k=1000)])
    series('choices cum', [ord(c) for c in random.choices('xyz', cum_weights=[1, 2, 10], k=1000)])
    series('betavariate', [random.betavariate(2.0, 3.0) for _ in range(100)])
    series('triangular', [random.triangular(0, 10, 3) for _ in range(100)])

print(random.Random(3).randbytes(12), random.Random(3).randbytes(0))
r = random.Random()
r.seed('legacy', version=1)
print(r.random(), random.Random(5).sample(['a', 'b', 'c'], 4, counts=[1, 2, 3]))
print(random.Random(12).gammavariate(0.5, 2), random.Random(12).vonmisesvariate(1, 2),
      random.Random(12).paretovariate(3), random.Random(12).weibullvariate(1, 2),
      random.Random(12).lognormvariate(0, 1))

# state round trip
random.seed(99)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
print(len(state), state[0], len(state[1]), state[2])

# independent generators and subclasses
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(2024)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))


class Fixed(random.Random):
    # overrides random() only: integers then come from random() (CPython's rule)
    def random(self):
        return 0.5


print(Fixed().randrange(10), Fixed().choice('abcd'))

# errors
for call in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
             lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3),
             lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
             lambda: random.choices('ab', [1], k=2), lambda: random.setstate((9, (), None))]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
