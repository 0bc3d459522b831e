# Unpacking, starred targets, walrus, chained comparison, del, assert, with, comprehensions.
a, *rest = [1, 2, 3]
*init, last = "xyz"
(p, q), r = (1, 2), 3
print(a, rest, init, last, p, q, r)
first, *mid, end = range(5)
print(first, mid, end)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)

data = [1, 5, 12, 3]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print({k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)}, [(i, j) for i in range(2) for j in range(i)])

x = 5
print(1 < x < 10, 10 > x > 6, x == 5 != 6)
lst = [0, 1, 2, 3, 4, 5]
del lst[1], lst[-1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
v = 1
del v
try:
    v
except NameError as e:
    print(e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

with Ctx("a") as na, Ctx("b") as nb:
    print("body", na, nb)
with Ctx("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with Ctx("t"):
        raise KeyError("passes")
except KeyError as e:
    print("caught", e)

for i in range(3):
    if i == 1:
        continue
    print("loop", i)
else:
    print("no break")
while True:
    break
else:
    print("not printed")
s = "text"
s += "!"
n = 10
n //= 3
n **= 3
print(s, n, "é"[0], "héllo"[1:4], "abc"[::-1], [1, 2, 3][-2:])
print(__name__, __name__ == "__main__")
