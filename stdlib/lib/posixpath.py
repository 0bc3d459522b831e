"""posixpath (os.path): pathname operations on POSIX paths, as CPython's posixpath and
genericpath: pure string functions plus the few that ask the file system (exists, isfile,
isdir, getsize, ...)."""

import posix

__all__ = ['abspath', 'basename', 'commonprefix', 'dirname', 'exists', 'expanduser',
           'getatime', 'getctime', 'getmtime', 'getsize', 'isabs', 'isdir', 'isfile',
           'islink', 'join', 'lexists', 'normpath', 'realpath', 'relpath', 'split',
           'splitext', 'sep', 'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'defpath',
           'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p, funcname):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is not None:
        return fspath(p)
    raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                    % (funcname, type(p).__name__))


def _stat(path, follow=True):
    try:
        return posix.stat(path, follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def islink(path):
    st = _stat(path, False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def getsize(filename):
    return posix.stat(filename)[6]


def getatime(filename):
    return posix.stat(filename)[7]


def getmtime(filename):
    return posix.stat(filename)[8]


def getctime(filename):
    return posix.stat(filename)[9]


def isabs(s):
    s = _fspath(s, 'isabs')
    return s.startswith('/' if isinstance(s, str) else b'/')


def join(a, *p):
    a = _fspath(a, 'join')
    path = a
    for b in p:
        b = _fspath(b, 'join')
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        # a leading dot (".bashrc") does not start an extension
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index] != '.':
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p, 'dirname')
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fspath(path, 'normpath')
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    # POSIX keeps exactly two leading slashes (implementation-defined), folds three or more
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/'.join(comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path, 'abspath')
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def expanduser(path):
    path = _fspath(path, 'expanduser')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = posix.environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    return (home.rstrip('/') or '/') + path[i:]


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
