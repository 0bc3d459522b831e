import inspect, types
def g():
    x = 1
    yield x
    y = 2
    yield y
gen = g()
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
next(gen)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
def watch():
    yield inspect.getgeneratorstate(w)
w = watch()
print(next(w))
list(gen)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(inspect.isgenerator(gen), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(len), inspect.isfunction(g), inspect.isclass(int))
print(types.GeneratorType, types.FunctionType, types.SimpleNamespace(a=1, b="x"), types.ModuleType)
try:
    inspect.getgeneratorlocals(1)
except TypeError as e:
    print(e)
print(inspect.iscoroutinefunction(g), inspect.getgeneratorstate((x for x in [])))
