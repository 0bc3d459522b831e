# bytes methods: results and CPython's error messages (bytearray arguments accepted everywhere).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)


B = b'abcabc'
BA = bytearray(b'bc')

print(len([m for m in dir(bytes) if not m.startswith('_')]))

# searching
t('find', lambda: (B.find(b'c'), B.find(b'c', 3), B.find(b'c', 3, 5), B.find(b'x'), B.find(b''), B.find(b'', 7)))
t('find int', lambda: (B.find(98), B.find(98, 2), B.find(True)))
t('find ba', lambda: B.find(BA))
t('rfind', lambda: (B.rfind(b'a'), B.rfind(b'a', 0, 3), B.rfind(99), B.rfind(b'')))
t('find neg', lambda: (B.find(b'b', -3), B.rfind(b'b', -10, -2)))
t('find None', lambda: B.find(b'b', None, None))
t('find str', lambda: B.find('a'))
t('find 256', lambda: B.find(256))
t('find -1', lambda: B.find(-1))
t('find float', lambda: B.find(1.0))
t('find bound', lambda: B.find(b'a', 'x'))
t('index', lambda: (B.index(b'b'), B.rindex(b'b'), B.index(99, 3)))
t('index missing', lambda: B.index(b'z'))
t('rindex missing', lambda: B.rindex(b'a', 1, 3))
t('count', lambda: (B.count(b'a'), B.count(97), B.count(b''), B.count(b'bc', 2), b'aaaa'.count(b'aa')))
t('count str', lambda: B.count('a'))
t('in', lambda: (b'bc' in B, 98 in B, 120 in B, BA in B, b'' in B))
t('in str', lambda: 'a' in B)
t('in 256', lambda: 256 in B)
t('in float', lambda: 1.5 in B)
t('startswith', lambda: (B.startswith(b'ab'), B.startswith(b'bc', 1), B.startswith((b'x', b'a')), B.startswith(b'c', 2, 3)))
t('endswith', lambda: (B.endswith(b'bc'), B.endswith(BA), B.endswith(b'a', 0, 4), B.endswith(())))
t('startswith str', lambda: B.startswith('a'))
t('startswith tuple str', lambda: B.startswith(('a',)))
t('endswith int', lambda: B.endswith(1))

# splitting and joining
t('split', lambda: (b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1)))
t('split ws', lambda: (b' \x1c a\x0bb  c  '.split(), b'  a b  c  '.split(None, 1), b'  a b  c  '.rsplit(None, 1)))
t('split kw', lambda: (b'a b c'.split(maxsplit=1), b'a-b-c'.rsplit(sep=b'-', maxsplit=1)))
t('split empty input', lambda: (b''.split(), b''.split(b','), b'   '.split()))
t('split str', lambda: B.split('a'))
t('split empty', lambda: B.split(b''))
t('split maxsplit', lambda: B.split(b'a', 'x'))
t('split bad kw', lambda: B.split(foo=1))
t('rsplit str', lambda: B.rsplit('a'))
t('splitlines', lambda: (b'a\nb\r\nc\rd\x0be\x1cf\n'.splitlines(), b'a\nb\r\nc\r'.splitlines(True), b'x\n'.splitlines(keepends=True)))
t('join', lambda: (b', '.join([b'a', bytearray(b'b'), b'c']), b''.join([]), b'-'.join(x for x in [b'1', b'2'])))
t('join str', lambda: B.join(['a']))
t('join int', lambda: B.join([b'a', 1]))
t('join nonit', lambda: B.join(1))
t('partition', lambda: (B.partition(b'ca'), B.partition(b'x'), B.rpartition(b'b'), B.rpartition(b'x')))
t('partition str', lambda: B.partition('a'))
t('partition empty', lambda: B.partition(b''))
t('rpartition empty', lambda: B.rpartition(b''))

# stripping, replacing
t('strip', lambda: (b' \t x \n'.strip(), b' x '.lstrip(), b' x '.rstrip(), b'\x1cx\x0c'.strip()))
t('strip chars', lambda: (b'xyaxy'.strip(b'xy'), b'xyaxy'.lstrip(b'x'), b'xyaxy'.rstrip(bytearray(b'y')), b'ab'.strip(None)))
t('strip high', lambda: b'\xff\xfea\xff'.strip(b'\xff'))
t('strip str', lambda: B.strip('a'))
t('lstrip int', lambda: B.lstrip(1))
t('replace', lambda: (B.replace(b'a', b'X'), B.replace(b'a', b'', 1), B.replace(b'', b'-'), B.replace(b'', b'-', 2), b''.replace(b'', b'x')))
t('replace str', lambda: B.replace('a', b'b'))
t('replace str2', lambda: B.replace(b'a', 'b'))
t('replace count', lambda: B.replace(b'a', b'b', 'x'))
t('removeprefix', lambda: (B.removeprefix(b'ab'), B.removeprefix(b'x'), B.removesuffix(b'bc'), B.removesuffix(b'')))
t('removeprefix str', lambda: B.removeprefix('a'))
t('removesuffix int', lambda: B.removesuffix(1))

# padding
t('center', lambda: (b'ab'.center(7), b'ab'.center(6, b'*'), b'abc'.center(6, b'*'), b'abc'.center(2)))
t('ljust rjust', lambda: (b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'ab'.ljust(5, bytearray(b'.')), b'ab'.rjust(-1)))
t('zfill', lambda: (b'42'.zfill(5), b'-42'.zfill(5), b'+4'.zfill(4), b''.zfill(3), b'abc'.zfill(2)))
t('center fill str', lambda: B.center(10, 'x'))
t('center fill long', lambda: B.center(10, b'xy'))
t('ljust width', lambda: B.ljust('x'))
t('rjust fill int', lambda: B.rjust(5, 1))
t('zfill str', lambda: B.zfill('x'))
t('expandtabs', lambda: (b'a\tb\n\tc\r\td'.expandtabs(4), b'\t'.expandtabs(), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=3)))
t('expandtabs str', lambda: B.expandtabs('x'))

# case and predicates
t('case', lambda: (b'Hello World \xe9'.lower(), b'Hello \xe9'.upper(), b'HeLLo'.swapcase(), b'hELLO \xe9'.capitalize()))
t('title', lambda: (b'hello wORLD 3x\xe9a'.title(), b"they're bill's".title()))
for name in ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper']:
    m = getattr(bytes, name)
    print(name, [m(x) for x in [b'', b'abc', b'ABC', b'Abc', b'Abc Def', b'123', b'a1', b' \t\n', b'\x1c', b'\xe9', b'aB', b'A1 B2']])

# translation
table = bytes.maketrans(b'abc', b'xyz')
t('maketrans', lambda: (len(table), table[97:100], bytearray.maketrans(b'a', b'b')[97]))
t('translate', lambda: (B.translate(table), B.translate(table, b'b'), B.translate(None, b'ac'), B.translate(None, delete=b'a')))
t('translate short', lambda: B.translate(b'x'))
t('translate str', lambda: B.translate('x' * 256))
t('translate del str', lambda: B.translate(None, 'a'))
t('maketrans len', lambda: bytes.maketrans(b'ab', b'c'))
t('maketrans str', lambda: bytes.maketrans('a', b'c'))

# hex and fromhex
t('hex', lambda: (b'\x01\xab\xff'.hex(), b''.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex(b' ', -2)))
t('hex kw', lambda: b'\x01\x02\x03'.hex(sep='_', bytes_per_sep=3))
t('hex sep', lambda: B.hex('ab'))
t('hex sep empty', lambda: B.hex(''))
t('hex sep non-ascii', lambda: B.hex('é'))
t('hex sep int', lambda: B.hex(1))
t('hex bps', lambda: B.hex(':', 'x'))
t('fromhex', lambda: (bytes.fromhex('ab cd  \t\nef'), bytes.fromhex(''), bytes.fromhex(' 01FF '), bytearray.fromhex('ab')))
t('fromhex bad', lambda: bytes.fromhex('zz'))
t('fromhex odd', lambda: bytes.fromhex('a'))
t('fromhex space', lambda: bytes.fromhex('ab c'))
t('fromhex int', lambda: bytes.fromhex(1))
t('fromhex bytes', lambda: bytes.fromhex(b'ab'))


class MyBytes(bytes):
    pass


t('fromhex subclass', lambda: type(MyBytes.fromhex('41')).__name__)

# operators
t('getitem', lambda: (B[0], B[-1], B[1:3], B[::2], B[::-1], B[10:]))
t('getitem out', lambda: B[10])
t('getitem str', lambda: B['a'])
t('add', lambda: (B + b'x', B + bytearray(b'y'), b'' + b''))
t('add str', lambda: B + 'a')
t('mul', lambda: (b'ab' * 3, 2 * b'ab', b'ab' * 0, b'ab' * -1))
t('mul str', lambda: B * 'x')
t('compare', lambda: (B == b'abcabc', B == bytearray(B), B < b'abd', B >= bytearray(b'abc'), B == 'abcabc', B != 1))
t('lt str', lambda: B < 'a')
t('iter', lambda: (list(b'ab'), type(iter(b'')).__name__, list(reversed(b'ab'))))
t('hash', lambda: hash(b'ab') == hash(b'a' + b'b'))
t('bytes dunder', lambda: (b'ab'.__bytes__(), MyBytes(b'x').__bytes__()))

# bytes(...)
t('bytes()', lambda: (bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes(b'x'), bytes(bytearray(b'y'))))
t('bytes 256', lambda: bytes([256]))
t('bytes -1', lambda: bytes(-1))
t('bytes float', lambda: bytes(1.5))
t('bytes str list', lambda: bytes(['a']))
t('bytes str', lambda: bytes('abc'))


class WithBytes:
    def __bytes__(self):
        return b'xy'


t('bytes __bytes__', lambda: bytes(WithBytes()))

# % formatting
t('mod', lambda: b'%d %s %r %x %c %c %5.2f %b %a' % (1, b'x', b'y', 255, 65, b'z', 1.5, bytearray(b'q'), 'é'))
t('mod width', lambda: (b'[%5s|%-5s|%.1s]' % (b'ab', b'cd', b'ef'), b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%%' % ()))
t('mod bytes obj', lambda: b'%s' % WithBytes())
t('mod str', lambda: b'%s' % 'a')
t('mod too many', lambda: b'%s' % (b'a', b'b'))
t('mod too few', lambda: b'%s %s' % b'a')
t('mod c range', lambda: b'%c' % 256)
t('mod c str', lambda: b'%c' % 'a')
t('mod unsupported', lambda: b'ab %y' % 1)
t('mod ba', lambda: bytearray(b'%s!') % b'a')
t('partition sep object', lambda: (b'abc'.partition(bytearray(b'b')), b'abc'.rpartition(bytearray(b'x')), bytearray(b'abc').partition(b'b')))
t('expandtabs 1', lambda: (b'a\tb'.expandtabs(1), b'a\tb'.expandtabs(-1)))

# edge cases of bounds, maxsplit 0, padding widths, empty separators
B=b'abc'
print(B.find(b'', 3), B.find(b'', 4), b''.count(b''), B.count(b'', 5), B.count(b'', 2), B.startswith(b'', 3), B.startswith(b'', 4), B.endswith(b'', 4), B.endswith(b'', 1, 0))
print(b'a  b'.split(b' '), b'a b c'.rsplit(b' ', 0), b'a b c'.split(None, 0), b'  a b c  '.split(None, 0), b'  a b c  '.rsplit(None, 0))
print(b'+'.zfill(3), b'-'.zfill(1), b'1A2b'.title(), b'A'.istitle(), b'a'.istitle(), b'1'.istitle(), b'A1'.isupper(), b'1'.isupper())
for w in range(0, 8):
    print(w, b'a'.center(w, b'*'), b'ab'.center(w, b'*'), b'abc'.center(w))
print(b'ab'.rjust(True), b'x'.ljust(3, bytearray(b'-')))
print(b'a\x00b'.split(b'\x00'), b'\x00'.hex(), b'\xff'.isspace(), b'\x0b\x0c'.isspace(), bytes(range(256)).upper()[90:100])
print(B[::-1], B[5:1:-1], B[-100:100], B[1:-1], B[::3])
print(b'%5.1s|%-3c|%3b|%x|%X|%#o|%e' % (b'xyz', 65, b'z', 255, 255, 8, 0.5))
print(b'%(x)s %(y)s' % {b'x': b'1', b'y': 2.5} if False else b'ok')
print(b'\t\ta'.expandtabs(3), b'ab\r\tc\n\td'.expandtabs(2))
print(b'a,b'.split(b',', maxsplit=0), b',a,'.split(b','), b',a,'.rsplit(b',', 1))
print(b'abcabc'.replace(b'abc', b'', -1), b'aaa'.replace(b'aa', b'b'), b'abc'.replace(b'', b'', 1))
print(b'x'.join([]), b'x'.join([b'a']), bytearray(b'x').join([]))
print(b'A b'.swapcase().capitalize(), b'abc'.translate(bytes(range(256))[::-1]))
