def outer():
    def inner(x, y, **x):
        pass
