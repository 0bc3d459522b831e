# collections.deque: the native ring buffer, maxlen, rotation, indexing, iteration guards,
# reprs and errors.
from collections import deque


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, d.count("a"), 2 in d, 99 in d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d, d.index(2), d.index("a", 2), d.index(2, -7, -1))
d.remove("a")
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d)
d[0] = "first"
d[-1] = "last"
del d[2]
print(d, bool(d), bool(deque()))
e = d.copy()
e.reverse()
print(e, d == e, d == d.copy(), d != e, deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
d.clear()
print(d, len(d))

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
b.appendleft(0)
print(b)
b.extend([5, 6])
b.extendleft([1, 2])
print(b, deque(maxlen=0), deque([1, 2], 0))
z = deque(maxlen=0)
z.append(1)
print(z, repr(deque()), deque(maxlen=2))
show_error(lambda: deque([1], 1).insert(0, 2))
show_error(lambda: deque(maxlen=-1))
show_error(lambda: deque([1], "a"))

# rotation with growth and wraparound
r = deque()
for i in range(20):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
    r.rotate(i)
print(r, sum(r), r[5], r[-5])

# + * and in-place
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque("a"), deque([1]) * 0)
a = deque([1])
a += [2, 3]
a *= 2
print(a)
a.extend(a)
print(a, len(a))

# errors
show_error(lambda: deque().pop())
show_error(lambda: deque().popleft())
show_error(lambda: deque([1])[5])
show_error(lambda: deque([1])[-2])
show_error(lambda: deque([1]).remove(9))
show_error(lambda: deque([1]).index(9))
show_error(lambda: deque([1]) + [1])
show_error(lambda: deque([1])["a"])
show_error(lambda: deque([1])[0:1])
show_error(lambda: deque(1))


def mutate():
    m = deque([1, 2, 3])
    for x in m:
        m.append(x)


show_error(mutate)


def mutate_reversed():
    m = deque([1, 2, 3])
    for x in reversed(m):
        m.pop()


show_error(mutate_reversed)

# iteration over generators and subclasses
def gen():
    yield from range(5)


q = deque(gen())
while q:
    print(q.popleft(), end=" ")
print()


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.append(3)
print(s, s.peek(), type(s.copy()).__name__, isinstance(s, deque), Stack([1], 2))
rec = deque()
rec.append(rec)
print(rec)
print(deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
