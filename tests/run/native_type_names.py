# Builtin types of native modules carry their module in their name, as CPython's tp_name
# ("collections.deque"): __name__ is the part after the dot, __module__ the part before, and
# error messages use the dotted name.
import collections
import itertools
import operator
import random
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for T in [deque, itertools.count, itertools.chain, itertools.product, itertools.groupby,
          itertools.islice, itertools.zip_longest, itertools.combinations,
          operator.itemgetter, operator.attrgetter, operator.methodcaller,
          type(iter(deque())), type(reversed(deque())), random._random.Random]:
    print(T, T.__name__, T.__qualname__, T.__module__)

show(lambda: hash(deque()))
show(lambda: itertools.count()[0])
show(lambda: deque() + 1)
show(lambda: len(itertools.count()))
show(lambda: operator.itemgetter(1) + 1)
show(lambda: deque.append(1, 2))
show(lambda: itertools.count.__next__(1))
show(lambda: itertools.chain() < 3)
show(lambda: repr(object.__repr__(itertools.chain()))[:25])
show(lambda: deque().foo)
show(lambda: itertools.count().foo)
show(lambda: setattr(deque, 'x', 1))
show(lambda: setattr(itertools.count, 'x', 1))
show(lambda: type(itertools.count()).__name__)
show(lambda: next(deque()))
show(lambda: deque([1, 2]))
show(lambda: itertools.count(3))
show(lambda: itertools.repeat('a', 2))
show(lambda: operator.itemgetter(1, 2))
show(lambda: repr(deque.append))
show(lambda: deque.__name__ + '/' + deque.__qualname__)


class D(deque):
    pass


class C(itertools.count):
    pass


show(lambda: hash(D()))
show(lambda: D([1]))
show(lambda: C(5))
print(D.__mro__)
print(C.__mro__)
print(D.__name__, D.__module__)
show(lambda: int.__abstractmethods__)
show(lambda: setattr(int, '__abstractmethods__', frozenset()))
show(lambda: type.__abstractmethods__)

import types

print(types.SimpleNamespace, types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
show(lambda: hash(types.SimpleNamespace()))
show(lambda: types.SimpleNamespace() + 1)
show(lambda: types.SimpleNamespace(a=1).b)

# Concatenation messages name the base sequence type, even for subclasses.
class SubL(list): pass
class SubS(str): pass
class SubB(bytes): pass
class SubT(tuple): pass
for x in [SubL(), SubS(), SubB(), SubT(), [], (), '']:
    try: x + 1
    except TypeError as e: print(e)
