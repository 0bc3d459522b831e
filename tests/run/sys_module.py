# sys: what a program asks of it. Values that differ between CPython and Gyre by design
# (implementation name, micro version) are checked by shape, not printed.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
print(repr(sys.version_info).startswith('sys.version_info(major=3, minor=11, micro='))
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info.releaselevel)
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
print(sys.version.startswith('3.11.'), sys.hexversion >> 16 == 0x30B)
print(sys.implementation.name in ('cpython', 'gyre'), type(sys.implementation).__name__)
print(len(sys.implementation.version), isinstance(sys.implementation.hexversion, int))
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.platform, sys.byteorder)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern('gen' + 'erator')
print(s is sys.intern('generator'))
try:
    sys.intern(b'x')
except TypeError as e:
    print(e)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules, '__main__' in sys.modules)
print(sys.argv[0].endswith('sys_module.py'), len(sys.argv))
print(isinstance(sys.path, list), sys.path[0] != '')
print(sys.stdout.write('written\n'))
print('to stderr', file=sys.stderr)
sys.stderr.write('direct\n')
sys.stdout.flush()
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(repr(sys.stdin), repr(sys.stdout), repr(sys.stderr), sep='\n')
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5, 'x', 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exception())
print(hasattr(sys, 'ps1'), hasattr(sys, 'ps2'))
print(isinstance(sys.getsizeof([]), int), sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
sys.exit(3)
