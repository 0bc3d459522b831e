obj.method(a, key=1, key=2)
