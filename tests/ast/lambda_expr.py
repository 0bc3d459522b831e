# Lambdas with every parameter kind.
f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2: x * y
f = lambda *args: args
f = lambda **kwargs: kwargs
f = lambda *args, **kwargs: (args, kwargs)
f = lambda a, /: a
f = lambda a, b, /, c: c
f = lambda a, /, b, *, c: c
f = lambda *, a, b=2: a
f = lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0
f = lambda a=1, /, b=2, *, c, d=4: 0
f = lambda x,: x
f = lambda *a,: a
f = lambda: (yield)
f = lambda: lambda: lambda: 0
f = lambda x: lambda y: x + y
f = lambda x: x if x else -x
f = lambda: (1, 2)
f = lambda: [i for i in range(3)]
f = lambda x=lambda: 1: x()
f = lambda self: self.value
sorted(items, key=lambda item: (item[1], -item[0]))
map(lambda x, y: x * y, a, b)
f = (lambda: 0)()
f = lambda *, a: a
f = lambda a, *b, c=1, **d: (a, b, c, d)
f = lambda: not x
f = lambda: a or b
f = lambda x: (y := x)
