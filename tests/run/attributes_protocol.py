# __getattr__, __getattribute__, __setattr__, descriptors and __set_name__, __init_subclass__.
class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"

l = Lazy()
l.real = 1
print(l.real, l.other)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)

g = Logged()
g.a = 5
print(g.a, hasattr(g, "secret"), getattr(g, "secret", "default"))

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Model:
    size = Field()

m = Model()
m.size = 4
print(m.size, m._size, type(Model.size).__name__)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))

class One(Base, tag="first"): pass
class Two(Base): pass
print(Base.registry)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

w = WithMeta(3)
print(w.v, WithMeta.made_by, type(WithMeta).__name__)
print(getattr(m, "missing", 0), hasattr(m, "size"))
delattr(m, "_size")
print(m.size)
