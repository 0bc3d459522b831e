"""linecache: the lines of source files, read once and kept (as CPython's, without its
lazy loaders for modules in archives)."""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def getline(filename, lineno, module_globals=None):
    """The `lineno`th line of `filename` (1-based) with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of `filename`, [] when it cannot be read."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    """Drops what is cached (Gyre does not compare modification times)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False
