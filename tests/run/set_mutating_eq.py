# __eq__ methods that change the set being probed (adding, removing, clearing): lookups restart.
class K:
    armed = None
    def __init__(self, v): self.v = v
    def __hash__(self): return 5
    def __eq__(self, o):
        s = K.armed
        if s is not None:
            K.armed = None
            for i in range(50): s.add(i * 1000)
            s.discard(0)
        return isinstance(o, K) and self.v == o.v
s = set()
s.add(K(1)); s.add(K(2))
K.armed = s
s.add(K(3))
print(len(s), K(2) in s)
K.armed = s
print(K(3) in s, len(s))
K.armed = s
s.discard(K(1)); print(len(s))
t = set(range(20)); K.armed = t; t |= {K(7), K(8)}; t |= {K(7), K(9)}; print(len(t))
class D:
    def __hash__(self): return 1
    def __eq__(self, o):
        u.clear(); return False
u = set(); u.add(D()); u.add(D()); u.add(D()); print(len(u) <= 3)
a = {K(i) for i in range(30)}; b = {K(i) for i in range(10, 40)}
print(len(a & b), len(a - b), len(a ^ b), len(a | b))
# clearing from __eq__ during merges, intersections and discards
class C:
    target = None
    def __init__(self, v): self.v = v
    def __hash__(self): return 3
    def __eq__(self, o):
        if C.target is not None:
            t = C.target; C.target = None; t.clear()
        return False
x = {C(1), C(2)}; y = {C(3), C(4), 5}
C.target = x; x |= y; print(len(x) >= 0)
x = {C(1), C(2)}; C.target = x; print(C(5) in x, len(x))
x = {C(1), C(2)}; C.target = x; x.discard(C(9)); print(len(x))
x = {C(1), C(2), 7}; y = {C(3), 7}; C.target = y; print(len(x & y) >= 0)
x = {C(1), C(2), 7}; y = {C(3), 7}; C.target = x; x ^= y; print(len(x) >= 0)
x = {C(1), C(2), 7}; y = {C(3), 7}; C.target = x; x -= y; print(len(x) >= 0)
