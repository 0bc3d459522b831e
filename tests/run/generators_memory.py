# A suspended generator's memory (issue 7: at most 200 bytes for a small one, frame included)
# and what must keep working now that the frame lives inside the generator's allocation: a
# frame held by gi_frame or a traceback outliving its generator, cycles through such a frame,
# names, and the collector finalizing generators in cycles.
import gc
import sys
import tracemalloc


def small():
    yield 1


x = small()
next(x)
print("getsizeof <= 200:", sys.getsizeof(x) <= 200)

# The real allocation, as tracemalloc sees it (Gyre traces its allocator's blocks).
n = 1000
keep = [None] * n
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
for i in range(n):
    x = small()
    next(x)
    keep[i] = x
    x = None
after = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("allocated per generator <= 200:", (after - before) / n <= 200)
del keep


# gi_frame outlives its generator: a created generator's frame keeps its arguments.
def args(a, b=2):
    c = a + b
    yield c


g = args(5)
frame = g.gi_frame
print(frame.f_code.co_name, frame.f_lineno, frame.f_back, sorted(frame.f_locals.items()))
del g
print("after del:", frame.f_code.co_name, frame.f_lineno, frame.f_back, sorted(frame.f_locals.items()))
del frame


# A suspended generator's frame, kept while the generator is dropped (and closed).
def suspended(a):
    b = a * 2
    try:
        yield b
    finally:
        print("suspended: finally")


g = suspended(3)
print(next(g))
frame = g.gi_frame
print(frame.f_lineno, sorted(frame.f_locals.items()))
del g
print("after del:", frame.f_code.co_name, frame.f_back)
del frame


# A traceback keeps the frames of the generators it went through, after they are gone.
def inner(k):
    yield k
    raise ValueError("inner %d" % k)


def outer(k):
    v = yield from inner(k)
    yield v


def capture():
    g = outer(4)
    next(g)
    try:
        next(g)
    except ValueError as e:
        return e


err = capture()
tb = err.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(names)
import traceback
for line in "".join(traceback.format_exception(err)).replace(__file__, "FILE").splitlines():
    if line.strip(" ^"):  # without 3.11's position markers (Gyre has none)
        print(line)
del err, tb


# A frame held by nothing but a cycle through its own locals, its generator gone: collected.
class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def holder(box, token):
    yield box


box = []
g = holder(box, Token("created"))
box.append(g.gi_frame)
del g
print("generator dropped")
del box
gc.collect()
print("collected")


# Generators in cycles are finalized by the collector (their finally blocks run).
def cyclic(token):
    me = yield
    try:
        yield token.name
    finally:
        print("cyclic: finally", token.name)


for i in range(3):
    g = cyclic(Token("cyclic %d" % i))
    next(g)
    print(g.send(g))
del g
gc.collect()
print("collected")


# The names are the function's at the call, and settable.
def named():
    yield 1


named.__name__ = "renamed"
named.__qualname__ = "Some.renamed"
g = named()
print(g.__name__, g.__qualname__, g.gi_code.co_name, repr(g).split(" at ")[0])
named.__name__ = "later"
print(g.__name__)
g.__name__ = "set"
g.__qualname__ = "Q.set"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
try:
    g.__qualname__ = 1
except TypeError as e:
    print(e)
h = small()
print(h.__name__, h.__qualname__, h.gi_code.co_name)


# Introspection of a running, suspended and closed generator.
def introspect():
    me = yield
    print("running:", me.gi_running, me.gi_frame is sys._getframe(), me.gi_suspended)
    yield


g = introspect()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
next(g)
g.send(g)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
g.close()
print(g.gi_frame, g.gi_code.co_name)


# A delegation chain dropped while suspended: every level's finally block runs, inner first.
def level(depth):
    try:
        if depth:
            yield from level(depth - 1)
        else:
            yield "leaf"
    finally:
        print("level", depth, "closed")


g = level(3)
print(next(g), g.gi_yieldfrom.gi_yieldfrom.__name__)
leaf_frame = g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom.gi_frame
del g
print(leaf_frame.f_code.co_name, leaf_frame.f_back)


# A collection while a generator and its frame are torn down (a __del__ of a local calling
# gc.collect()) must not see them as garbage a second time.
class Collector:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, gc.collect() >= 0)


def holding(c):
    yield 1


g = holding(Collector("created, frame held"))
frame = g.gi_frame
del g
del frame
g = holding(Collector("created"))
del g
g = holding(Collector("suspended"))
next(g)
del g


def cycle_in_frame():
    x = [Collector("in a cycle")]
    x.append(x)
    yield x


g = cycle_in_frame()
next(g)
del g
gc.collect()
print("done")
