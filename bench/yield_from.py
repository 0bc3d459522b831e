# yield_from: items through a delegation chain of depth D (`yield from` at every level).
import sys

def leaf(n):
    for i in range(n):
        yield i

def level(d, n):
    if d == 0:
        yield from leaf(n)
    else:
        yield from level(d - 1, n)

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    d = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    print("yield_from", n, d, sum(level(d, n)))

main()
