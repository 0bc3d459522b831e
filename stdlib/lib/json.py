"""JSON encoding and decoding (CPython's json module): loads parses with the native _json
module (RapidJSON); dumps is written here with CPython's exact output."""

import _json

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- decoding


_WHITESPACE = " \t\n\r"


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Scanner:
    """CPython's JSON grammar in Python: finds the first syntax error of a document with
    CPython's message and position (the native parser only says that there is one), and
    parses the few documents RapidJSON refuses but Python accepts (exponents beyond the
    double range such as 1e400). Values are built with the decoder's hooks."""

    def __init__(self, s, decoder):
        self.s = s
        self.d = decoder

    def document(self):
        """The value of the whole document; raises JSONDecodeError."""
        s = self.s
        try:
            value, end = self.value(_skip_ws(s, 0))
            end = _skip_ws(s, end)
            if end != len(s):
                self.fail("Extra data", end)
        except _Found as found:
            raise JSONDecodeError(found.args[0], s, found.args[1]) from None
        return value

    def fail(self, msg, pos):
        raise _Found(msg, pos)

    def value(self, i):
        s = self.s
        if i >= len(s):
            self.fail("Expecting value", i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return value, i + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, i):
                hook = self.d.parse_constant or float
                return hook(word), i + len(word)
        end, is_float = self.number(i)
        if end is None:
            self.fail("Expecting value", i)
        text = s[i:end]
        if is_float:
            return (self.d.parse_float or float)(text), end
        return (self.d.parse_int or int)(text), end

    def number(self, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s = self.s
        n = len(s)
        j = i
        is_float = False
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and "1" <= s[j] <= "9":
            while j < n and "0" <= s[j] <= "9":
                j += 1
        else:
            return None, False
        if j + 1 < n and s[j] == "." and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 2
            while j < n and "0" <= s[j] <= "9":
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and "0" <= s[k] <= "9":
                while k < n and "0" <= s[k] <= "9":
                    k += 1
                j = k
                is_float = True
        return j, is_float

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        while True:
            if i >= n:
                self.fail("Unterminated string starting at", begin)
            c = s[i]
            if c == '"':
                return "".join(chunks), i + 1
            if c == "\\":
                i += 1
                if i >= n:
                    self.fail("Unterminated string starting at", begin)
                esc = s[i]
                if esc == "u":
                    code = self.hex4(i + 1, i)
                    i += 5
                    if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                        low = self.hex4(i + 2, i + 1)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    chunks.append(chr(code))
                    continue
                if esc not in _UNESCAPES:
                    self.fail("Invalid \\escape", i - 1)
                chunks.append(_UNESCAPES[esc])
                i += 1
                continue
            if c < " " and self.d.strict:
                self.fail("Invalid control character at", i)
            chunks.append(c)
            i += 1

    def hex4(self, i, error_pos):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(h not in "0123456789abcdefABCDEF" for h in digits):
            self.fail("Invalid \\uXXXX escape", error_pos)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "}":
            return self.make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ":":
                self.fail("Expecting ':' delimiter", i)
            value, i = self.value(_skip_ws(s, i + 1))
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "}":
                return self.make_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)

    def make_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)


_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
              "t": "\t"}


class _Found(Exception):
    pass


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON
        document)."""
        result = _json.parse(s, self.parse_float, self.parse_int, self.parse_constant,
                             self.object_hook, self.object_pairs_hook)
        if result is not None:
            return result[0]
        return _Scanner(s, self).document()

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` starting at ``idx``; returns the value and the
        index where the document ended."""
        try:
            return _Scanner(s, self).value(idx)
        except _Found as found:
            raise JSONDecodeError(found.args[0], s, found.args[1]) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance containing a JSON
    document) to a Python object."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                            % s.__class__.__name__)
        s = s.decode("utf-8")
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON
    document) to a Python object."""
    return loads(fp.read(), **kw)


# ---- encoding


_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                  "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        escaped = _SHORT_ESCAPES.get(c)
        if escaped is not None:
            out.append(escaped)
            continue
        code = ord(c)
        if code < 0x20:
            out.append("\\u%04x" % code)
        elif code < 0x7F or not ensure_ascii:
            out.append(c)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            # A surrogate pair, as UTF-16 would store it.
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
    out.append('"')
    return "".join(out)


def _float_repr(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object
        for ``o``, or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        chunks = []
        self._markers = {} if self.check_circular else None
        self._encode(o, chunks, indent, 0)
        return iter(chunks)

    def _check_marker(self, o):
        if self._markers is None:
            return None
        marker = id(o)
        if marker in self._markers:
            raise ValueError("Circular reference detected")
        self._markers[marker] = o
        return marker

    def _encode(self, o, out, indent, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            # int.__repr__: an IntEnum member is written as its value.
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, indent, level)
        else:
            marker = self._check_marker(o)
            self._encode(self.default(o), out, indent, level)
            if marker is not None:
                del self._markers[marker]

    def _encode_list(self, lst, out, indent, level):
        if not lst:
            out.append("[]")
            return
        marker = self._check_marker(lst)
        out.append("[")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, indent, level)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("]")
        if marker is not None:
            del self._markers[marker]

    def _encode_dict(self, dct, out, indent, level):
        if not dct:
            out.append("{}")
            return
        marker = self._check_marker(dct)
        out.append("{")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_repr(key, self.allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {key.__class__.__name__}")
            if not first:
                out.append(item_separator)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, indent, level)
        if indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("}")
        if marker is not None:
            del self._markers[marker]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)
