import timeit
print(type(timeit.timeit('x=1+1', number=1000)))
print(type(timeit.timeit('sum(r)', setup='r=range(10)', number=100)))
r = timeit.repeat('pass', number=10, repeat=3)
print(len(r), all(t >= 0 for t in r))
calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) >= 0, len(calls))
t = timeit.Timer('for i in range(3):\n    y = i', setup='import math\nz = 2')
print(t.timeit(5) >= 0)
def work():
    return sum(range(10))
print(timeit.timeit('work()', globals={'work': work}, number=3) >= 0)
for bad in ['x = (', 'return 1']:
    try:
        timeit.timeit(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.filename)
try:
    timeit.Timer(5)
except ValueError as e:
    print(e)
try:
    timeit.Timer('pass', setup=5)
except ValueError as e:
    print(e)
try:
    timeit.timeit('undefined_name', number=2)
except NameError as e:
    print(e)
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.enable(), gc.disable())
print(gc.isenabled())
gc.enable()
t = timeit.Timer('x = 1')
print(t.src.splitlines()[1:4])
