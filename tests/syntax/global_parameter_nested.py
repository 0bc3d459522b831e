def f():
    def g(a, b):
        global b
