# Dict views: keys and items are set-like (comparisons, & | - ^, isdisjoint, unhashable),
# reversed() of a dict and of its views, dict(x) and update(x) through x.keys().
d = {1: 'a', 2: 'b', 3: 'c'}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
del d[2]
print(list(reversed(d)))
k = d.keys()
print(k == {1, 3}, k == {1}, k != {1, 3}, k < {1, 3, 4}, k <= {1, 3}, k > {1}, k >= {1, 3, 5}, k == [1, 3])
print(k & {1, 5}, {1, 5} & k, k | {9}, {9} | k, k - {1}, {1, 7} - k, k ^ {1, 8}, {1, 8} ^ k)
print(d.items() & {(1, 'a'), (3, 'x')}, d.items() - {(1, 'a')}, d.items() == {(1, 'a'), (3, 'c')})
print(k & d.keys(), k.isdisjoint({5}), k.isdisjoint([1]), d.items().isdisjoint({(1, 'a')}))
try: hash(k)
except TypeError as e: print(e)
try: hash(d.items())
except TypeError as e: print(e)
print(type(hash(d.values())))
try: k - 1
except TypeError as e: print(e)
it = reversed(d)
d[9] = 0
try: next(it)
except RuntimeError as e: print(e)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print(dict(M()), dict(M(), c=1))
x = {}; x.update(M()); print(x)
class N:
    keys = 5
try: dict(N())
except TypeError as e: print(e)
print(dict.__reversed__, {}.keys().__reversed__.__name__)
print(k.__hash__, d.values().__hash__ is None)

class D(dict):
    def __iter__(self): return iter(['a'])
    def keys(self): return ['b']
class E(dict):
    def keys(self): return ['b']
src = D(a=1, b=2, c=3)
print(dict(src), dict(E(a=1, b=2)))
x = {}; x.update(src); print(x)
