# bytes and bytearray through the library: io, json, re, random, ord, sum.
import io
import json
import os
import random
import re

b = io.BytesIO(bytearray(b'one\ntwo\n'))
b.seek(0, 2)
b.write(bytearray(b'three'))
print(b.getvalue(), b.seek(0), b.readline(), b.readlines())

path = os.path.join(os.getcwd(), '_bytes_stdlib_tmp.bin')
with open(path, 'wb') as f:
    f.write(bytearray(b'abc\n\xff'))
    f.write(b'def')
with open(path, 'rb') as f:
    print(f.readline(), f.read())
with open(path, 'w', encoding='latin-1') as f:
    f.write('é€'.encode('latin-1', 'replace').decode('latin-1'))
with open(path, encoding='utf-8', errors='surrogateescape') as f:
    print(ascii(f.read()))
os.remove(path)

print(json.loads(bytearray(b'{"a": [1, "\\u00e9"]}')), json.loads(b'"x"'))
try:
    json.loads(1)
except TypeError as e:
    print(e)

print(re.findall(rb'\d+', b'a1b22c333'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(rb',', b'a,b'))
print(re.match(rb'\xff+', b'\xff\xffx').group(0))

r1, r2 = random.Random(), random.Random()
r1.seed(b'abc', version=1)
r2.seed('abc', version=1)
print(r1.random() == r2.random())

print(ord(bytearray(b'A')), ord(b'\xff'))
for start in [b'', bytearray()]:
    try:
        sum([b'a'], start)
    except TypeError as e:
        print(e)

import copy
a = bytearray(b'xy')
c, d = copy.copy(a), copy.deepcopy([a])
print(c, c is a, d, d[0] is a, copy.copy(b'ab'), copy.deepcopy(b'ab'))


class BA(bytearray):
    pass


s = BA(b'ab')
s.k = [1]
c, d = copy.copy(s), copy.deepcopy(s)
print(c, c.k is s.k, d, d.k is s.k, type(d).__name__)
print(int(bytearray(b' 12 ')), int(bytearray(b'ff'), 16), float(bytearray(b'1.5')))

s = bytearray(b'a1b22c')
m = re.search(rb'\d+', s)
print(m.group(), m.span(), type(m.string).__name__, re.findall(rb'\d', s), re.sub(rb'\d', b'#', s), re.split(rb'\d+', s))
print(re.fullmatch(rb'[a-c0-9]+', s) is not None, [x.group() for x in re.finditer(rb'[a-z]', s)])
try:
    re.match('a', s)
except TypeError as e:
    print(e)

import collections.abc as a
print(isinstance(b'', a.ByteString), isinstance(bytearray(), a.ByteString), isinstance('', a.ByteString), isinstance([], a.ByteString))
print(isinstance(b'', a.Sequence), isinstance(bytearray(), a.MutableSequence), isinstance(bytearray(), a.Hashable), isinstance(b'', a.Hashable))
