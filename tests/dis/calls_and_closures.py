# Calls with keywords and *args, a closure (cells and free variables), a lambda and a class.
def outer(a, *rest, key=None, **options):
    total = a
    def inner(x):
        nonlocal total
        total += x
        return total
    return inner(len(rest)), sorted(options, key=lambda k: k.upper()), key


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
