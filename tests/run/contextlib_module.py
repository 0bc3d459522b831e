# contextlib: contextmanager's exit protocol, suppress, closing, nullcontext, ExitStack.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        AbstractContextManager, redirect_stdout)


@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)


with tag("a") as t:
    print("body", t)

with tag("b"):
    raise KeyError("swallowed")
print("after b")

try:
    with tag("c"):
        raise ValueError("passes")
except ValueError as e:
    print("outside", repr(e), e.__context__)


@contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        print("saw", type(e).__name__)
        raise


try:
    with reraiser():
        raise TypeError("same object")
except TypeError as e:
    print("identity kept", repr(e), e.__context__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(repr(e))


@contextmanager
def yield_after_throw():
    try:
        yield
    except Exception:
        yield


try:
    with yield_after_throw():
        raise ValueError
except RuntimeError as e:
    print(repr(e))


@contextmanager
def converter():
    try:
        yield
    except ValueError as e:
        raise KeyError("converted") from e


try:
    with converter():
        raise ValueError("orig")
except KeyError as e:
    print(repr(e), repr(e.__cause__))


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration kept", repr(e))

try:
    with passthrough():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError kept", repr(e))


@contextmanager
def counted():
    print("start")
    yield
    print("stop")


@counted()
def decorated(x):
    """doc of decorated"""
    print("in decorated", x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__, decorated.__doc__)
print(tag.__name__, tag("z").__doc__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
with suppress():
    pass


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as th:
    print(type(th).__name__)

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

with ExitStack() as stack:
    stack.callback(print, "callback", 1, sep="-")
    print(stack.enter_context(tag("s1")))
    stack.push(lambda *exc: print("pushed", exc[0]))
    stack.callback(print, "callback 2")
    print("in stack")


def suppressing_exit(typ, value, tb):
    print("suppressing", typ.__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise ValueError("gone")
print("suppressed by stack")

with ExitStack() as stack:
    stack.callback(print, "later")
    moved = stack.pop_all()
print("popped")
moved.close()


def raiser(msg):
    raise ValueError(msg)


try:
    with ExitStack() as stack:
        stack.callback(raiser, "first callback")
        stack.callback(raiser, "second callback")
        raise KeyError("body")
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)


class Manager(AbstractContextManager):
    def __exit__(self, *exc):
        print("manager exit", exc[0])


with Manager() as m:
    print(type(m).__name__)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
with redirect_stdout(sink):
    print("captured", 1)
print(sink.parts)


# An exception leaving __exit__ keeps the __context__ ExitStack gave it (None here: the
# suppressed exceptions are not its context).
class CM:
    def __init__(self, n, error=None, swallow=False):
        self.n, self.error, self.swallow = n, error, swallow

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        if self.error:
            raise self.error
        return self.swallow


try:
    with ExitStack() as stack:
        stack.enter_context(CM(1, KeyError("k1")))
        stack.enter_context(CM(2, swallow=True))
        stack.enter_context(CM(3, IndexError("i3")))
        raise ValueError("body")
except Exception as e:
    print(repr(e), repr(e.__context__))


import contextlib


# AbstractContextManager is an ABC whose __subclasshook__ looks for __enter__ and __exit__.
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class Blocked(Duck):
    __exit__ = None


class NoExit(contextlib.AbstractContextManager):
    pass


print(isinstance(Duck(), contextlib.AbstractContextManager),
      isinstance(HalfDuck(), contextlib.AbstractContextManager),
      issubclass(Blocked, contextlib.AbstractContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(sorted(contextlib.AbstractContextManager.__abstractmethods__), contextlib.AbstractContextManager[int])
try:
    NoExit()
except TypeError as e:
    print(e)
