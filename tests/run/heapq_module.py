# heapq: heap layouts, pops, merge, nlargest/nsmallest identical to CPython's, ties included.
import heapq
from heapq import (heapify, heappop, heappush, heappushpop, heapreplace, merge, nlargest,
                   nsmallest)


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


data = [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4, 8]
h = []
for x in data:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
h = list(data)
heapify(h)
print(h)
print(heapreplace(h, 10), h)
print(heappushpop(h, -1), heappushpop(h, 5), h)
print(heappushpop([], 3))
# tuples with equal priorities keep insertion order through the sequence number
tasks = []
for seq, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d"), (3, "e"), (1, "f")]):
    heappush(tasks, (prio, seq, name))
print(tasks)
print([heappop(tasks)[2] for _ in range(len(tasks))])
# a heap of a larger random-looking sequence
values = [(i * 7919) % 101 for i in range(60)]
heapify(values)
print(values)
print([heappop(values) for _ in range(10)])
# merge
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(["a", "dd"], ["bbb", "c"], key=len)))
print(list(merge([7, 5, 1], [8, 2, 0], reverse=True)))
print(list(merge([(1, "x"), (2, "y")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
print(list(merge()), list(merge([1, 2])))


def gen(start):
    yield from range(start, 20, 3)


print(list(merge(gen(0), gen(1), gen(2))))
# nlargest / nsmallest, ties and keys
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, nums), nlargest(0, nums))
print(nlargest(20, nums), nsmallest(5, iter(nums)), nlargest(4, iter(nums)))
portfolio = [("IBM", 100, 91.1), ("AAPL", 50, 543.22), ("FB", 200, 21.09), ("HPQ", 35, 31.75),
             ("YHOO", 45, 16.35), ("ACME", 75, 115.65), ("X", 35, 31.75)]
print(nsmallest(3, portfolio, key=lambda s: s[2]))
print(nlargest(3, portfolio, key=lambda s: s[2]))
print(nsmallest(3, iter(portfolio), key=lambda s: s[1]), nlargest(2, iter(portfolio), key=lambda s: s[1]))
print(nlargest(2, []), nsmallest(2, iter([])), nlargest(1, [], key=abs))
# errors
show_error(lambda: heappop([]))
show_error(lambda: heapreplace([], 1))
show_error(lambda: heappush((), 1))
show_error(lambda: heapify(1))
show_error(lambda: heappush([1], "a"))
show_error(lambda: heappush([]))
print(heapq.__name__, sorted(heapq.__all__))
