class C:
    items = [(last := i) for i in range(3)]
