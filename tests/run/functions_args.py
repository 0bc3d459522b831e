# Parameters of every kind, defaults, *args/**kwargs, and CPython's binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=0))
print(f(*[1, 2, 3], **{"c": 9, "z": 1}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))

def kw_only(*, k):
    return k

def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

check(lambda: f())
check(lambda: f(1, 2))
check(lambda: f(1, c=1, a=2))
check(lambda: pos_only(1, b=2, c=3))
check(lambda: pos_only(1, 2, 3, 4))
check(lambda: kw_only(1))
check(lambda: kw_only())
check(lambda: kw_only(k=1, j=2))
check(lambda: (lambda x, y: 0)())
check(lambda: (lambda x=1: 0)(1, 2))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
print(kw_only.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
