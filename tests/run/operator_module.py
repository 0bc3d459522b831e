# operator: the function forms of the operators and itemgetter, attrgetter, methodcaller.
import operator
from operator import attrgetter, itemgetter, methodcaller


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul(2, 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4), operator.pos(-4),
      operator.pow(2, 10), operator.abs(-3), operator.inv(5), operator.invert(5))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_([]), operator.truth([1]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4),
      operator.rshift(32, 2), operator.concat([1], [2]), operator.concat("a", "b"))
print(operator.contains([1, 2], 2), operator.contains("abc", "z"), operator.index(7),
      operator.is_(None, None), operator.is_not(1, None), operator.countOf([1, 2, 1], 1),
      operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.getitem([1, 2, 3], slice(1, None)))
print(operator.add("x", "y"), operator.mul("ab", 3), operator.__add__(1, 2), operator.length_hint([1, 2]))
show_error(lambda: operator.index(1.5))
show_error(lambda: operator.concat(1, 2))
show_error(lambda: operator.truediv(1, 0))
show_error(lambda: operator.indexOf([1], 5))
show_error(lambda: operator.add(1, "a"))

# itemgetter
print(itemgetter(1)("abc"), itemgetter(1, 0)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(2))([1, 2, 3]))
print(itemgetter(1), itemgetter(1, "a"), sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))
rows = [{"n": "x", "v": 3}, {"n": "y", "v": 1}]
print(sorted(rows, key=itemgetter("v")), list(map(itemgetter(0), [(1, 2), (3, 4)])))
show_error(lambda: itemgetter())
show_error(lambda: itemgetter(5)([1]))


# attrgetter
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
print(attrgetter("name"), attrgetter("a.b", "c"))
print([x.name for x in sorted([Node("b"), Node("a")], key=attrgetter("name"))])
show_error(lambda: attrgetter(1))
show_error(lambda: attrgetter("missing")(n))
show_error(lambda: attrgetter())

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "b", 1)("aaa"))
print(methodcaller("f", 1, k=2), methodcaller("strip"))
print(list(map(methodcaller("count", "a"), ["banana", "apple"])))
show_error(lambda: methodcaller())
show_error(lambda: methodcaller(1))
show_error(lambda: methodcaller("nothing")(1))
show_error(lambda: itemgetter(1)())
show_error(lambda: attrgetter("a")(1, 2))
show_error(lambda: methodcaller("f")(x=1))
print(type(itemgetter(1)).__name__, itemgetter.__module__, methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
print(methodcaller("format", 1, b=2)("{} {b}"), attrgetter("real", "imag")(5), itemgetter(-1, 0)([1, 2, 3]))
print(sorted([(i * 37) % 11 for i in range(20)], key=itemgetter(0) if False else None)[:3], operator.itemgetter)
