# Decorators: simple, dotted, with arguments, stacked, arbitrary expressions.
@decorator
def a():
    pass


@module.decorator
def b():
    pass


@decorator(1, 2, key="value")
def c():
    pass


@first
@second(arg)
@third.attr(*args, **kwargs)
def d():
    pass


@decorator
class E:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, value):
        pass


@decorators[0]
def f():
    pass


@(lambda fn: fn)
def g():
    pass


@a.b.c(d)(e)
def h():
    pass


@x if cond else y
def i():
    pass


@(yield_ := deco)
def j():
    pass


@functools.wraps(wrapped)
async def k():
    pass


@dataclass(frozen=True, slots=True)
@total_ordering
class Point:
    x: int
    y: int = 0


@ decorator_with_space
def l():
    pass


@decorator  # comment after decorator
# comment between decorator and def
def m():
    pass
