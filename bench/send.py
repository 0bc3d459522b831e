# send: g.send(v) into a running accumulator coroutine, N times.
import sys

def accumulator():
    total = 0
    while True:
        total += yield total

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000
    acc = accumulator()
    next(acc)
    send = acc.send
    last = 0
    for i in range(n):
        last = acc.send(i)
    print("send", n, last, send(0))

main()
