# time, timeit and tracemalloc: clocks are checked by comparisons (their values vary), the
# calendar functions on fixed timestamps.
import time
import timeit
import tracemalloc

t = time.time()
print(isinstance(t, float), t > 1.6e9, isinstance(time.time_ns(), int), time.time_ns() > 1.6e18)
for clock in [time.monotonic, time.perf_counter, time.process_time]:
    a = clock()
    b = clock()
    print(clock.__name__, isinstance(a, float), b >= a)
for clock in [time.monotonic_ns, time.perf_counter_ns, time.process_time_ns]:
    a = clock()
    b = clock()
    print(clock.__name__, isinstance(a, int), b >= a)
start = time.perf_counter()
time.sleep(0.01)
time.sleep(0)
print(time.perf_counter() - start >= 0.01)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(e)
try:
    time.sleep('x')
except TypeError as e:
    print(e)

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, len(g), tuple(g)[:3], g[0])
g = time.gmtime(1700000000.75)
print(g, time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %b %j %%', g))
print(time.asctime(time.gmtime(1234567890)))
print(isinstance(time.localtime(), time.struct_time), type(time.localtime()).__name__)
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(time.strftime('%Y', time.localtime()) == str(time.localtime().tm_year))

# timeit with callables
calls = []
print(isinstance(timeit.timeit(lambda: calls.append(1), number=100), float), len(calls))
print(len(timeit.repeat(lambda: None, repeat=3, number=10)))
print(timeit.default_timer is time.perf_counter)
timer = timeit.Timer(lambda: sum(range(10)))
print(timer.timeit(number=5) >= 0, isinstance(timeit.timeit(number=10), float))
ticks = iter(range(100))
print(timeit.timeit(lambda: None, timer=lambda: next(ticks), number=3))

# tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing())
before, _ = tracemalloc.get_traced_memory()
data = [[i] for i in range(10000)]
current, peak = tracemalloc.get_traced_memory()
print(current > before + 100000, peak >= current)
del data
after, peak2 = tracemalloc.get_traced_memory()
print(after < current, peak2 >= peak)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] < peak)
squares = list(x ** 2 for x in range(200000))
print(tracemalloc.get_traced_memory()[1] > 1024 * 1024)
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

# out-of-range timestamps
for call in [lambda: time.sleep(1e300), lambda: time.gmtime(1e300), lambda: time.gmtime(float('nan'))]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
