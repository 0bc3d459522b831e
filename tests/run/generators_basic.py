# Generator objects: creation, attributes, next/send, return values, evaluation order.
def countdown(n):
    print("started")
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(3)
print(type(g).__name__, repr(g).startswith("<generator object countdown at 0x"))
print(iter(g) is g, g.__name__, g.__qualname__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_lineno, g.gi_suspended, sorted(g.gi_frame.f_locals.items()))
print(g.send(None), list(g), g.gi_frame, g.gi_suspended)
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.args, e.value)

class Box:
    def method(self):
        yield self
        def nested():
            yield 1
        yield nested()
b = Box()
m = b.method()
print(next(m) is b, next(m).__qualname__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print(e)

def returns(v):
    yield 1
    return v
for v in [None, 0, (1, 2), [3], ValueError("x")]:
    it = returns(v)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(e), e.args, repr(e.value))
    try:
        it.send(5)
    except StopIteration as e:
        print("again", repr(e))

def empty():
    return 7
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received!r}"
e = echo()
try:
    e.send("early")
except TypeError as ex:
    print(ex)
print(e.send(None), e.send(1), e.send([2]), next(e))

def order():
    x = (yield 1) + (yield 2)
    print("sum", x)
    y = [(yield "a"), (yield "b")]
    print("list", y)
    z = (yield "c") if (yield "cond") else "no"
    print("cond", z)
    total = 10
    total += yield "aug"
    print("aug", total)
    print("call", max((yield "m1"), (yield "m2")))
    d = {(yield "k"): (yield "v")}
    print("dict", d)
    return "end"
o = order()
values = iter([None, 3, 4, "A", "B", True, "C", 5, 7, 2, "key", "val"])
out = [o.send(next(values))]
try:
    while True:
        out.append(o.send(next(values)))
except StopIteration as ex:
    print(out, ex.value)

lam = lambda: (yield 42)
lg = lam()
print(lam.__name__, next(lg), type(lg).__name__)

def locals_gen(a, b=2, *rest, **kw):
    c = a + b
    yield c
    yield rest, kw
lg = locals_gen(1, 3, 4, 5, k=6)
print(sorted(lg.gi_frame.f_locals))
print(next(lg), next(lg))

def infinite():
    n = 0
    while True:
        yield n
        n += 1
for x in infinite():
    if x > 4:
        break
    print(x, end=" ")
print()
gen = infinite()
print([next(gen) for _ in range(5)], next(gen))

def running():
    yield gen_self.gi_running
    try:
        next(gen_self)
    except ValueError as ex:
        yield str(ex)
gen_self = running()
print(next(gen_self), next(gen_self))

def with_default():
    yield 1
wd = with_default()
print(next(wd), next(wd, "default"), next(wd, None))
