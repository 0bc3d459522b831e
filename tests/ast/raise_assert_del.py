# raise, raise ... from, assert and del.
def f():
    raise
    raise ValueError
    raise ValueError("message")
    raise ValueError("message") from exc
    raise ValueError from None
    raise make_error() from original_error.__cause__
    raise (yield_ := E)
    raise E if cond else F


assert x
assert x, "message"
assert x == y, f"{x} != {y}"
assert isinstance(value, int), (value, type(value))
assert not failed, \
    "continued message"
assert lambda: 1, lambda: 2

del x
del x, y
del x, y,
del (x)
del (x, y)
del [x, y]
del obj.attr
del obj[0]
del obj[1:2]
del obj.a.b[c].d
del (a, [b, c]), d
del a[0], b.c, (d)
