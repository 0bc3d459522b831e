class C:
    def f(self):
        def g():
            nonlocal __x
        return g
