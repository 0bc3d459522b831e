import sys
print(sys.getrecursionlimit())

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

class R:
    def __repr__(self):
        return repr(self)

try:
    repr(R())
except RecursionError as e:
    print("RecursionError in __repr__")

sys.setrecursionlimit(200)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print(depth < 200, depth > 150)
