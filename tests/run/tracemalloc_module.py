# tracemalloc: the counts are each interpreter's own, so only their relations are printed.
import tracemalloc

print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing())
current, peak = tracemalloc.get_traced_memory()
print(isinstance(current, int), peak >= current)
data = [str(i) * 10 for i in range(10000)]
grown, peak_grown = tracemalloc.get_traced_memory()
print(grown > current + 100000, peak_grown >= grown)
del data
after, peak_after = tracemalloc.get_traced_memory()
print(after < grown, peak_after >= peak_grown)


def lines():
    for i in range(100000):
        yield 'line %d' % i


tracemalloc.reset_peak()
base, _ = tracemalloc.get_traced_memory()
count = sum(1 for line in lines() if line.endswith('7'))
now, peak = tracemalloc.get_traced_memory()
print(count, peak - base < 100000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
tracemalloc.stop()
tracemalloc.clear_traces()
print('done')
