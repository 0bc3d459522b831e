"""Regular expressions (CPython's re module) over the PCRE2 engine of the native _pcre module.

Python's pattern syntax is translated to PCRE2's where they differ (\\Z, \\uXXXX, {,n}); the
Pattern and Match objects, the replacement templates of sub() and the scanning rules of
finditer/sub/split (empty matches included, as Python 3.7+) are implemented here."""

import _pcre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    """The flags as ints that print as re.IGNORECASE|re.MULTILINE (CPython's enum repr)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))


_FLAG_NAMES = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
               ("ASCII", 256)]

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _to_text(b):
    # bytes -> str, one character per byte.
    return b.decode('latin-1')


def _to_bytes(s):
    return s.encode('latin-1')


def _join(parts, empty):
    return empty.join(parts)


def _char(pattern, i):
    # One character of a str or bytes pattern, as a str.
    c = pattern[i]
    return c if isinstance(c, str) else chr(c)


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PYTHON_ESCAPES = set("AbBdDsSwWZ" "afnrtvx0123456789" "\\" "uUN")


def _quantifier_length(text, i):
    """Length of the {m,n} quantifier at text[i] ('{'), or 0 when it is a literal brace."""
    j = i + 1
    n = len(text)
    while j < n and text[j].isdigit():
        j += 1
    if j < n and text[j] == ",":
        j += 1
        while j < n and text[j].isdigit():
            j += 1
    if j < n and text[j] == "}" and j > i + 1:
        return j + 1 - i
    return 0


def _translate(pattern, unicode_spaces):
    """Python pattern -> (PCRE2 pattern, parent group of each capturing group).

    Also reports, with CPython's messages and positions, the errors PCRE2 would word or
    place differently: unbalanced parentheses, unterminated sets, bad escapes, nothing to
    repeat, multiple repeat, redefined group names."""
    is_str = isinstance(pattern, str)
    text = pattern if is_str else _to_text(pattern)
    out = []
    n = len(text)
    i = 0
    open_groups = []      # (position, capture index or 0) of each open parenthesis
    parents = [0]         # parents[k]: enclosing capturing group of group k (0: none)
    names = {}
    global_flags = []     # letters of (?aiLmsux) groups, which apply to the whole pattern
    # What precedes the current position, for the repeat rules: "none" (start, "(", "|",
    # an anchor), "atom", "repeat" (a quantifier) or "modified" (a lazy/possessive one).
    last = "none"
    while i < n:
        c = text[i]
        if c == "\\":
            if i + 1 >= n:
                raise error("bad escape (end of pattern)", pattern, i)
            d = text[i + 1]
            if d in "uU" and is_str:
                width = 4 if d == "u" else 8
                digits = text[i + 2:i + 2 + width]
                if len(digits) != width or any(h not in "0123456789abcdefABCDEF" for h in digits):
                    raise error("incomplete escape \\%s%s" % (d, digits), pattern, i)
                out.append("\\x{%s}" % digits)
                i += 2 + width
                last = "atom"
                continue
            if d in _ASCII_LETTERS and d not in _PYTHON_ESCAPES:
                raise error("bad escape \\%s" % d, pattern, i)
            if "1" <= d <= "9":
                # A backreference (two digits at most; three octal digits are a character).
                j = i + 2
                if j < n and text[j].isdigit() and text[j].isascii():
                    j += 1
                digits = text[i + 1:j]
                octal = j < n and all(c in "01234567" for c in text[i + 1:j + 1])
                if not (len(digits) == 2 and octal):
                    group = int(digits)
                    if group >= len(parents):
                        raise error("invalid group reference %d" % group, pattern, i + 1)
                    if any(capture == group for _, capture in open_groups):
                        raise error("cannot refer to an open group", pattern, i)
            out.append(_ESCAPES_OUTSIDE_CLASS.get(d, c + d) if unicode_spaces or d in "Zv"
                       else c + d)
            last = "none" if d in "AZbB" else "atom"
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and text[j] == "^":
                j += 1
            if j < n and text[j] == "]":
                j += 1
            while j < n and text[j] != "]":
                if text[j] == "\\":
                    if j + 1 < n and text[j + 1] in "uU" and is_str:
                        j += 2 + (4 if text[j + 1] == "u" else 8)
                        continue
                    if j + 1 < n and text[j + 1] in _ASCII_LETTERS and \
                            text[j + 1] not in _PYTHON_ESCAPES:
                        raise error("bad escape \\%s" % text[j + 1], pattern, j)
                    j += 1
                j += 1
            if j >= n:
                raise error("unterminated character set", pattern, i)
            out.append(_translate_class(text[i:j + 1], unicode_spaces))
            i = j + 1
            last = "atom"
            continue
        if c == "(":
            if text.startswith("(?#", i):
                close = text.find(")", i)
                if close < 0:
                    raise error("missing ), unterminated comment", pattern, i)
                i = close + 1
                continue
            if text.startswith("(?P=", i):
                close = text.find(")", i)
                if close < 0:
                    raise error("missing ), unterminated name", pattern, i + 4)
                name = text[i + 4:close]
                if name not in names:
                    raise error("unknown group name '%s'" % name, pattern, i + 4)
                out.append(text[i:close + 1])
                i = close + 1
                last = "atom"
                continue
            capture = 0
            end = i + 1                # end of the group's opening in the pattern
            prefix = "("               # what PCRE2 gets for it
            if text.startswith("(?P<", i):
                close = text.find(">", i)
                if close < 0:
                    raise error("missing >, unterminated name", pattern, i + 4)
                name = text[i + 4:close]
                capture = len(parents)
                if not name:
                    raise error("missing group name", pattern, i + 4)
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, pattern, i + 4)
                if name in names:
                    raise error("redefinition of group name %r as group %d; was group %d"
                                % (name, capture, names[name]), pattern, i + 4)
                names[name] = capture
                end = close + 1
                prefix = text[i:end]
            elif text.startswith("(?", i):
                j = i + 2
                if text.startswith("<=", j) or text.startswith("<!", j):
                    end = j + 2
                elif j < n and text[j] in ":=!>":
                    end = j + 1
                else:
                    # Inline flags, (?i) for the whole pattern or (?i:...) scoped; PCRE2
                    # has no a, u or L (ASCII/UNICODE/LOCALE) flags.
                    if j >= n:
                        raise error("unexpected end of pattern", pattern, j)
                    if text[j] not in "aiLmsux-":
                        raise error("unknown extension ?%s" % text[j], pattern, i + 1)
                    while j < n and text[j] in "aiLmsux-":
                        j += 1
                    if j >= n or text[j] not in ":)":
                        raise error("missing -, : or )", pattern, j)
                    flags = text[i + 2:j].replace("a", "").replace("u", "").replace("L", "")
                    if j < n and text[j] == ")":
                        global_flags.extend(text[i + 2:j])
                        if flags:
                            out.append("(?%s)" % flags)
                        i = j + 1
                        continue
                    end = j + 1
                    prefix = "(?%s:" % flags if flags else "(?:"
                prefix = prefix if end > i + 1 and prefix != "(" else text[i:end]
            else:
                capture = len(parents)
            if capture:
                parents.append(_innermost_capture(open_groups))
            open_groups.append((i, capture))
            out.append(prefix)
            i = end
            last = "none"
            continue
        if c == ")":
            if not open_groups:
                raise error("unbalanced parenthesis", pattern, i)
            open_groups.pop()
            out.append(c)
            i += 1
            last = "atom"
            continue
        if c == "|":
            out.append(c)
            i += 1
            last = "none"
            continue
        if c in "^$":
            out.append(c)
            i += 1
            last = "none"
            continue
        length = 1 if c in "*+?" else (_quantifier_length(text, i) if c == "{" else 0)
        if length:
            if last == "none":
                raise error("nothing to repeat", pattern, i)
            if last == "modified" or (last == "repeat" and c not in "?+"):
                raise error("multiple repeat", pattern, i)
            last = "modified" if last == "repeat" else "repeat"
            quantifier = text[i:i + length]
            bounds = quantifier[1:-1].split(",")
            if len(bounds) == 2 and bounds[0] and bounds[1] and int(bounds[0]) > int(bounds[1]):
                raise error("min repeat greater than max repeat", pattern, i + 1)
            # Python reads {,n} as {0,n}; PCRE2 10.42 takes it literally.
            if quantifier.startswith("{,"):
                quantifier = "{0" + quantifier[1:]
            out.append(quantifier)
            i += length
            continue
        out.append(c)
        i += 1
        last = "atom"
    if open_groups:
        raise error("missing ), unterminated subpattern", pattern, open_groups[-1][0])
    result = "".join(out)
    if not is_str:
        result = _to_bytes(result)
    return result, parents, global_flags


# Escapes whose PCRE2 meaning differs: \Z is PCRE2's \z, \v is one character in Python (a
# class of vertical space in PCRE2), and Python's \s also holds the separators \x1c-\x1f
# (str.isspace) that Unicode's White_Space property lacks.
_ESCAPES_OUTSIDE_CLASS = {"Z": "\\z", "v": "\\x0b", "s": "[\\s\\x1c-\\x1f]",
                          "S": "[^\\s\\x1c-\\x1f]"}
_ESCAPES_IN_CLASS = {"v": "\\x0b", "s": "\\s\\x1c-\\x1f"}


def _translate_class(body, unicode_spaces):
    out = [body[0]]
    i = 1
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in "uU":
            width = 4 if body[i + 1] == "u" else 8
            out.append("\\x{%s}" % body[i + 2:i + 2 + width])
            i += 2 + width
            continue
        if c == "\\":
            d = body[i + 1:i + 2]
            if d == "v" or (d == "s" and unicode_spaces):
                out.append(_ESCAPES_IN_CLASS[d])
            else:
                out.append(body[i:i + 2])
            i += 2
            continue
        if c == "[":
            # A literal [ in a Python set; PCRE2 would read [: as a POSIX class.
            out.append("\\[")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _innermost_capture(open_groups):
    for position, capture in reversed(open_groups):
        if capture:
            return capture
    return 0


# PCRE2 error codes whose CPython message is known; the position is adjusted from PCRE2's
# offset (just after the offending item) to CPython's (its start).
_PCRE_ERRORS = {
    109: ("nothing to repeat", 1),
    115: ("invalid group reference", 0),
    143: ("redefinition of group name", 0),
}
_RANGE_OUT_OF_ORDER = 108
_LOOKBEHIND_NOT_FIXED = 125


def _compile_error(pattern, exc):
    message, offset, code = exc.args
    if isinstance(pattern, str):
        # The offset is in bytes of the UTF-8 (translated) pattern.
        chars = 0
        for c in pattern:
            offset -= len(c.encode("utf-8"))
            if offset < 0:
                break
            chars += 1
        offset = chars
    if code == _LOOKBEHIND_NOT_FIXED:
        return error("look-behind requires fixed-width pattern")
    if code == _RANGE_OUT_OF_ORDER and offset >= 2:
        # PCRE2 points at the range's end: "z-a" is it and the two characters before.
        return error("bad character range %s" % pattern[offset - 2:offset + 1], pattern,
                     offset - 2)
    if code in _PCRE_ERRORS:
        text, back = _PCRE_ERRORS[code]
        return error(text, pattern, max(0, offset - back))
    return error(message, pattern, offset)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


_INLINE_FLAGS = {"a": ASCII, "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                 "u": UNICODE, "x": VERBOSE}


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & ASCII:
                flags |= UNICODE
        else:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & LOCALE and flags & ASCII:
                raise ValueError("ASCII and LOCALE flags are incompatible")
        translated, self._parents, inline = _translate(
            pattern, isinstance(pattern, str) and not flags & ASCII)
        for letter in inline:
            flags |= _INLINE_FLAGS.get(letter, 0)
        if flags & ASCII:
            flags &= ~UNICODE
        options = 0
        if flags & IGNORECASE:
            options |= _pcre.CASELESS
        if flags & MULTILINE:
            options |= _pcre.MULTILINE
        if flags & DOTALL:
            options |= _pcre.DOTALL
        if flags & VERBOSE:
            options |= _pcre.EXTENDED
        if isinstance(pattern, str) and not flags & ASCII:
            options |= _pcre.UCP
        try:
            self._code, self.groups, names = _pcre.compile(translated, options)
        except ValueError as exc:
            raise _compile_error(pattern, exc) from None
        self.pattern = pattern
        self.flags = flags
        # PCRE2's name table is sorted by name; CPython's groupindex is in group order.
        self._names = dict(sorted(names.items(), key=lambda item: item[1]))
        self._index_to_name = {index: name for name, index in names.items()}

    @property
    def groupindex(self):
        return _mapping_proxy(dict(self._names))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check_subject(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        elif not isinstance(string, (bytes, bytearray)):
            raise TypeError("cannot use a bytes pattern on a string-like object")

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _run(self, string, pos, endpos, options):
        # One PCRE2 match; endpos < pos never matches (as CPython).
        if endpos < pos:
            return None
        return _pcre.match(self._code, string, pos, endpos, options)

    def _make_match(self, string, pos, endpos, offsets):
        return Match(self, string, pos, endpos, offsets)

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        self._check_subject(string)
        pos, endpos = self._bounds(string, pos, endpos)
        offsets = self._run(string, pos, endpos, _pcre.ANCHORED)
        return None if offsets is None else Match(self, string, pos, endpos, offsets)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        self._check_subject(string)
        pos, endpos = self._bounds(string, pos, endpos)
        offsets = self._run(string, pos, endpos, _pcre.ANCHORED | _pcre.ENDANCHORED)
        return None if offsets is None else Match(self, string, pos, endpos, offsets)

    def search(self, string, pos=0, endpos=None):
        """Scan through string looking for a match, and return a corresponding match
        object instance. Return None if no position in the string matches."""
        self._check_subject(string)
        pos, endpos = self._bounds(string, pos, endpos)
        offsets = self._run(string, pos, endpos, 0)
        return None if offsets is None else Match(self, string, pos, endpos, offsets)

    def _scan(self, string, pos=0, endpos=None):
        """Successive non-overlapping matches. After an empty match the next one may not be
        empty at the same position (Python 3.7+), so it is tried there anchored and
        non-empty first, then from the next character."""
        self._check_subject(string)
        pos, endpos = self._bounds(string, pos, endpos)
        start = pos
        previous_empty = False
        while start <= endpos:
            if previous_empty:
                offsets = self._run(string, start, endpos,
                                    _pcre.ANCHORED | _pcre.NOTEMPTY_ATSTART)
                if offsets is None:
                    if start >= endpos:
                        return
                    start += 1
                    offsets = self._run(string, start, endpos, 0)
            else:
                offsets = self._run(string, start, endpos, 0)
            if offsets is None:
                return
            yield Match(self, string, pos, endpos, offsets)
            previous_empty = offsets[0] == offsets[1]
            start = offsets[1]

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the RE pattern in
        string. For each match, the iterator returns a match object."""
        return self._scan(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        if isinstance(string, bytearray):
            string = bytes(string)
        result = []
        empty = string[:0]
        for m in self._scan(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                g = m.group(1)
                result.append(empty if g is None else g)
            else:
                result.append(m.groups(empty))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        self._check_subject(string)
        if isinstance(string, bytearray):
            string = bytes(string)
        result = []
        last = 0
        count = 0
        for m in self._scan(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the
        leftmost non-overlapping occurrences of pattern with the replacement repl."""
        self._check_subject(string)
        if isinstance(string, bytearray):
            string = bytes(string)
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand_template(m, template)
        parts = []
        last = 0
        n = 0
        for m in self._scan(string):
            if count > 0 and n >= count:
                break
            parts.append(string[last:m.start()])
            replacement = expand(m)
            if replacement is not None:
                parts.append(replacement)
            last = m.end()
            n += 1
        parts.append(string[last:])
        return _join(parts, string[:0]), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences
        of pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, offsets):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._offsets = offsets

    def _index(self, group):
        if isinstance(group, int) or (not isinstance(group, (str, bytes)) and
                                      hasattr(group, "__index__")):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, str):
            index = self.re._names.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _span(self, index):
        return self._offsets[2 * index], self._offsets[2 * index + 1]

    def _group(self, index, default=None):
        start, end = self._span(index)
        if start < 0:
            return default
        piece = self.string[start:end]
        return bytes(piece) if isinstance(piece, bytearray) else piece

    def group(self, *groups):
        """Return one or more subgroups of the match."""
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._group(index, default)
                for name, index in sorted(self.re._names.items(), key=lambda item: item[1])}

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The group that closed last: of the matched groups ending furthest, the one
        enclosing the others, else the highest numbered."""
        best = None
        best_end = -1
        for index in range(1, self.re.groups + 1):
            start, end = self._span(index)
            if start < 0:
                continue
            if end > best_end or (end == best_end and not self._encloses(index, best)):
                best, best_end = index, end
        return best

    def _encloses(self, outer, inner):
        parents = self.re._parents
        while inner:
            inner = parents[inner] if inner < len(parents) else 0
            if inner == outer:
                return True
        return False

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self.re._index_to_name.get(index)

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the template."""
        return _expand_template(self, _parse_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _mapping_proxy(d):
    try:
        return type(type.__dict__)(d)
    except TypeError:
        return d


_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}


def _parse_template(pattern, template):
    """A replacement template -> list of literal pieces (str/bytes) and group indices."""
    is_str = isinstance(template, str)
    if is_str != isinstance(pattern.pattern, str):
        if is_str:
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    text = template if is_str else _to_text(template)
    pieces = []
    literal = []
    i = 0
    n = len(text)

    def flush():
        if literal:
            pieces.append("".join(literal))
            literal.clear()

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = text[i + 1]
        if d == "g":
            if i + 2 >= n or text[i + 2] != "<":
                raise error("missing <", template, i + 2)
            close = text.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = text[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            elif name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._names[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 3)
            flush()
            pieces.append(index)
            i = close + 1
        elif d == "0":
            # Octal escape: \0 followed by up to two more octal digits.
            j = i + 2
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            literal.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d.isdigit() and d.isascii():
            j = i + 2
            if j < n and text[j].isdigit() and text[j].isascii():
                if (j + 1 < n and d in "01234567" and text[j] in "01234567"
                        and text[j + 1] in "01234567"):
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % text[i + 1:j + 2], template, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(text[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            flush()
            pieces.append(index)
            i = j
        elif d in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[d])
            i += 2
        elif d in _ASCII_LETTERS:
            raise error("bad escape \\%s" % d, template, i)
        else:
            literal.append("\\" + d)
            i += 2
    flush()
    if not is_str:
        pieces = [_to_bytes(p) if isinstance(p, str) else p for p in pieces]
    if not pieces:
        pieces.append(template[:0])
    return pieces


def _expand_template(m, pieces):
    empty = m.string[:0]
    out = []
    for piece in pieces:
        if isinstance(piece, int):
            value = m._group(piece)
            out.append(empty if value is None else value)
        else:
            out.append(piece)
    return _join(out, empty)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


# CPython 3.11 escapes exactly these characters.
_SPECIAL_CHARS = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    out = []
    for i in range(len(pattern)):
        if chr(pattern[i]) in _SPECIAL_CHARS:
            out.append(92)
        out.append(pattern[i])
    return bytes(out)
