# A 10,000-deep recursive yield from chain: RecursionError at the default limit; with a higher
# limit next/throw/close travel through every level.
import sys
def chain(n):
    if n == 0:
        yield 1
        yield 2
    else:
        yield from chain(n-1)
try:
    print(list(chain(10000)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(30000)
g = chain(10000)
print(next(g))
print(g.throw(ValueError) if False else "skip")
print(list(g))
g = chain(10000); next(g)
try:
    g.throw(KeyError("deep"))
except KeyError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1; tb = tb.tb_next
    print("frames", n)
g = chain(10000); next(g); g.close(); print("closed")
