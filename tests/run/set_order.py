# Iteration order of set and frozenset: CPython's table layout (slot order), after additions,
# removals, pop(), resizes and set algebra. No str items: their hashes are randomized.

# Displays and constructors
print({3, 2, 1, 0}, set([10, 1, 100]), set(range(20)), set(range(-10, 10)))
# More than two constants: CPython merges a frozenset constant into the new set.
print({17, 2, 3, 4, 5}, {-1, 17, 2, 3, 4, 5}, {33, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 64, 128})
a = 17
print({a, 2, 3, 4, 5}, {*[17, 2, 3, 4, 5]}, {*[17, 2], 3, 4, 5}, set((17, 2, 3, 4, 5)))
# ... but a loop over a display of constants iterates the frozenset itself.
for x in {17, 2, 3, 4, 5}:
    print(x, end=" ")
print()
print([x for x in {17, 2, 3, 4, 5}], {x for x in {17, 2, 3, 4, 5}}, {x for x in [17, 2, 3, 4, 5]})
print(frozenset({17, 2, 3, 4, 5}), frozenset([17, 2, 3, 4, 5]), frozenset(range(12, 0, -1)))
f = frozenset([1, 2, 3])
print(frozenset(f) is f, f.copy() is f)

# Ints (hash n mod 2**61-1, with sign; hash(-1) == -2), floats, tuples, mixed
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100), hash(-(2**100)))
print(set([2**61 - 1, 0, 2**61, 1, -1, -2]))
print({2**64, 2**61 - 1, 2**61, -2**61, -1, -2, 2**100, -(2**100)})
print({1.5, 2.5, 0.1, -0.5, 1e100, float("inf"), -float("inf"), 2.0**70})
print({(1, 2), (3, 4), (), (1,), (2, (3, 4))})
print({1, 1.0, True, 2, 2.5, (1, 2), 10**30, -10**30, 0, 0.0, False})
print({frozenset({1, 2}), frozenset({3}), frozenset()}, frozenset({frozenset({1}), frozenset()}))

# Removals leave dummies that later insertions reuse (the last one on the probe path)
s = {0, 8, 1}
s.remove(0)
s.add(16)
print(s)
s = {0, 8, 1}
s.remove(0)
s.remove(1)
s.add(16)
s.add(7)
print(s)
s = set(range(64))
s -= set(range(0, 64, 2))
s.add(100)
print(s)
s = set(range(64))
s.difference_update(range(1, 64, 3))
print(s)

# pop() resumes where the previous one stopped
x = set()
for i in range(100):
    x.add(i * 37 % 101)
print(x)
while x:
    print(x.pop(), end=" ")
print()
s = set(range(40))
print([s.pop() for _ in range(35)], s)
s.clear()
s.update([0, 8, 16, 1, 9])
print(s.pop(), s.pop(), s)

# Built from a dict (keys with their stored hashes)
d = {k: None for k in [100, 5, 37, 2**70, -3, 8]}
print(set(d), frozenset(d), set(d.keys()))
s = {1, 2, 3, 8, 100}
print(s - set(d), s.difference(d), s.symmetric_difference(d), s & set(d), s.intersection(d))

# Set algebra: which operand is copied or iterated shows in the order
a = set(range(0, 50, 3))
b = set(range(0, 50, 5))
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(set(range(100)) & set(range(50, 60)), set(range(50, 60)) & set(range(100)))
print(set(range(5)).union(range(3, 30), [100, 200], {7: 1}))
print(set(range(40, 0, -3)).intersection(range(100), [9, 18, 27, 36]))
print(set(range(40)).difference([5, 6], range(30, 35)), set(range(3)).difference(range(100)))
print(set(range(30)).symmetric_difference([50, 40, 30, 20, 10, 0]))
s = set(range(30))
s.intersection_update(range(10, 40))
print(s)
s = set(range(30))
s &= set(range(25, 40, 2))
print(s)
s = set(range(20))
s ^= set(range(15, 70, 4))
print(s)
s = set(range(20))
s |= frozenset(range(100, 64, -6))
print(s)
fa = frozenset(range(0, 60, 7))
print(fa | a, fa & a, fa - a, fa ^ a, a - fa)


# Larger sets, and a deterministic pseudo-random mix of operations
def lcg(state):
    return (state * 6364136223846793005 + 1442695040888963407) % 2**64


big = set(range(10000))
print(list(big)[:50], list(big)[-10:])
big = {i * 1000003 for i in range(10000)}
print(list(big)[:50])
big = set(range(-5000, 5000, 3))
print(list(big)[:50])
print(list({i / 4 for i in range(-200, 200)})[:50])
print(list({(i, i % 7) for i in range(3000)})[:20])
state = 12345
s = set()
for step in range(3000):
    state = lcg(state)
    v = (state >> 20) % 5000 - 1000
    if state % 7 < 4:
        s.add(v)
    elif state % 7 < 6:
        s.discard(v)
    else:
        s.discard(s.pop()) if s else None
print(len(s), list(s)[:50])
while len(s) > 20:
    s.pop()
print(s)
