# yield from: delegation of next/send/throw/close, return values, gi_yieldfrom.
import sys

def inner():
    print("inner start")
    x = yield "i1"
    print("inner got", x)
    try:
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        y = yield "i-recovered"
    finally:
        print("inner finally")
    return f"inner result {y}"

def outer():
    print("outer start")
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer done"

o = outer()
print(next(o), o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_running, o.gi_running)
print(o.send("A"))
print(o.send("B"))
try:
    next(o)
except StopIteration as e:
    print("outer returned", e.value, o.gi_yieldfrom)

o = outer(); next(o); o.send(1)
print(o.throw(KeyError("k")))
print(o.send("after throw"))
o = outer(); next(o)
try:
    o.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", e, o.gi_frame)
o = outer(); next(o); o.send(1)
print("close:", o.close(), o.gi_yieldfrom)

# Delegating to plain iterators and class iterators
def over(it):
    result = yield from it
    return result
print(list(over([1, 2])), list(over("xy")), list(over(range(3))), list(over({"a": 1})))
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter result")
        self.i += 1
        return self.i
def take_result(it):
    r = yield from it
    print("result:", r)
print(list(take_result(Counter(3))))
ov = over([1, 2]); next(ov)
try:
    ov.send("x")
except AttributeError as e:
    print("AttributeError:", e)
ov = over(iter([1, 2])); next(ov)
try:
    ov.throw(IndexError("no throw method"))
except IndexError as e:
    print("raised in delegator:", e)
print("closing list delegate:", over(iter([1])).close())

class Coro:
    """An iterator with send/throw/close, like a hand-written coroutine."""
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(("send", v))
        if v == "stop":
            raise StopIteration("coro result")
        return f"coro {v}"
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", typ.__name__, val, tb))
        if typ is KeyError:
            return "coro handled"
        raise typ(val)
    def close(self):
        self.log.append(("close",))
c = Coro()
d = take_result(c)
print(next(d), d.send(1), d.throw(KeyError), d.gi_yieldfrom is c)
try:
    d.send("stop")
except StopIteration:
    pass
print(c.log)
c = Coro(); d = take_result(c); next(d); d.close(); print(c.log)

# Deep and recursive delegation
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1
def run_chain(n):
    total = yield from chain(n)
    yield total
print(list(run_chain(50)))
def depth_gen(n):
    if n:
        yield from depth_gen(n - 1)
    else:
        yield sys._getframe().f_back is not None if hasattr(sys, "_getframe") else True
print(list(depth_gen(20)))

# send values through two levels
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def middle():
    while True:
        result = yield from accumulate()
        print("middle got", result)
m = middle()
next(m)
for v in [1, 2, 3, None, 10, None]:
    print("sent", v, "->", m.send(v))

# gi_yieldfrom at every level; gi_running inside
def level3():
    yield "deep"
def level2():
    yield from level3()
def level1():
    yield from level2()
l1 = level1(); next(l1)
print(l1.gi_yieldfrom.__name__, l1.gi_yieldfrom.gi_yieldfrom.__name__, l1.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
def self_watch():
    yield watcher.gi_running
watcher = self_watch()
def outer_watch():
    yield from watcher
ow = outer_watch()
print(next(ow))

# throw into a generator whose subgenerator finishes during the throw
def finishing():
    try:
        yield 1
    except KeyError:
        return "finished by throw"
def wraps():
    r = yield from finishing()
    yield r
w = wraps(); next(w)
print(w.throw(KeyError))

# GeneratorExit thrown explicitly closes the subiterator first
def sub():
    try:
        yield 1
    finally:
        print("sub closed")
def top():
    try:
        yield from sub()
    except GeneratorExit:
        print("top got GeneratorExit")
        raise
t = top(); next(t)
try:
    t.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# exception raised by the subiterator's close
def bad_close():
    try:
        yield 1
    finally:
        raise ValueError("close failed")
def delegator():
    try:
        yield from bad_close()
    except ValueError as e:
        print("delegator saw", e)
        raise
dg = delegator(); next(dg)
try:
    dg.close()
except ValueError as e:
    print("close raised", e)

# yield from a generator that is already running / exhausted
def exhausted():
    return "nothing"
    yield
def use_exhausted():
    g = exhausted()
    print("first", (yield from g))
    print("again", (yield from g))
print(list(use_exhausted()))
