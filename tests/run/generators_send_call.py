# g.send(v) called from Python code: values, StopIteration, finalization of a temporary
# generator, errors, re-entry and sending into a just-started generator.
import sys
def g():
    x = yield 1
    while x:
        x = yield x * 2
    return "ret"
a = g()
print(a.send(None), a.send(5), a.send(7))
try:
    a.send(0)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    a.send(1)
except StopIteration as e:
    print("stop again", e.args)
def fin():
    try:
        yield 1
    finally:
        print("finally on drop")
print(fin().send(None))
print("after")
def bad():
    yield 1
    raise KeyError("x")
b = bad(); b.send(None)
try:
    b.send(3)
except KeyError as e:
    print("err", e)
def rec():
    yield r.send(None)
r = rec()
try:
    r.send(None)
except ValueError as e:
    print(e)
c = g()
try:
    c.send(3)
except TypeError as e:
    print(e)
def early():
    return 5
    yield
try:
    early().send(None)
except StopIteration as e:
    print("early", e.value)

# next(g) from Python takes the same path.
def counter():
    yield 1
    yield 2
    return "done"
c = counter()
print(next(c), next(c), next(c, "default"))
try:
    next(counter_done := counter()) and next(counter_done) and next(counter_done)
except StopIteration as e:
    print("next stop", e.value)
print(next(fin()))
def raiser():
    raise IndexError("inside next")
    yield
try:
    next(raiser())
except IndexError as e:
    print("raised", e)
def self_next():
    yield next(sn)
sn = self_next()
try:
    next(sn)
except ValueError as e:
    print(e)
