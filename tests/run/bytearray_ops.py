# bytearray: construction, mutation (items, slices, methods), operators, and the bytes methods
# returning bytearray.
import sys


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


t('new', lambda: (bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray(range(65, 68)),
                  bytearray('é', 'utf-8'), bytearray('ab', encoding='ascii'), bytearray(bytearray(b'x'))))
t('new str', lambda: bytearray('abc'))
t('new float', lambda: bytearray(1.5))
t('new neg', lambda: bytearray(-1))
t('new 256', lambda: bytearray([256]))
t('new bytes enc', lambda: bytearray(b'x', 'ascii'))
t('new bad kw', lambda: bytearray(x=1))
t('new many', lambda: bytearray(1, 2, 3, 4))


class WithBytes:
    def __bytes__(self):
        return b'xy'


t('new __bytes__', lambda: bytearray(WithBytes()))

a = bytearray(b'hello')
print(a, repr(a), str(a), len(a), a[0], a[-1], a[1:3], a[::-1], list(a))
print(type(iter(a)).__name__, list(reversed(a)), 108 in a, b'ell' in a, bytearray(b'lo') in a)

a[0] = 72
print(a)
a[1:3] = b'EY'
print(a)
a[1:3] = b''
print(a)
a[0:0] = bytearray(b'>>')
print(a)
a[::2] = b'abc'
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
a[:] = [1, 2, 3]
print(a)
a[len(a):] = range(4, 6)
print(a)


def setitem(i, v):
    a[i] = v


def delitem(i):
    del a[i]


t('set out', lambda: setitem(10, 1))
t('set str', lambda: setitem(0, 'a'))
t('set 256', lambda: setitem(0, 256))
t('set slice int', lambda: setitem(slice(0, 1), 5))
t('set slice str', lambda: setitem(slice(0, 1), 'x'))
t('set ext slice', lambda: setitem(slice(None, None, 2), b'x'))
t('del out', lambda: delitem(10))
t('set key str', lambda: setitem('x', 1))
t('get key str', lambda: a['x'])
t('get out', lambda: a[10])

b = bytearray(b'abc')
b.append(100)
b.append(True)
print(b)
b.extend(b'ef')
b.extend([103, 104])
b.extend(bytearray(b'!'))
b.extend(x for x in range(48, 50))
print(b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(65)
print(b)
c = b.copy()
c.reverse()
print(c, b, c is b)
c.clear()
print(c, len(c))
t('append str', lambda: b.append('a'))
t('append 256', lambda: b.append(256))
t('pop empty', lambda: bytearray().pop())
t('pop out', lambda: b.pop(10))
t('pop str', lambda: b.pop('x'))
t('remove missing', lambda: b.remove(5))
t('remove str', lambda: b.remove('a'))
t('extend int', lambda: b.extend(1))
t('extend str', lambda: b.extend('ab'))
t('extend mixed', lambda: b.extend([1, 'a']))
t('extend 300', lambda: b.extend([300]))
t('insert str', lambda: b.insert('a', 1))
t('insert value', lambda: b.insert(0, 'a'))

d = bytearray(b'ab')
e = d
d += b'cd'
d += bytearray(b'e')
print(d, e is d)
d *= 2
print(d, e is d)
d *= 0
print(d, e is d)


def iadd_str():
    global d
    d += 'x'


t('iadd str', iadd_str)
t('add', lambda: (bytearray(b'a') + b'b', b'a' + bytearray(b'b'), bytearray(b'a') + bytearray(b'b')))
t('add str', lambda: bytearray(b'a') + 'x')
t('add int', lambda: bytearray(b'a') + 1)
t('mul', lambda: (bytearray(b'ab') * 2, 3 * bytearray(b'x'), bytearray(b'ab') * 0))
t('mul str', lambda: bytearray(b'a') * 'x')
t('compare', lambda: (bytearray(b'ab') == b'ab', bytearray(b'ab') == 'ab', bytearray(b'ab') < b'b',
                      bytearray(b'ab') >= bytearray(b'ab'), b'ab' == bytearray(b'ab')))
t('lt str', lambda: bytearray(b'a') < 'x')
t('hash', lambda: hash(bytearray()))
t('dict key', lambda: {bytearray(): 1})
t('bytes()', lambda: (bytes(bytearray(b'ab')), b''.join([bytearray(b'a'), b'b']), str(bytearray(b'a'), 'ascii')))

# the shared methods return bytearray
x = bytearray(b' a,b c ')
for r in [x.strip(), x.split(), x.split(b','), x.replace(b'a', b'A'), x.upper(), x.center(9, b'*'),
          x.partition(b','), x.rpartition(b'z'), bytearray(b'-').join([b'1', b'2']), x.translate(None, b' '),
          x.zfill(9), x.ljust(8), x.expandtabs(), x.splitlines(), x.removeprefix(b' '), bytearray.fromhex('4142'),
          x[1:3], x * 1, x.copy(), x.title(), x.swapcase(), x.lower(), x.capitalize(), x.lstrip(), x.rstrip(b' ')]:
    print(repr(r))
print(x.find(b','), x.count(32), x.index(98), x.startswith(b' a'), x.endswith(bytearray(b' ')), x.isspace(),
      x.decode(), x.hex(':'), x.rfind(b'c'), x.isascii())
t('index missing', lambda: x.index(b'zz'))
t('find str', lambda: x.find('a'))
t('in 300', lambda: 300 in x)
t('mod', lambda: bytearray(b'%s-%d') % (b'a', 5))


class BA(bytearray):
    pass


s = BA(b'sub')
s.attr = 1
s.append(33)
print(repr(s), s.attr, type(s.upper()).__name__, type(s + b'x').__name__, isinstance(s, bytearray), s == b'sub!')

# sizes grow with the buffer
small, big = bytearray(b'x'), bytearray(b'x' * 1000)
print(sys.getsizeof(big) > sys.getsizeof(small) + 900, sys.getsizeof(b'x' * 1000) > sys.getsizeof(b'x') + 900)
print(big.__alloc__() >= 1001)

z = bytearray(b'abcdef')
z[1:2] = [65, 66]
print(z)
z[::-2] = b'1234'
print(z)
del z[::-3]
print(z)
t('set slice items', lambda: setitem(slice(0, 1), ['a']))
t('set slice byte', lambda: setitem(slice(0, 1), [300]))
t('set slice none', lambda: setitem(slice(0, 1), None))
print(bytearray.__hash__, bool(bytearray()), bool(bytearray(b'\0')))
a = bytearray(b'abc')
a[1:] = a
a = a + a
a.extend(a)
print(a)
a.__init__(b'xy')
print(a)
a.__init__()
print(a)
