# throw: g.throw(E) caught inside the generator, which yields again, N times.
import sys

class Tick(Exception):
    pass

def catcher():
    caught = 0
    while True:
        try:
            yield caught
        except Tick:
            caught += 1

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    g = catcher()
    next(g)
    last = 0
    for i in range(n):
        last = g.throw(Tick)
    g.close()
    print("throw", n, last)

main()
