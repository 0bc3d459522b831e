class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d), d['x'], 'f' in d, len(d) > 2, sorted(k for k in d if not k.startswith('__')))
print(repr(int.__dict__)[:14], d.get('x'), d.get('y', 5), list(d.keys())[:2])
try: d['x'] = 2
except TypeError as e: print(e)
import types
print(types.MappingProxyType({'a': 1}))
print(types.MappingProxyType({'a': 1}) | {'b': 2})
try: types.MappingProxyType([1])
except TypeError as e: print(e)
print(vars(C)['x'], d == dict(d), d.copy() == dict(d), str(types.MappingProxyType({})))
try: hash(d)
except TypeError as e: print(e)
print(list(types.MappingProxyType({'a': 1, 'b': 2}).items()))
a = {'x': 1, 'y': 2}
print(a | {'y': 3, 'z': 4}, a)
b = a
b |= [('w', 0)]
print(a, b is a)
class D(dict): pass
print(type(D(a=1) | {'b': 2}), {'b': 2} | D(a=1))
try: a | [('q', 1)]
except TypeError as e: print(e)
try: a |= 5
except TypeError as e: print(e)
from collections import OrderedDict, defaultdict
print(OrderedDict(a=1) | {'b': 2}, defaultdict(int, a=1) | {'b': 2})
