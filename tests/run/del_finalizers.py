import gc
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

a = A('a')
del a
print('after del a')
def f():
    x = A('local')
    return 1
f()
print('after f')
lst = [A('in list')]
lst.clear()
class Cyc(A):
    pass
c = Cyc('cycle'); c.me = c
del c
print('before collect')
print(gc.collect() > 0)
saved = []
class Phoenix:
    def __del__(self):
        print('phoenix del')
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
print('cleared again (no second del)')
class Bad:
    def __del__(self):
        raise ValueError('in del')
b = Bad()
del b
print('after bad')
try:
    raise KeyError('pending')
except KeyError:
    x = A('during except')
    del x
    import sys
    print(sys.exc_info()[0])
class Sub(A):
    def __del__(self):
        print('sub del first')
        super().__del__()
s = Sub('sub')
s = None
g = A('global at exit')
def gen():
    try:
        yield A('in generator')
    finally:
        print('gen finally')
it = gen()
v = next(it)
del v
del it
print('end')
