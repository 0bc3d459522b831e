class C:
    def f(self):
        return [(y := 1) for x in z]
    items = [[(y := 1) for x in z] for w in v]
