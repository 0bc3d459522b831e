# Edge cases: exception state across in-loop resumption, self-close, return in finally,
# delegating to class iterators, yield inside except.
import sys, gc
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally", sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    for x in g1():
        print("got", x, sys.exc_info()[0].__name__)
        if x == 2:
            break
print("after", sys.exc_info())
def g2():
    yield from g1()
for x in g2():
    print("g2", x)
def inner_raise():
    yield 1
    raise ValueError("boom")
def middle():
    try:
        yield from inner_raise()
    except ValueError as e:
        print("middle caught", e, sys.exc_info()[0].__name__)
        yield "m"
    print("middle exc after", sys.exc_info())
print(list(middle()))
def selfclose():
    yield 1
    try:
        me.close()
    except ValueError as e:
        print("close running:", e)
    yield 2
me = selfclose()
print(list(me))
def gen_in_handler():
    try:
        yield 1
    except Exception:
        pass
    yield sys.exc_info()[0]
gh = gen_in_handler()
next(gh)
try:
    raise TypeError
except TypeError:
    print(gh.throw(IndexError))
print(next(gh, "end"))
def frames():
    f = sys._getframe() if hasattr(sys, "_getframe") else None
    yield 1
def lazy():
    yield from (i * 2 for i in range(3))
    return "lazy done"
def outer():
    r = yield from lazy()
    print("r =", r)
print(list(outer()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(self.n)
        return self.n
def deleg():
    r = yield from It()
    print("It returned", r)
print(list(deleg()))
def closing_delegate():
    try:
        yield from g1()
    finally:
        print("closing_delegate finally")
cd = closing_delegate(); next(cd); del cd
gc.collect()
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
gr = gen_return_in_finally(); next(gr)
print(gr.close())
gr = gen_return_in_finally(); next(gr)
try:
    gr.throw(KeyError)
except StopIteration as e:
    print("stop", e.value)
def yield_in_except():
    try:
        raise ValueError("v")
    except ValueError:
        x = yield sys.exc_info()[1]
        print("resumed in except", sys.exc_info()[1], x)
    print("after except", sys.exc_info())
ye = yield_in_except()
v = next(ye)
print("outside", sys.exc_info(), v)
try:
    ye.send("s")
except StopIteration:
    pass
