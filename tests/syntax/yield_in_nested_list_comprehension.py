def f():
    return [[(yield x) for x in y] for y in z]
