"""os: CPython's os module for POSIX, the part built on the posix module: files and
directories, the environment, os.path (posixpath) and the platform constants."""

import sys
import posix
import posixpath as path
from posix import (getcwd, chdir, rmdir, unlink, remove, rename, listdir, getpid, urandom,
                   strerror, close, lseek, isatty, ftruncate)

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
linesep = '\n'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


class PathLike:
    """Abstract base class for objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath_method = getattr(type(p), '__fspath__', None)
    if fspath_method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = fspath_method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(result).__name__))
    return result


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    __module__ = 'os'
    """The result of os.stat: a 10-tuple with named fields (times as floats)."""

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, (values[0], values[1], values[2], values[3], values[4],
                                   values[5], values[6], int(values[7]), int(values[8]),
                                   int(values[9])))
        self.st_atime = values[7]
        self.st_mtime = values[8]
        self.st_ctime = values[9]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (field, self[i]) for i, field in enumerate(_STAT_FIELDS))




def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return stat_result(posix.fstat(path))
    return stat_result(posix.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.stat(fspath(path), False))


def fstat(fd):
    return stat_result(posix.fstat(fd))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return posix.open(fspath(path), flags, mode)


def read(fd, n):
    return posix.read(fd, n)


def write(fd, data):
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return posix.write(fd, data)


def mkdir(path, mode=0o777, *, dir_fd=None):
    posix.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # another process made it first
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        # exist_ok forgives only an existing directory
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def replace(src, dst):
    rename(src, dst)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        posix.stat(fspath(path))
    except OSError:
        return False
    return True


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        new_path = path.join(top, entry)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def cpu_count():
    return None


class _Environ:
    """os.environ: a mapping of str to str kept in step with the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self._data.items())


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)
