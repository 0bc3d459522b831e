# Decorators (with arguments, stacked, on classes), lambdas, qualnames, globals, docstrings.
calls = []

def trace(label):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            calls.append((label, fn.__name__, args, sorted(kwargs.items())))
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate

def double_result(fn):
    return lambda *a: 2 * fn(*a)

@trace("outer")
@double_result
def add(a, b=10):
    "Adds."
    return a + b

print(add(1), add(1, b=2) if False else add(1, 2), calls)
print(add.__name__, add.__wrapped__.__qualname__, add.__wrapped__.__doc__)

def registry(cls):
    cls.registered = True
    return cls

@registry
class Service:
    """A service."""
    def run(self):
        def step():
            return "step"
        return step
print(Service.registered, Service.__doc__, Service().run().__qualname__, Service.run.__qualname__)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, (lambda x, *, y=3: x * y)(2), (lambda: None).__qualname__)
square = lambda n: n * n
print(list(map(square, range(4))), sorted([3, -1, 2], key=lambda v: -v))

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, outer.__code__.co_varnames)
print(repr(outer).startswith("<function outer at 0x"))
