import types


def gen():
    yield 1


def plain():
    return 1


print(isinstance(gen(), types.GeneratorType), isinstance(plain, types.FunctionType))
print(types.GeneratorType, types.FunctionType, types.ModuleType)
print(isinstance(types, types.ModuleType), types.LambdaType is types.FunctionType)
print(type(plain.__code__) is types.CodeType, isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType))


class C:
    def m(self):
        pass


print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
m = types.ModuleType('made')
print(m, m.__name__, m.__doc__)
m.x = 5
print(m.x, sorted(k for k in vars(m) if not k.startswith('__')))

ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b='two', c=[3]), ns != types.SimpleNamespace())
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('unhashable')


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1))


@types.coroutine
def coro():
    yield 'step'


print(list(coro()))
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
Point = types.new_class('Point', (), {}, lambda ns: ns.update(dims=2))
print(Point.__name__, Point.dims)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(type(gen()).__next__, object))
