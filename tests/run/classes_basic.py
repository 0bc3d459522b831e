# Classes: attributes, inheritance, super, class attributes, MRO, properties, static/class methods.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"

d = Dog("rex")
print(d, d.speak(), d.kind, Animal.kind, Animal.count)
print(Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__)
print(isinstance(d, Animal), issubclass(Dog, object), type(d) is Dog)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()

t = Temperature.make()
t.celsius = 21.5
print(t.celsius, Temperature.unit(), t.unit())
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    del t.celsius
except AttributeError as e:
    print(e)

class Plain:
    pass
p = Plain()
p.x = 1
print(p.__dict__, vars(p))
try:
    p.y
except AttributeError as e:
    print(e)
try:
    class Bad(B, A, C): pass
except TypeError as e:
    print(e)
print(repr(Plain)[:15], str(p).startswith("<__main__.Plain object at 0x"))
