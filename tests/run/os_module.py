# os and os.path: files and directories in a temporary folder (removed at the end), the
# environment, path string functions and CPython's errors.
import os
import os.path
import sys

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.path is sys.modules['os.path'])
start = os.getcwd()
base = os.path.join(start, '_os_module_tmp')
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(base, 'a'))
os.chdir(base)
print(os.getcwd() == base)
with open('file.txt', 'w') as f:
    f.write('12345')
print(sorted(os.listdir()), sorted(os.listdir('.')), os.listdir('a'))
print(os.path.exists('file.txt'), os.path.isfile('file.txt'), os.path.isdir('file.txt'))
print(os.path.exists('a'), os.path.isfile('a'), os.path.isdir('a'), os.path.exists('nope'))
print(os.path.getsize('file.txt'), os.stat('file.txt').st_size, os.stat('file.txt')[6])
os.rename('file.txt', 'renamed.txt')
print(os.path.exists('file.txt'), os.path.exists('renamed.txt'))
os.mkdir('d')
os.rmdir('d')
os.unlink('renamed.txt')
with open('x.txt', 'w'):
    pass
os.remove('x.txt')
print(sorted(os.listdir()))

errors = [
    lambda: os.remove('missing.txt'),
    lambda: os.unlink('missing.txt'),
    lambda: os.rmdir('missing'),
    lambda: os.rmdir('a'),
    lambda: os.mkdir('a'),
    lambda: os.listdir('missing'),
    lambda: os.chdir('missing'),
    lambda: os.rename('missing', 'other'),
    lambda: os.stat('missing'),
    lambda: os.path.getsize('missing'),
    lambda: os.remove('a'),
    lambda: os.remove(3.5),
    lambda: os.environ['GYRE_SURELY_UNSET_VARIABLE'],
]
for call in errors:
    try:
        call()
    except (OSError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
        if isinstance(e, OSError):
            print('   ', e.errno, e.strerror, e.filename, e.filename2)

os.rmdir(os.path.join('a', 'b', 'c'))
os.rmdir(os.path.join('a', 'b'))
os.rmdir('a')
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))

# environment
print(type(os.environ).__name__, 'PATH' in os.environ, os.environ.get('GYRE_UNSET') is None)
os.environ['GYRE_TEST_VAR'] = 'value'
print(os.environ['GYRE_TEST_VAR'], os.getenv('GYRE_TEST_VAR'), os.getenv('GYRE_UNSET', 'dflt'))
del os.environ['GYRE_TEST_VAR']
print('GYRE_TEST_VAR' in os.environ, os.environ.get('GYRE_TEST_VAR', 'gone'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
print(isinstance(os.getpid(), int) and os.getpid() > 0)

# os.path string functions
p = os.path
for path in ['/usr/lib/python3.11/os.py', 'dir/file.tar.gz', '.bashrc', 'a/.hidden', 'noext',
             '/', '', 'a/b/', '//x', '///x/y', 'a/../b', './a/./b/', '../..', 'x/..']:
    print(repr(path), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)),
          repr(p.normpath(path)), p.isabs(path))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.abspath('x/../y') == p.join(os.getcwd(), 'y'), p.abspath('/a/./b/../c'))
try:
    p.join('a', 5)
except TypeError as e:
    print(e)

# OSError(errno, ...) picks the subclass of errno, as CPython's OSError.__new__
for args in [(2, 'No such file or directory', 'x'), (13, 'Permission denied'), (17, 'File exists'),
             (21, 'Is a directory'), (99999, 'unknown'), ('text',)]:
    e = OSError(*args)
    print(type(e).__name__, e, e.errno, e.args)
print(type(FileExistsError(2, 'x')).__name__)
