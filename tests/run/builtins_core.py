# The core builtins.
print(len("héllo"), len([1, 2]), len({}), list(range(2, 10, 3)), range(5), range(1, 5, 2))
print(list(enumerate("ab", 1)), list(zip("abc", [1, 2])), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, "", "x"])), sorted("bca"), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), list(reversed([1, 2, 3])), sum([1, 2], 10))
print(min(3, 1, 2), max([1, 5, 2]), max([], default=None), min("abc", key=ord))
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), divmod(7, 2), pow(3, 4, 5))
print(any([0, 1]), all([1, 0]), isinstance(1, (str, int)), issubclass(bool, int))
print(type(1), type("x"), type(None), type(type), hash(1) == hash(1.0))
print(repr("it's"), repr('say "hi"'), ascii("é"), str(1.5), int("  -12 "), int("ff", 16))
print(int("1_000"), float("inf"), float("-nan"), float(" 1e3 "), bool(""), bool([0]))
print(list("ab"), tuple([1]), dict(a=1), dict([(1, 2)]), set("aab") == {"a", "b"}, frozenset())
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(getattr(1, "real"), hasattr([], "append"), callable(len), callable(1))
print(chr(65), ord("é"), hex(255), oct(8), bin(5), hex(-1))
print(format(1234.5, ",.2f"), format(42, "08b"), format("x", "^5"), "{:>6}|{!r}".format(1, "a"))
print("%s is %d years, %.2f%%" % ("Ann", 30, 99.5), "%(a)s" % {"a": 1})
print(f"{3.14159:.3f} {42:#x} {'s'!r:>5} {1e20} {1/3}")
print(1.0, 1e16, 1e-5, 0.1, -0.0, float("inf"), 2**62, -2**63, 10**30 // 7)
print([[1], [2]], {"k": [1, 2]}, (1,), (), {1}, set(), None, ..., NotImplemented)
l = [1]
l.append(l)
print(l)
try:
    max([])
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
print(id(l) == id(l), dir(l)[:0])
