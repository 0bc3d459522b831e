# Finalization: dropping a suspended generator closes it at once; cycles via gc.collect().
import gc

def resource(name):
    print("acquire", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("release", name)

r = resource("a")
next(r)
print("dropping a")
del r
print("dropped a")

r = resource("b")
next(r)
r = None
print("rebound b")

def use():
    g = resource("c")
    next(g)
    print("leaving use")
use()
print("after use")

never = resource("never started")
del never
print("unstarted dropped quietly")

done = resource("done")
print(list(done))
del done

for item in resource("loop"):
    print("got", item)
    break
print("after break")

print([x for x in resource("comp")][:1])

def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
b = bad_cleanup()
next(b)
del b
print("program continues")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
del s
print("still running")

class Node:
    pass
def cyclic(node):
    try:
        yield 1
    finally:
        print("cyclic finally")
n = Node()
n.gen = cyclic(n)
next(n.gen)
n.self = n
del n
print("collected", gc.collect() > 0)

def self_ref():
    me = yield
    try:
        yield 1
    finally:
        print("self_ref finally")
sr = self_ref()
next(sr)
sr.send(sr)
del sr
gc.collect()
print("after collect")

def resurrect():
    try:
        yield 1
    finally:
        global saved
        saved = "saved from finally"
rs = resurrect(); next(rs); del rs
print(saved)

def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
nf = nested_finally(); next(nf); del nf

def outer_res():
    try:
        yield from resource("delegated")
    finally:
        print("outer_res finally")
o = outer_res(); next(o); del o

left = resource("left at exit")
next(left)
print("end of program")
