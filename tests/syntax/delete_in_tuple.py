del a, f(), b
