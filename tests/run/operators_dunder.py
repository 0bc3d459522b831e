# Operator dunders, reflected operands, NotImplemented fallback, comparisons, hashing rules.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, V) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, scale):
        return self * scale

a, b = V(1, 2), V(3, 4)
print(a + b, 3 * a, a * 3, -a, sum([a, b]))
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(bool(V(0, 0)), len(a), list(a), 2 in a, a(10))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
acc += 1
acc += 2
print(acc.items)

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, len({Key(2), Key(2)}))
print(1 < 2 < 3, 1 < 3 < 2, (1, 2) < (1, 3), [1] * 3, "ab" * 2)
print(7 // 2, -7 // 2, 7 % -3, 2 ** -1, 2 ** 100, divmod(-7, 2), 7 / 2, 1e16, 0.1 + 0.2)
