# call: plain Python function calls with positional arguments, and a method call.
import sys

def add(a, b):
    return a + b

class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    box = Box(3)
    total = 0
    for i in range(n):
        total = add(total, box.get())
    print("call", n, total)

main()
