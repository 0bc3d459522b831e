# Chains of `yield from` delegations: what resuming the innermost generator directly
# (vm/GENERATORS.md, "Delegation chains") must not change. Compared with CPython.
import gc
import inspect
import sys

state = inspect.getgeneratorstate
levels = {}


def describe(name):
    g = levels[name]
    yf = g.gi_yieldfrom
    yf = yf.__name__ if yf is not None and hasattr(yf, "__name__") else type(yf).__name__
    fr = g.gi_frame
    line = fr.f_lineno if fr is not None else None
    back = fr.f_back.f_code.co_name if fr is not None and fr.f_back is not None else None
    return f"{name}:{state(g)}:{g.gi_running}:{yf}:{line}:{back}"


def snapshot():
    return " ".join(describe(n) for n in sorted(levels))


def leaf(n):
    received = []
    for i in range(n):
        x = yield ("leaf", i)
        received.append(x)
        if x == "look":
            print("  inside leaf:", snapshot())
    return ("leaf-done", received)


def mid(n):
    r = yield from leaf(n)
    print("  mid got", r)
    r2 = yield ("mid-own", 1)
    return ("mid-done", r2)


def top(n):
    r = yield from mid(n)
    print("  top got", r)
    return "top-done"


def root(n):
    r = yield from top(n)
    print("  root got", r)
    return "root-done"


def build(n):
    levels.clear()
    g0 = root(n)
    levels["g0"] = g0
    first = next(g0)
    levels["g1"] = g0.gi_yieldfrom
    levels["g2"] = levels["g1"].gi_yieldfrom
    levels["g3"] = levels["g2"].gi_yieldfrom
    return g0, first


print("== next/send from outside")
g0, first = build(3)
print(first)
print(" suspended:", snapshot())
print(g0.send("a"))
print(g0.send("look"))
print(" suspended again:", snapshot())
print(g0.send("b"))
print(" after leaf returned:", snapshot())
try:
    g0.send("c")
except StopIteration as e:
    print("StopIteration", e.value)
print(" closed:", snapshot())

print("== for loop")
levels.clear()
for v in root(2):
    print(v)

print("== list() and sum over a deep chain")


def relay(d, n):
    if d == 0:
        r = yield from range(n)
        return r
    r = yield from relay(d - 1, n)
    return r


def relay_gen(d, n):
    if d == 0:
        for i in range(n):
            yield i
        return d
    r = yield from relay_gen(d - 1, n)
    return r + 1


print(list(relay(5, 4)), sum(relay_gen(50, 100)))
g = relay_gen(20, 3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

print("== next() on an intermediate while the root is suspended")
g0, first = build(4)
print(first)
print(next(levels["g2"]))
print(" after g2 resumed:", snapshot())
print(g0.send("x"))
print(" after g0 resumed:", snapshot())
print(levels["g1"].send("y"))
print(g0.send("look"))
print(" now:", snapshot())
print(list(g0))
print(" now:", snapshot())

print("== throw through the chain")


def catcher(name, inner):
    try:
        r = yield from inner
    except KeyError as e:
        print("  ", name, "caught", repr(e))
        r = yield (name, "recovered")
    return r


g0, first = build(3)
print(first)
try:
    g0.throw(ValueError("bad"))
except ValueError as e:
    print("ValueError out of the chain:", e)
print(" after throw:", snapshot())

for where in range(4):
    def bottom():
        yield "b0"
        raise KeyError("from leaf")

    chain = bottom()
    for i in range(4):
        chain = catcher(f"level{i}", chain) if i == where else (lambda inner: (yield from inner))(chain)
    print(where, next(chain), next(chain))

g = catcher("a", catcher("b", leaf(3)))
print(next(g))
print(g.throw(KeyError("thrown")))
try:
    g.send(7)
except StopIteration as e:
    print("StopIteration", e.value)

print("== close through the chain")


def closer(name, inner):
    try:
        yield from inner
    finally:
        print("  finally", name)


c = closer("c0", closer("c1", closer("c2", leaf(5))))
print(next(c), c.send(1))
c.close()
print(inspect.getgeneratorstate(c))

print("== a new yield from to a partially consumed chain")


def chain(name, n):
    r = yield from closer(name + "-x", closer(name + "-y", leaf(n)))
    return r


def switcher(other):
    a = yield from leaf(2)
    print("  switcher first", a)
    b = yield from other
    print("  switcher second", b)
    return "switched"


other = chain("o", 4)
print(next(other), next(other))
s = switcher(other)
print(list(s))

print("== a non-generator iterator at the bottom")


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter-done")
        self.i += 1
        return self.i

    def send(self, v):
        return self.__next__()


def over_iter(it):
    r = yield from it
    return r


def upper(it):
    r = yield from over_iter(it)
    print("  upper got", r)
    return r


print(list(upper(Counter(3))), list(upper(iter([4, 5]))))
u = upper(Counter(3))
print(next(u), u.send(9), u.send(None))

print("== exceptions uncaught at each level")


def raiser(kind):
    yield 1
    if kind == "stop":
        raise StopIteration("inner stop")
    raise ZeroDivisionError("deep")


def wrap(inner):
    return (yield from inner)


for kind in ("zero", "stop"):
    g = wrap(wrap(wrap(raiser(kind))))
    next(g)
    try:
        next(g)
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names, type(e.__cause__).__name__)

print("== generator already executing")


def reenter():
    x = yield 1
    print("  inside:", snapshot())
    for name in ("l0", "l1", "l2", "l3"):
        try:
            next(levels[name])
        except ValueError as e:
            print("  ", name, e)
        try:
            levels[name].send(1)
        except ValueError as e:
            print("  ", name, e)
        try:
            levels[name].throw(KeyError)
        except ValueError as e:
            print("  ", name, e)
        try:
            levels[name].close()
        except ValueError as e:
            print("  ", name, e)
    yield 2


def r_mid(inner):
    return (yield from inner)


levels.clear()
levels["l3"] = reenter()
levels["l2"] = r_mid(levels["l3"])
levels["l1"] = r_mid(levels["l2"])
levels["l0"] = r_mid(levels["l1"])
print(next(levels["l0"]))
print(levels["l0"].send(0))
print(snapshot())

print("== exc_info inside a chain")


def show_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def handler():
    try:
        raise KeyError
    except KeyError:
        yield from show_exc()


h = handler()
print(next(h))
try:
    raise IndexError
except IndexError:
    print(next(h))
try:
    raise IndexError
except IndexError:
    print(next(handler()))

print("== dropping the root of a suspended chain")
d = closer("d0", closer("d1", closer("d2", leaf(3))))
print(next(d), next(d))
del d
print("dropped")

print("== a chain in a reference cycle")


def cyclic(name, holder):
    try:
        yield from closer(name + "-inner", leaf(5))
    finally:
        print("  finally", name)


holder = []
cg = cyclic("cyc", holder)
holder.append(cg)
print(next(cg), next(cg))
del cg, holder
gc.collect()
print("collected")

print("== recursion limit while resuming a deep chain")


keep = []  # the levels below the failure are closed later, at a shallow depth


def deep(d):
    if d == 0:
        yield 0
        yield 1
        return
    sub = deep(d - 1)
    keep.append(sub)
    yield from sub


limit = sys.getrecursionlimit()
g = deep(200)
print(next(g))


def nest(k):
    if k == 0:
        try:
            return next(g)
        except RecursionError:
            return "RecursionError"
    return nest(k - 1)


print(nest(limit - 100))
try:
    print(next(g))
except StopIteration:
    print("chain finished by the RecursionError")
keep.clear()

print("== uncaught exception from the leaf")


def boom():
    yield "ready"
    raise ZeroDivisionError("boom")


def level_a(inner):
    yield from inner


def level_b(inner):
    yield from level_a(inner)


g = level_b(boom())
print(next(g))
next(g)
