# bisect: searches and insertions, lo/hi bounds, key functions and errors.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 4, 4, 4, 8, 9]
print([bisect_left(a, x) for x in range(11)])
print([bisect_right(a, x) for x in range(11)])
print(bisect.bisect(a, 4), bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=2))
print(bisect_left([], 1), bisect_right([], 1))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
insort_left(b, 5)
insort_right(b, 5.0)
print(b)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("alice", 25), ("bob", 30), ("carol", 35)]
print(bisect_left(records, 30, key=lambda r: r[1]), bisect_right(records, 30, key=lambda r: r[1]))
insort(records, ("dave", 31), key=lambda r: r[1])
insort_left(records, ("eve", 30), key=lambda r: r[1])
print(records)
words = ["a", "bb", "ccc"]
insort_right(words, "dd", key=len)
print(words)
show_error(lambda: bisect_left(a, 1, -1))
show_error(lambda: insort(a, 1, -1))
show_error(lambda: bisect_left(a, "x"))
