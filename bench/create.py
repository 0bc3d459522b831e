# create: make a small generator, run it to its first yield and drop it (finalized at once).
import sys

def pair(a):
    try:
        yield a
        yield a + 1
    finally:
        pass

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    total = 0
    for i in range(n):
        total += next(pair(i))
    print("create", n, total)

main()
