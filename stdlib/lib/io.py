"""io: open() and its file objects (FileIO, the buffered binary files, TextIOWrapper), StringIO
and BytesIO, written over the posix module's file descriptors. Names, reprs, modes and error
messages follow CPython's _io; tell() of a text file is the byte offset (CPython's cookie is
the same number whenever the decoder holds no state, which is the case for the encodings
supported here: utf-8, ascii and latin-1)."""

import posix

__all__ = ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'FileIO', 'BufferedReader',
           'BufferedWriter', 'BufferedRandom', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'IOBase', 'RawIOBase', 'BufferedIOBase',
           'TextIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# Linux open(2) flags.
_O_RDONLY = 0
_O_WRONLY = 1
_O_RDWR = 2
_O_CREAT = 0o100
_O_EXCL = 0o200
_O_TRUNC = 0o1000
_O_APPEND = 0o2000
_S_IFMT = 0o170000
_S_IFDIR = 0o040000

_READ_CHUNK = 65536


class UnsupportedOperation(OSError):
    __module__ = 'io'
    pass




class IOBase:
    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        # A file dropped while open is closed (so flushed), silently, as CPython's
        # iobase_finalize does.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _closed_error(message='I/O operation on closed file.'):
    # CPython's wording varies by method: a period for reads, writes and positions, none for
    # fileno() and the capability queries, "read of closed file" in the binary layer.
    return ValueError(message)


_CLOSED_NO_PERIOD = 'I/O operation on closed file'


# Encodings by their normalized names; LookupError "unknown encoding: X" otherwise.
_ENCODINGS = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii',
    'latin-1': 'latin-1', 'latin1': 'latin-1', 'iso-8859-1': 'latin-1',
    'iso8859-1': 'latin-1', '8859': 'latin-1', 'l1': 'latin-1', 'latin': 'latin-1',
    'cp819': 'latin-1',
}


def _codec(encoding):
    key = encoding.lower().replace('_', '-').replace(' ', '-')
    codec = _ENCODINGS.get(key)
    if codec is None:
        raise LookupError('unknown encoding: ' + encoding)
    return codec


def _fspath(file):
    if isinstance(file, (str, bytes, int)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        return fspath(file)
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)


# ---- raw files

class _LineReading:
    """Iteration by line and readlines() over readline(), for the streams that read lines."""

    # IOBase stops once the lines read exceed hint; BytesIO once they reach it.
    _readlines_stops_at_hint = False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint and (total > hint or
                                                  (total == hint and self._readlines_stops_at_hint)):
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _WrappingStream:
    """What a buffered or text stream answers by asking the stream it wraps (_inner()): the
    closed checks (CPython words them differently for queries) and the capability queries."""

    def _check_open(self):
        if self._inner().closed:
            raise _closed_error()

    def _check_queryable(self):
        if self._inner().closed:
            raise _closed_error(_CLOSED_NO_PERIOD)

    def fileno(self):
        self._check_queryable()
        return self._inner().fileno()

    def readable(self):
        self._check_queryable()
        return self._inner().readable()

    def writable(self):
        self._check_queryable()
        return self._inner().writable()

    def seekable(self):
        self._check_queryable()
        return self._inner().seekable()


class FileIO(RawIOBase):
    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            fd = None
        self._readable = self._writable = self._appending = self._created = False
        if 'x' in mode:
            self._created = self._writable = True
            flags = _O_EXCL | _O_CREAT
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = _O_CREAT | _O_TRUNC
        else:
            self._writable = self._appending = True
            flags = _O_APPEND | _O_CREAT
        if '+' in mode:
            self._readable = self._writable = True
            flags |= _O_RDWR
        elif self._readable:
            flags |= _O_RDONLY
        else:
            flags |= _O_WRONLY
        if fd is None:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            fd = posix.open(file, flags, 0o666)
            try:
                if posix.fstat(fd)[0] & _S_IFMT == _S_IFDIR:
                    raise IsADirectoryError(21, posix.strerror(21), file)
            except BaseException:
                posix.close(fd)
                raise
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            posix.lseek(fd, 0, SEEK_END)

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    def _check_open(self):
        if self._fd < 0:
            raise _closed_error()

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        if size is None or size < 0:
            return self.readall()
        return posix.read(self._fd, size)

    def readall(self):
        chunks = []
        while True:
            chunk = posix.read(self._fd, _READ_CHUNK)
            if not chunk:
                return b''.join(chunks)
            chunks.append(chunk)

    def write(self, data):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return posix.write(self._fd, data)

    def seek(self, pos, whence=0):
        self._check_open()
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self.tell()
        posix.ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check_open()

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                posix.close(fd)

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self._closefd)


# ---- buffered binary files

class _BufferedFile(_LineReading, _WrappingStream, BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b''     # read-ahead
        self._rpos = 0
        self._wbuf = []      # pending writes
        self._wsize = 0

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _inner(self):
        return self.raw

    def isatty(self):
        self._check_queryable()
        return self.raw.isatty()

    def _check_readable(self, what='read'):
        if self.raw.closed:
            raise _closed_error(what + ' of closed file')
        if not self.raw._readable:
            raise UnsupportedOperation('read')
        if self._wbuf:
            self.flush()

    def _take(self, n):
        data = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(data)
        return data

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            rest = self._rbuf[self._rpos:]
            self._rbuf, self._rpos = b'', 0
            return rest + self.raw.readall()
        available = len(self._rbuf) - self._rpos
        if available >= size:
            return self._take(size)
        parts = [self._rbuf[self._rpos:]]
        self._rbuf, self._rpos = b'', 0
        wanted = size - available
        while wanted > 0:
            chunk = posix.read(self.raw._fd, max(wanted, DEFAULT_BUFFER_SIZE))
            if not chunk:
                break
            if len(chunk) > wanted:
                self._rbuf = chunk
                self._rpos = wanted
                chunk = chunk[:wanted]
            parts.append(chunk)
            wanted -= len(chunk)
        return b''.join(parts)

    def read1(self, size=-1):
        self._check_readable()
        if self._rpos < len(self._rbuf):
            if size is None or size < 0:
                size = len(self._rbuf) - self._rpos
            return self._take(size)
        if size is None or size < 0:
            size = _READ_CHUNK
        return posix.read(self.raw._fd, size)

    def peek(self, size=0):
        self._check_readable('peek')
        if self._rpos >= len(self._rbuf):
            self._rbuf = posix.read(self.raw._fd, DEFAULT_BUFFER_SIZE)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_readable('readline')
        if size is None:
            size = -1
        parts = []
        got = 0
        while True:
            if self._rpos >= len(self._rbuf):
                self._rbuf = posix.read(self.raw._fd, DEFAULT_BUFFER_SIZE)
                self._rpos = 0
                if not self._rbuf:
                    break
            end = self._rbuf.find(b'\n', self._rpos)
            stop = len(self._rbuf) if end < 0 else end + 1
            if size >= 0 and got + stop - self._rpos > size:
                stop = self._rpos + size - got
                end = -1
            parts.append(self._rbuf[self._rpos:stop])
            got += stop - self._rpos
            self._rpos = stop
            if end >= 0 or (size >= 0 and got >= size):
                break
        return b''.join(parts)


    def _drop_read_ahead(self):
        # The descriptor is ahead of the logical position by the unread read-ahead.
        if self._rpos < len(self._rbuf):
            posix.lseek(self.raw._fd, self._rpos - len(self._rbuf), SEEK_CUR)
        self._rbuf, self._rpos = b'', 0

    def write(self, data):
        self._check_open()
        if not self.raw._writable:
            raise UnsupportedOperation('write')
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if isinstance(data, bytearray):
            data = bytes(data)
        if self._rbuf:
            self._drop_read_ahead()
        self._wbuf.append(data)
        self._wsize += len(data)
        if self._wsize >= DEFAULT_BUFFER_SIZE:
            self.flush()
        return len(data)

    def flush(self):
        self._check_open()
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wsize = 0
            posix.write(self.raw._fd, data)

    def tell(self):
        self._check_queryable()
        return posix.lseek(self.raw._fd, 0, SEEK_CUR) - (len(self._rbuf) - self._rpos) + self._wsize

    def seek(self, pos, whence=0):
        self._check_open()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self.flush()
        if whence == 1:
            pos = self.tell() + pos
            whence = 0
        self._rbuf, self._rpos = b'', 0
        return posix.lseek(self.raw._fd, pos, whence)

    def truncate(self, size=None):
        self.flush()
        if size is None:
            size = self.tell()
        return self.raw.truncate(size)

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def __repr__(self):
        kind = type(self).__name__
        if self.raw.closed:
            return '<_io.%s [closed]>' % kind
        return '<_io.%s name=%r>' % (kind, self.name)


class BufferedReader(_BufferedFile):
    __module__ = '_io'


class BufferedWriter(_BufferedFile):
    __module__ = '_io'


class BufferedRandom(_BufferedFile):
    __module__ = '_io'


# ---- text files

class TextIOWrapper(_LineReading, _WrappingStream, TextIOBase):
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument \'newline\' must be str or None, not '
                            + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self.buffer = buffer
        self._readable = buffer.readable()
        self._writable = buffer.writable()
        self._encoding_name = 'UTF-8' if encoding is None else encoding
        self._codec = _codec(self._encoding_name)
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self._translate = newline is None          # '\r' and '\r\n' read as '\n'
        self._write_newline = '\n' if newline in (None, '') else newline
        self.line_buffering = line_buffering
        self._text = ''            # decoded text not yet returned
        self._pos = 0              # next character of _text
        self._raw_text = None      # _text before newline translation, when they differ
        self._pending = b''        # undecoded bytes (an incomplete character)
        self._carry = ''           # a final '\r' that may be the start of '\r\n'
        self._eof = False
        self._wbuf = []
        self._wsize = 0
        self.mode = 'r'
        # __next__ may take a line straight from _text when lines end in '\n' there.
        self._lines_end_in_lf = self._readable and newline in (None, '\n')

    def __next__(self):
        # The fast path of iteration: a whole line is waiting in the decoded text (one call
        # per line instead of readline's five).
        if self._lines_end_in_lf and not self._wbuf:
            text = self._text
            pos = self._pos
            end = text.find('\n', pos)
            if end >= 0:
                end += 1
                self._pos = end
                return text[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def encoding(self):
        return self._encoding_name

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def _inner(self):
        return self.buffer

    def isatty(self):
        self._check_open()
        return self.buffer.isatty()

    # -- reading
    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable')
        if self._wbuf:
            self.flush()

    def _read_chunk(self):
        """Appends the next decoded chunk to the unread text; False at the end of the file."""
        if self._eof:
            return False
        data = self.buffer.read1(_READ_CHUNK)
        final = not data
        if self._pending:
            data = self._pending + data
        text, used = posix._decode(data, self._codec, self.errors, final)
        self._pending = data[used:] if used < len(data) else b''
        rest = self._text[self._pos:]
        rest_raw = rest if self._raw_text is None else self._raw_text_rest()
        text = self._carry + text
        self._carry = ''
        if not final and text.endswith('\r'):
            self._carry = '\r'
            text = text[:-1]
        if self._translate and '\r' in text:
            translated = text.replace('\r\n', '\n').replace('\r', '\n')
            self._raw_text = rest_raw + text
            self._text = rest + translated
        else:
            self._raw_text = None if self._raw_text is None else rest_raw + text
            self._text = rest + text
        self._pos = 0
        if final:
            self._eof = True
        return bool(text) or not final

    def _raw_text_rest(self):
        # The untranslated text from the current position (only when translation happened).
        raw = self._raw_text
        i = j = 0
        while i < self._pos:
            if raw[j] == '\r' and j + 1 < len(raw) and raw[j + 1] == '\n':
                j += 1
            i += 1
            j += 1
        return raw[j:]

    def _tell_bytes(self):
        # Byte offset of the current position: where the binary layer is, less what is still
        # undecoded or decoded and unread.
        position = self.buffer.tell() - len(self._pending)
        unread = self._carry
        if self._raw_text is not None:
            unread = self._raw_text_rest() + unread
        else:
            unread = self._text[self._pos:] + unread
        if unread:
            position -= len(posix._encode(unread, self._codec, self.errors))
        return position

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            while self._read_chunk():
                pass
            result = self._text[self._pos:]
            self._text, self._pos, self._raw_text = '', 0, None
            return result
        while len(self._text) - self._pos < size and self._read_chunk():
            pass
        result = self._text[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def _line_end(self, start):
        """Index just past the end of the line starting at start in _text, or -1 if the text
        read so far holds no complete line."""
        text = self._text
        newline = self._newline
        if newline is None or newline == '\n':
            end = text.find('\n', start)
            return -1 if end < 0 else end + 1
        if newline == '':
            lf = text.find('\n', start)
            cr = text.find('\r', start, lf if lf >= 0 else len(text))
            if cr < 0:
                return -1 if lf < 0 else lf + 1
            if cr + 1 < len(text):
                return cr + 2 if text[cr + 1] == '\n' else cr + 1
            return cr + 1 if self._eof else -1
        end = text.find(newline, start)
        return -1 if end < 0 else end + len(newline)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        start = self._pos
        search = start
        while True:
            end = self._line_end(search)
            if end >= 0 or self._eof:
                break
            if 0 <= size <= len(self._text) - self._pos:
                break
            before = len(self._text) - self._pos
            if not self._read_chunk() and len(self._text) - self._pos == before:
                break
            start = self._pos
            search = start
        if end < 0:
            end = len(self._text)
        if size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = self._text[self._pos:end]
        self._pos = end
        return line


    # -- writing
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if not self._writable:
            raise UnsupportedOperation('not writable')
        if self._pos < len(self._text) or self._pending or self._carry:
            self._drop_read_ahead()
        length = len(s)
        if self._write_newline != '\n' and '\n' in s:
            s = s.replace('\n', self._write_newline)
        self._wbuf.append(s)
        self._wsize += len(s)
        if self._wsize >= DEFAULT_BUFFER_SIZE or (self.line_buffering and '\n' in s):
            self.flush()
        return length

    def _drop_read_ahead(self):
        position = self._tell_bytes()
        self._reset_decoder()
        self.buffer.seek(position)

    def _reset_decoder(self):
        self._text, self._pos, self._raw_text = '', 0, None
        self._pending = b''
        self._carry = ''
        self._eof = False

    def flush(self):
        self._check_open()
        if self._wbuf:
            text = ''.join(self._wbuf)
            self._wbuf = []
            self._wsize = 0
            self.buffer.write(posix._encode(text, self._codec, self.errors))
        self.buffer.flush()

    # -- positioning
    def tell(self):
        self._check_open()
        if self._wbuf:
            self.flush()
        return self._tell_bytes()

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_decoder()
            return self.buffer.seek(0, SEEK_END)
        if whence != SEEK_SET:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._reset_decoder()
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def detach(self):
        self.flush()
        buffer = self.buffer
        return buffer

    def close(self):
        if self.buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._text, self._pos = '', 0
            self.buffer.close()

    def __enter__(self):
        return self

    def __repr__(self):
        # the same once closed, as CPython's
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode,
                                                                  self._encoding_name)


# ---- open()

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not "
                        + type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not "
                        + type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not "
                        + type(newline).__name__)
    file = _fspath(file)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % (mode,))
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary:
        if encoding is not None:
            _codec(encoding)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
    raw = FileIO(file, mode.replace('t', '').replace('b', ''), closefd)
    if buffering == 0:
        if not binary:
            raw.close()
            raise ValueError("can't have unbuffered text I/O")
        return raw
    if '+' in modes:
        buffer = BufferedRandom(raw)
    elif reading:
        buffer = BufferedReader(raw)
    else:
        buffer = BufferedWriter(raw)
    if binary:
        return buffer
    wrapper = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    wrapper.mode = mode
    return wrapper


# ---- in-memory streams

class _MemoryStream(_LineReading):
    """What StringIO and BytesIO share: always open for everything until closed; the value is
    _joined() (the class's own); _check_open words the closed error for each."""

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def getvalue(self):
        self._check_open()
        return self._joined()

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def close(self):
        self._closed = True


class StringIO(_MemoryStream, TextIOBase):
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            + type(initial_value).__name__)
        self._newline = newline
        self._chunks = []        # appended text not yet joined into _value
        self._value = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def _check_open(self):
        if self._closed:
            raise _closed_error(_CLOSED_NO_PERIOD)

    def _joined(self):
        if self._chunks:
            self._value = self._value + ''.join(self._chunks)
            self._chunks = []
        return self._value

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        length = len(s)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        size = len(self._value) + sum(len(c) for c in self._chunks) if self._chunks else len(self._value)
        if self._pos == size:
            self._chunks.append(s)
        else:
            value = self._joined()
            if self._pos > len(value):
                value = value + '\0' * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        return length

    def read(self, size=-1):
        self._check_open()
        value = self._joined()
        if size is None or size < 0:
            result = value[self._pos:]
        else:
            result = value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        if self._pos >= len(value):
            return ''
        newline = self._newline
        if newline is None or newline == '':
            newline = '\n' if newline is None else None
        if newline is None:
            lf = value.find('\n', self._pos)
            cr = value.find('\r', self._pos, lf if lf >= 0 else len(value))
            if cr >= 0:
                end = cr + 2 if value[cr + 1:cr + 2] == '\n' else cr + 1
            else:
                end = len(value) if lf < 0 else lf + 1
        else:
            found = value.find(newline, self._pos)
            end = len(value) if found < 0 else found + len(newline)
        if size is not None and size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = value[self._pos:end]
        self._pos = end
        return line


    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._joined())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._value = self._joined()[:size]
        return size



class BytesIO(_MemoryStream, BufferedIOBase):
    __module__ = '_io'
    _readlines_stops_at_hint = True

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        self._value = bytes(initial_bytes)
        self._chunks = []
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise _closed_error()

    def _joined(self):
        if self._chunks:
            self._value = b''.join([self._value] + self._chunks)
            self._chunks = []
        return self._value

    def write(self, data):
        self._check_open()
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        data = bytes(data)
        size = len(self._joined())
        if self._pos == size:
            self._chunks.append(data)
        else:
            value = self._value
            if self._pos > size:
                value = value + bytes(self._pos - size)
            self._value = value[:self._pos] + data + value[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def read(self, size=-1):
        self._check_open()
        value = self._joined()
        if size is None or size < 0:
            result = value[self._pos:]
        else:
            result = value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        found = value.find(b'\n', self._pos)
        end = len(value) if found < 0 else found + 1
        if size is not None and size >= 0 and end - self._pos > size:
            end = self._pos + size
        line = value[self._pos:end]
        self._pos = max(self._pos, end)
        return line


    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._joined()) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._value = self._joined()[:size]
        return size


