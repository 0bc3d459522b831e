# Codecs: bytes.decode, str.encode, str(b, encoding, errors), bytes(s, encoding) with utf-8,
# ascii and latin-1 and the error handlers.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tests = [
 lambda: b'\xff'.decode(),
 lambda: b'a\xe2\x82x'.decode(),
 lambda: b'\xe2\x82'.decode(),
 lambda: b'\xe0\x80'.decode(),
 lambda: b'\xed\xa0\x80'.decode(),
 lambda: b'\xff\xfe'.decode('ascii'),
 lambda: b'\xff'.decode('latin1'),
 lambda: b'\xff'.decode('x'),
 lambda: b'\xff'.decode('utf-8', 'bogus'),
 lambda: b'ok'.decode('utf-8', 'bogus'),
 lambda: 'é€x'.encode('ascii'),
 lambda: 'é€x'.encode('latin-1'),
 lambda: 'é€x'.encode('latin-1', 'replace'),
 lambda: 'é€x'.encode('ascii', 'xmlcharrefreplace'),
 lambda: 'é€x\U0001f600'.encode('ascii', 'backslashreplace'),
 lambda: '\ud800\udc80x'.encode(),
 lambda: '\udcff'.encode('utf-8','surrogateescape'),
 lambda: '\udcff'.encode('latin-1','surrogateescape'),
 lambda: '\ud800'.encode('utf-8','surrogatepass'),
 lambda: b'\xed\xa0\x80'.decode('utf-8','surrogatepass'),
 lambda: b'a\xff\xe2\x82x'.decode('utf-8','replace'),
 lambda: b'a\xff\xe2\x82x'.decode('utf-8','backslashreplace'),
 lambda: b'a\xff\xe2\x82x'.decode('utf-8','surrogateescape'),
 lambda: b'a\xff\xe2\x82x'.decode('ascii','surrogateescape'),
 lambda: b'a'.decode(1),
 lambda: b'a'.decode('utf-8', 1),
 lambda: b'a'.decode(encoding='ascii', errors='strict'),
 lambda: 'a'.encode(1),
 lambda: str(b'abc', 'ascii'),
 lambda: str(b'ab\xff', 'ascii', 'replace'),
 lambda: str(b'ab', errors='replace'),
 lambda: str('ab', 'ascii'),
 lambda: str(1, 'ascii'),
 lambda: str(bytearray(b'x'), 'ascii'),
 lambda: bytes('é', 'latin-1'),
 lambda: bytes('é'),
 lambda: bytes('é', 'ascii'),
 lambda: '\udcff'.encode('ascii','backslashreplace'),
 lambda: 'a\ud800'.encode('utf-8','replace'),
 lambda: 'a\ud800'.encode('utf-8','ignore'),
 lambda: 'a\ud800'.encode('utf-8','xmlcharrefreplace'),
 lambda: '€'.encode('ascii','surrogateescape'),
]
for f in tests:
    t(f)

for name in ['utf-8', 'UTF8', 'utf_8', 'u8', 'latin1', 'L1', 'iso-8859-1', 'iso8859_1', 'ascii', 'US-ASCII',
             '646', 'us', 'cp819', 'utf 8', 'Utf-8 ', '8859', 'latin', 'utf-16x']:
    t(lambda: ('é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace')))

text = 'héllo wörld €\U0001f600'
for codec in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        t(lambda: text.encode(codec, errors))
data = b'h\xc3\xa9llo \xff\xfe w\xe2\x82\xac \xf0\x9f\x98'
for codec in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        t(lambda: data.decode(codec, errors))
t(lambda: data.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == data)
t(lambda: 'abc'.encode(errors='bogus'))
t(lambda: 'abc'.encode(encoding='ascii', errors='strict'))
t(lambda: 'abc'.encode('ascii', encoding='ascii'))
t(lambda: 'abc'.encode(foo=1))
t(lambda: str(object=b'ab', encoding='ascii'))
t(lambda: str(b'ab', foo='ascii'))
t(lambda: str(encoding='ascii'))
t(lambda: str(b'ab'))
t(lambda: bytes('abc', errors='strict'))
t(lambda: bytes(errors='strict'))
t(lambda: bytes(b'x', encoding='ascii'))
t(lambda: bytes('x', 1))

# the exception attributes
for f in [lambda: b'a\xffb'.decode(), lambda: bytearray(b'\xe2\x82').decode(), lambda: 'a\u20acb\u20ac'.encode('ascii'),
          lambda: 'x\xe9'.encode('ascii', 'surrogateescape'), lambda: b'\xff'.decode('ascii'),
          lambda: '\ud800\udfff'.encode()]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, ValueError))
