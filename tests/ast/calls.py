# Calls: positional, keyword, starred, double-starred, generator argument, chains.
f()
f(a)
f(a, b)
f(a, b,)
f(key=1)
f(a, key=1)
f(a, b=1, c=2)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(a, *args, b, *more, key=1, **kw, other=2, **kw2)
f(*a, *b)
f(**a, **b)
f(key=1, *args)
f(a, key=1, *args, **kw)
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(x for x in y if x for z in x)
f(*[1, 2], **{"a": 1})
f(a)(b)(c)
f()()()
f().g().h()
obj.method(arg).other(key=val)[0].final()
f(lambda x: x, key=lambda y: y)
f(a if b else c)
f(not a)
f(-1, +2, ~3)
f(*a or b)
f(**a or b)
f(a)[b](c).d
f(
    a,
    b,
    key=value,
)
print("hello", "world", sep=", ", end="\n", file=sys.stderr, flush=True)
super().__init__()
type(obj).__name__
getattr(obj, "attr", None)()
f(a=1)(b=2)
f(*args, key=value, **kwargs)
f(a for a in b)(c)
f(
    # comment inside call
    x,  # trailing comment
)
f(*(1, 2))
f(**{**a, **b})
f(yield_value)
