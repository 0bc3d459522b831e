# open() and io: text and binary files, modes, newlines, encodings, positions, errors; StringIO
# and BytesIO. Files live in a temporary folder that is removed at the end.
import io
import os

base = os.path.join(os.getcwd(), '_io_module_tmp')
os.makedirs(base, exist_ok=True)
path = os.path.join(base, 'data.txt')
os.chdir(base)

with open('data.txt', 'w') as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second line\r\n'), f.write('third\rfourth'))
    f.writelines(['\n', 'a', 'b\n'])
    print('x', 'y', sep='-', end='!\n', file=f)
print(f.closed)
print(repr(f))

with open('data.txt') as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(repr(f.read(3)), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open('data.txt', newline='') as f:
    print(list(f))
with open('data.txt', newline='\r\n') as f:
    print(f.readlines())
with open('data.txt', newline='\r') as f:
    print(f.readlines())
with open('data.txt', 'rb') as f:
    print(repr(f))
    data = f.read()
    print(data, len(data), type(data).__name__)
with open('data.txt', 'rb') as f:
    print(f.readline(), f.read(4), f.tell(), f.readlines())

for number, line in enumerate(open('data.txt')):
    print(number, repr(line))

# append, exclusive creation, read/write modes, seek and tell
with open('data.txt', 'a') as f:
    print(f.write('appended\n'), f.mode)
with open('data.txt') as f:
    print(f.read().splitlines()[-2:])
with open('data.txt', 'r+') as f:
    print(f.read(5), f.tell())
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(f.readline(), end='')
    print(f.seek(0, 2) > 0)
with open('new.txt', 'x') as f:
    f.write('created')
try:
    open('new.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
with open('new.txt', 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.read())
with open('bin.dat', 'wb') as f:
    print(repr(f), f.write(b'\x00\x01binary\xff'))
with open('bin.dat', 'ab') as f:
    f.write(b'more')
with open('bin.dat', 'rb') as f:
    print(f.read(3), f.read(), f.read())
    f.seek(2)
    print(f.tell(), f.read(6))

# encodings
with open('enc.txt', 'w', encoding='utf-8') as f:
    print(repr(f))
    f.write('héllo wörld €\n')
with open('enc.txt', 'rb') as f:
    print(f.read())
with open('enc.txt', encoding='latin-1') as f:
    print(repr(f.read()))
with open('enc.txt', 'w', encoding='latin-1') as f:
    f.write('café')
with open('enc.txt', 'rb') as f:
    print(f.read())
try:
    with open('enc.txt', encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    with open('enc.txt', 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    open('enc.txt', encoding='klingon')
except LookupError as e:
    print('LookupError', e)

# errors
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
try:
    open('')
except FileNotFoundError as e:
    print(e)
try:
    open(base)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base)
try:
    open(os.path.join(base, 'no_dir', 'x.txt'), 'w')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for mode in ['rw', 'rr', 'z', 'bt', '+', 'b']:
    try:
        open('data.txt', mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [{'encoding': 'utf-8'}, {'newline': '\n'}]:
    try:
        open('data.txt', 'rb', **kwargs)
    except ValueError as e:
        print(e)
try:
    open('data.txt', newline='x')
except ValueError as e:
    print(e)
try:
    open(42.0)
except TypeError as e:
    print(e)
f = open('data.txt')
f.close()
f.close()
g = open('data.txt', 'rb')
g.close()
for call in [f.read, f.readline, lambda: f.write('x'), lambda: next(iter(f)), f.tell, f.flush,
             f.fileno, f.readable, f.writable, f.isatty, lambda: f.__enter__(), g.read,
             g.readline, lambda: iter(g), g.tell, g.flush, g.fileno, g.readable]:
    try:
        call()
    except ValueError as e:
        print(e)
with open('data.txt', 'w') as f:
    try:
        f.write(5)
    except TypeError as e:
        print(e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError))
with open('data.txt', 'rb') as f:
    try:
        f.write('text')
    except (TypeError, io.UnsupportedOperation) as e:
        print(type(e).__name__)


# print(file=...) with any object that has write()
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


c = Collector()
print('a', 1, [2], sep=', ', file=c)
print(c.parts)

# StringIO and BytesIO
s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO('one\ntwo\nthree')
print(list(s), s.tell())
s.seek(4)
s.write('TWO')
print(repr(s.getvalue()))
print(io.StringIO('a\nb\n').readlines())
with io.StringIO() as s:
    print('via print', 42, file=s)
    print(repr(s.getvalue()))
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell())
b = io.BytesIO()
print(b.write(b'xyz'), b.getvalue())
b.seek(1)
b.write(b'Y')
print(b.getvalue())

# a TextIOWrapper over an in-memory binary stream
t = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\nlast'))
print(t.readlines())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='latin-1')
print(w.write('caf\xe9\n'))
w.flush()
print(b.getvalue())

# clean up
os.chdir('..')
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))

# readlines(hint) stops once the lines read reach hint characters/bytes.
for stream in (io.BytesIO(b'a\nbb\nccc\n'), io.StringIO('a\nbb\nccc\n')):
    print(stream.readlines(2), stream.readlines(), stream.readlines(0))
path = 'readlines_hint.txt'
with open(path, 'w') as f:
    f.write('a\nbb\nccc\n')
with open(path) as f, open(path, 'rb') as g:
    print(f.readlines(2), g.readlines(2), f.readlines(1), g.readlines(-1))
os.remove(path)
