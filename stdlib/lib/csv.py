"""CSV reading and writing (CPython's csv module): reader and writer over any iterable of
lines / any object with write(), DictReader, DictWriter, dialects and the QUOTE_* rules."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect: the formatting parameters of a reader or writer."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        _checked_dialect(self)


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Settings:
    """The resolved parameters of one reader or writer (CPython's _csv.Dialect)."""

    _names = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
              "lineterminator", "quoting", "strict")

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in self._names:
            if name in fmtparams:
                value = fmtparams.pop(name)
            else:
                value = getattr(dialect, name, None)
            setattr(self, name, value)
        if fmtparams:
            name = next(iter(fmtparams))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if self.delimiter is None:
            self.delimiter = ","
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = "\r\n"
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        self.strict = bool(self.strict)
        self.doublequote = bool(self.doublequote)
        self.skipinitialspace = bool(self.skipinitialspace)
        _validate(self)


def _one_char(name, value, allow_none):
    if value is None:
        if allow_none:
            return
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)


def _validate(s):
    _one_char("delimiter", s.delimiter, False)
    _one_char("escapechar", s.escapechar, True)
    _one_char("quotechar", s.quotechar, True)
    if not isinstance(s.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    if s.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError("bad \"quoting\" value")
    if s.quotechar is None and s.quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")


def _checked_dialect(d):
    _Settings(d, {})


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else excel
    settings = _Settings(base, dict(fmtparams))
    _dialects[name] = settings


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states (CPython's parser in _csv.c works the same way, one character at a time).
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, iterable, dialect, fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Settings(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if len(self._field) != 0 or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                state = self._process(state, c)
            state = self._process(state, None)
            if state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, state, c):
        # c is None at the end of each line.
        d = self.dialect
        if state == _START_RECORD:
            if c is None:
                return _START_RECORD
            if c == "\n" or c == "\r":
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if c in ("\n", "\r", None):
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == " " and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            if d.quoting == QUOTE_NONNUMERIC:
                self._numeric = True
            self._add_char(c)
            return _IN_FIELD
        if state == _ESCAPED_CHAR:
            if c in ("\n", "\r"):
                self._add_char(c)
                return _AFTER_ESCAPED_CRNL
            if c is None:
                c = "\n"
            self._add_char(c)
            return _IN_FIELD
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return _AFTER_ESCAPED_CRNL
            return self._process(_IN_FIELD, c)
        if state == _IN_FIELD:
            if c in ("\n", "\r", None):
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            self._add_char(c)
            return _IN_FIELD
        if state == _IN_QUOTED_FIELD:
            if c is None:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED_FIELD
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            self._add_char(c)
            return _IN_QUOTED_FIELD
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add_char(c)
            return _IN_QUOTED_FIELD
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                return _IN_QUOTED_FIELD
            if c == d.delimiter:
                self._save_field()
                return _START_FIELD
            if c in ("\n", "\r", None):
                self._save_field()
                return _START_RECORD if c is None else _EAT_CRNL
            if not d.strict:
                self._add_char(c)
                return _IN_FIELD
            raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        if state == _EAT_CRNL:
            if c in ("\n", "\r"):
                return _EAT_CRNL
            if c is None:
                return _START_RECORD
            raise Error("new-line character seen in unquoted field - do you need to open "
                        "the file in universal-newline mode?")
        raise AssertionError(state)


def reader(csvfile, dialect="excel", **fmtparams):
    """Iterates over the rows (lists of str) of an iterable of lines."""
    return _Reader(csvfile, dialect, fmtparams)


try:
    _NUMBER_TYPES = (int, float, complex)
except NameError:
    _NUMBER_TYPES = (int, float)


class _Writer:
    def __init__(self, fileobj, dialect, fmtparams):
        self._write = fileobj.write
        self.dialect = _Settings(dialect, fmtparams)

    def _escape_field(self, field):
        """The field's text with quotechars doubled and escapes added, and whether the
        field must be quoted under QUOTE_MINIMAL (a special character left unescaped)."""
        d = self.dialect
        out = []
        needs_quotes = False
        for c in field:
            special = (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                       c in d.lineterminator or c == "\n" or c == "\r")
            if not special:
                out.append(c)
                continue
            escape = False
            if d.quoting == QUOTE_NONE:
                escape = True
            elif c == d.quotechar:
                if d.doublequote:
                    out.append(c)
                else:
                    escape = True
            elif c == d.escapechar:
                escape = True
            if escape:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
            else:
                needs_quotes = True
            out.append(c)
        return "".join(out), needs_quotes

    def _join(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        count = 0
        for field in fields:
            count += 1
            if field is None:
                text = ""
                numeric = False
            elif isinstance(field, str):
                text = field
                numeric = False
            else:
                text = repr(field) if isinstance(field, float) else str(field)
                numeric = isinstance(field, _NUMBER_TYPES)
            text, needs_quotes = self._escape_field(text)
            if d.quoting == QUOTE_ALL:
                quoted = True
            elif d.quoting == QUOTE_NONNUMERIC:
                quoted = not numeric
            elif d.quoting == QUOTE_NONE:
                quoted = False
            else:
                quoted = needs_quotes
            parts.append(d.quotechar + text + d.quotechar if quoted else text)
        if count == 1 and parts[0] == "":
            # A row holding one empty field must not look like an empty line.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return d.delimiter.join(parts) + d.lineterminator

    def writerow(self, row):
        return self._write(self._join(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """Writes rows as delimited lines to an object with a write() method."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Reads the header row if there is one.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Empty lines are skipped.
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
