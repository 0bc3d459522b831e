# Function definitions with every parameter kind.
def f0():
    pass


def f1(a):
    pass


def f2(a, b, c):
    pass


def f3(a, b=1, c=2):
    pass


def f4(*args):
    pass


def f5(**kwargs):
    pass


def f6(*args, **kwargs):
    pass


def f7(a, /):
    pass


def f8(a, b, /, c, d):
    pass


def f9(a, /, b, *, c):
    pass


def f10(*, a, b=2, c):
    pass


def f11(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    pass


def f12(a=1, /, b=2, *, c, d=4):
    pass


def f13(a, *args, b, **kw):
    pass


def f14(a, /, *, b):
    pass


def f15(a, b=1, /):
    pass


def f16(self, x,):
    pass


def f17(
    a,
    b,
    /,
    c,
    *,
    d,
    **e,
):
    pass


def f18(*args,):
    pass


def f19(**kwargs,):
    pass


def f20(a, *, b,):
    pass


def f21(a=(1, 2), b=[x for x in y], c={'k': 'v'}, d=lambda q: q, e=-1, f=not g):
    pass


def f22(a, b=None, *c, d=None, e, **f):
    return a, b, c, d, e, f
