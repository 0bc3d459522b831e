# The cycle collector: gc.collect() reclaims unreachable cycles and returns their count, and
# it also runs by itself as cyclic garbage piles up.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print(gc.collect() > 0)

for i in range(200000):
    l = []
    l.append(l)
print(gc.collect() < 50000)

keep = [Node(str(i)) for i in range(10)]
for n in keep:
    n.peer = n
gc.collect()
print([n.peer is n for n in keep].count(True), keep[3].name)
