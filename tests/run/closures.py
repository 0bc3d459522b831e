# Closures, nonlocal, global, late binding and cells shared between functions.
counter_total = 0

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        global counter_total
        count += step
        counter_total += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), counter_total)

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(type(inc.__closure__[0]).__name__)

def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

unbound()
try:
    print(undefined_name)
except NameError as e:
    print(e)
