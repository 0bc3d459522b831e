def f():
    x = 1
    def g():
        global x
        def h():
            nonlocal x
            x = 2
        return h
    return g
