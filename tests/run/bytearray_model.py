# bytearray against CPython over 3000 random mutations (append, extend, insert, pop, slice
# assignment and deletion with steps, +=, *=, remove, item assignment, reverse, replace).
import random
r = random.Random(5)
out = []
a = bytearray()
for step in range(3000):
    op = r.randrange(12)
    n = len(a)
    try:
        if op == 0: a.append(r.randrange(256))
        elif op == 1: a.extend(bytes(r.randrange(256) for _ in range(r.randrange(5))))
        elif op == 2: a.insert(r.randrange(-n - 2, n + 3), r.randrange(256))
        elif op == 3: a.pop(r.randrange(-n - 1, n + 1)) if n else a.pop()
        elif op == 4:
            i, j, k = r.randrange(-n-2, n+3), r.randrange(-n-2, n+3), r.choice([None, 1, 2, -1, -3])
            a[i:j:k] = bytes(len(range(*slice(i, j, k).indices(n)))) if k not in (None, 1) else b'xyz'[:r.randrange(4)]
        elif op == 5:
            i, j, k = r.randrange(-n-2, n+3), r.randrange(-n-2, n+3), r.choice([None, 1, 2, -1, -3])
            del a[i:j:k]
        elif op == 6: a += bytes([r.randrange(256)]) * r.randrange(3)
        elif op == 7: a *= r.choice([0, 1, 2]) if n < 200 else 1
        elif op == 8: a.remove(r.randrange(256))
        elif op == 9: a[r.randrange(-n-1, n+1)] = r.randrange(256)
        elif op == 10: a.reverse()
        elif op == 11: a = a.replace(bytes([r.randrange(256)]), b'ab') if n < 300 else a[:50]
    except (IndexError, ValueError) as e:
        out.append(str(e))
    out.append(len(a))
print(out[-50:], bytes(a[:40]), sum(a))
