def f():
    *a
