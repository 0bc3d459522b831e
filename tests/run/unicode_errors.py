# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: construction, fields, str().
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print(str(e), repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('ascii', bytearray(b'abc'), 0, 2, 'bad')
print(str(e), e.object)
e = UnicodeEncodeError('latin-1', 'a\u20acb\U0001f600', 1, 2, 'nope')
print(str(e), repr(e))
e.start = 3
e.end = 4
print(str(e))
e.end = 6
print(str(e))
e = UnicodeTranslateError('ab\xe9', 2, 3, 'x')
print(str(e), e.encoding, e.args)
t(lambda: UnicodeDecodeError('x'))
t(lambda: UnicodeDecodeError(1, b'', 0, 0, 'r'))
t(lambda: UnicodeDecodeError('e', 'str', 0, 0, 'r'))
t(lambda: UnicodeDecodeError('e', b'', 'a', 0, 'r'))
t(lambda: UnicodeDecodeError('e', b'', 0, 0, 5))
t(lambda: UnicodeEncodeError('e', b'', 0, 0, 'r'))
t(lambda: UnicodeTranslateError(1, 0, 0, 'r'))
t(lambda: UnicodeError('plain'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(repr(e), e.args)
try:
    '\u20ac'.encode('ascii')
except UnicodeEncodeError as e:
    print(repr(e), e.args)
class MyErr(UnicodeDecodeError):
    pass
t(lambda: str(MyErr('utf-8', b'\xff', 0, 1, 'r')))
try:
    raise UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'boom')
except ValueError as e:
    print('caught', e)
