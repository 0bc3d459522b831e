# Files dropped while open are closed, so what was written reaches the file: at once when the
# last reference goes, or when the cycle collector frees a cycle holding the file.
import gc
import os

path = '/tmp/gyre_io_finalize_%d.txt' % os.getpid()
open(path, 'w').write('abc')
print(open(path).read())


def append(text):
    f = open(path, 'a')
    f.write(text)


append('def')
with open(path) as f:
    print(f.read())


class Holder:
    pass


h = Holder()
h.f = open(path + '.bin', 'wb')
h.f.write(b'in a cycle')
h.me = h
del h
gc.collect()
with open(path + '.bin', 'rb') as f:
    print(f.read())

f = open(path, 'w')
f.write('closed twice')
f.close()
f.__del__()
print(open(path).read())


class Noisy(Holder):
    def __del__(self):
        print('Noisy.__del__ then the file')


n = Noisy()
n.f = open(path, 'w')
n.f.write('written by a dropped holder')
n = None
print(open(path).read())
os.remove(path)
os.remove(path + '.bin')
