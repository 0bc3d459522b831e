"""String constants, capwords and Template (CPython's string module; Template's pattern is
parsed by hand rather than with a regular expression, with the default $ delimiter)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (one space when sep is None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_identifier_char(c):
    return _is_identifier_start(c) or ("0" <= c <= "9")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """Yields (literal, None) and (None, (kind, name, start)) pieces of the template;
        kind is 'escaped', 'named' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        i = 0
        literal_start = 0
        n = len(text)
        while True:
            i = text.find(delim, i)
            if i < 0:
                break
            yield text[literal_start:i], None
            j = i + len(delim)
            if text.startswith(delim, j):
                yield None, ("escaped", None, i)
                i = j + len(delim)
            elif j < n and _is_identifier_start(text[j]):
                k = j
                while k < n and _is_identifier_char(text[k]):
                    k += 1
                yield None, ("named", text[j:k], i)
                i = k
            elif j < n and text[j] == "{":
                k = j + 1
                if k < n and _is_identifier_start(text[k]):
                    m = k
                    while m < n and _is_identifier_char(text[m]):
                        m += 1
                    if m < n and text[m] == "}":
                        yield None, ("named", text[k:m], i)
                        i = m + 1
                        literal_start = i
                        continue
                yield None, ("invalid", None, i)
                i = j
            else:
                yield None, ("invalid", None, i)
                i = j
            literal_start = i
        yield text[literal_start:], None

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _substitute(self, mapping, safe):
        out = []
        for literal, placeholder in self._parts():
            if placeholder is None:
                out.append(literal)
                continue
            kind, name, start = placeholder
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "named":
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self._original(start, name))
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.delimiter)
            else:
                self._invalid(start + len(self.delimiter))
        return "".join(out)

    def _original(self, start, name):
        # The placeholder as written ($name or ${name}), for safe_substitute.
        if self.template.startswith("{", start + len(self.delimiter)):
            return "%s{%s}" % (self.delimiter, name)
        return self.delimiter + name

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(_merged(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        for literal, placeholder in self._parts():
            if placeholder is not None and placeholder[0] == "named" and placeholder[1] not in ids:
                ids.append(placeholder[1])
        return ids

    def is_valid(self):
        return all(p is None or p[0] != "invalid" for _, p in self._parts())


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class Formatter:
    """str.format as a class (only the public entry points; no field parsing hooks)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
