# list, tuple, dict, set and range behaviour and methods.
l = [3, 1, 2]
l.append(5); l.extend([0]); l.insert(1, 9); l.remove(1)
print(l, l.pop(), l.pop(0), l.index(2), l.count(9), len(l))
l.sort(); print(l); l.reverse(); print(l, l[::-1], l[1:], l[:-1], 9 in l)
l2 = l * 2 + [7]
l2[1:3] = ["a", "b", "c"]
del l2[0]
print(l2, [] == [], [1, 2] < [1, 3], list(range(5))[::2])
t = (1, "a", None)
print(t, t[1], t + (2,), t * 2, t.index("a"), t.count(None), hash((1, 2)) == hash((1, 2)), (1,) < (1, 2))
d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"a": 10}, z=26)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("q"), d.get("q", 0), d.pop("z"), d.setdefault("n", []), "a" in d, len(d))
print({k: v for k, v in sorted(d.items())}, dict.fromkeys("ab", 0), d.copy() == d)
del d["n"]
print(sorted(d), {1: "x", True: "y", 1.0: "z"})
s = {3, 1, 2}
s.add(4); s.discard(9); s.remove(1)
print(sorted(s), 2 in s, len(s), sorted({1, 2} | {3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}))
print(frozenset([1, 1, 2]) == frozenset({2, 1}), set() == set(), sorted(set("hello")))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], 4 in r, 7 in r, list(reversed(range(3))))
print(list(enumerate(["x", "y"], start=5)), list(zip([1, 2, 3], "ab")), dict(zip("ab", [1, 2])))
print(min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), max("hello"), sum(range(101)))
nested = {"k": [1, {"deep": (2, 3)}]}
print(nested, repr("quote's"), [None, True, 1.5, -0.0])
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
