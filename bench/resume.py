# resume: next() on a suspended generator, N times (FOR_ITER's in-loop resume).
import sys

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000
    total = 0
    for x in counter(n):
        total += x
    print("resume", n, total)

main()
