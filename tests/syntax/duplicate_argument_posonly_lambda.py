g = lambda a, /, b, *, a: 0
