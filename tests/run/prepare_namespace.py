# A metaclass __prepare__ returning a dict subclass: the class body stores, loads and deletes
# names through its __setitem__/__getitem__/__delitem__ (CPython's STORE_NAME/LOAD_NAME).
class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    a = 1
    b = a + 1
    def f(self): return self.b
    del a
print(C.b, C().f(), hasattr(C, "a"))
class Auto(dict):
    def __init__(self):
        super().__init__()
        self.n = 0
    def __missing__(self, key):
        raise KeyError(key)
    def __setitem__(self, key, value):
        if value is None:
            self.n += 1
            value = self.n
        super().__setitem__(key, value)
class AM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Auto()
class E(metaclass=AM):
    X = None
    Y = None
    Z = X + Y
print(E.X, E.Y, E.Z, len)
