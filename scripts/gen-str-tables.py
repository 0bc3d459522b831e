#!/usr/bin/env python3
"""Writes vm/text/str_tables.inc, the character database behind vm/text (Python's str methods),
from python3 3.11's own str methods and unicodedata. Run it with Python 3.11 whenever the
Unicode version changes; it checks its own output by decoding it again.

Every property is read from the behaviour of CPython's str methods on one or two characters,
so the tables reproduce CPython's internal database (Objects/unicodetype_db.h) exactly:

  flags         isalpha isdecimal isdigit isnumeric isspace isprintable, line breaks
                (str.splitlines), identifier start / continue (str.isidentifier), and the
                Lowercase / Uppercase / titlecase / Cased / Case_Ignorable properties the case
                methods use (read back from islower/isupper/title/lower as explained below);
  decimal       the value of a decimal digit (unicodedata.decimal, used by int() and float());
  upper, lower, title, fold
                the full case mappings (str.upper/lower/title/casefold of one character): a
                code point delta when the mapping is one character, else (with the record's
                `extended` bit for that mapping) an index and length into kExtendedCase.

Layout: kRecords holds each distinct record once; a code point's record is
kRecordIndex[(kBlockIndex[cp >> kBlockShift] << kBlockShift) + (cp & kBlockMask)] (a
two-stage table; the block size is chosen to minimise the table).
"""
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("run with Python 3.11 (its unicodedata is the database CPython 3.11 uses)")

FLAGS = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LINEBREAK",
         "ID_START", "ID_CONTINUE", "LOWER", "UPPER", "TITLE", "CASED", "CASE_IGNORABLE"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
MAPPINGS = ["upper", "lower", "title", "fold"]
LINE_BREAKS = {0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}


def flags_of(cp):
    c = chr(cp)
    f = 0
    for name, test in (("ALPHA", c.isalpha), ("DECIMAL", c.isdecimal), ("DIGIT", c.isdigit),
                       ("NUMERIC", c.isnumeric), ("SPACE", c.isspace),
                       ("PRINTABLE", c.isprintable), ("ID_START", c.isidentifier)):
        if test():
            f |= BIT[name]
    if ("a" + c).isidentifier():
        f |= BIT["ID_CONTINUE"]
    if len(("a" + c + "b").splitlines()) == 2:
        f |= BIT["LINEBREAK"]
    assert bool(f & BIT["LINEBREAK"]) == (cp in LINE_BREAKS), hex(cp)
    # isalnum is isalpha or isdecimal or isdigit or isnumeric (the C library tests all four).
    assert c.isalnum() == bool(f & (BIT["ALPHA"] | BIT["DECIMAL"] | BIT["DIGIT"] | BIT["NUMERIC"]))
    # Titlecase (Lt) is a category; Uppercase and Lowercase are read from str.islower/isupper:
    # 'a' + c is lower unless c is Uppercase or titlecase, 'A' + c is upper unless c is
    # Lowercase or titlecase.
    title = unicodedata.category(c) == "Lt"
    if title:
        f |= BIT["TITLE"]
        # Titlecase letters are neither Uppercase nor Lowercase: swapcase keeps them.
        assert c.swapcase() == c and c.lower() != c and c.upper() != c, hex(cp)
    else:
        if not ("a" + c).islower():
            f |= BIT["UPPER"]
        if not ("A" + c).isupper():
            f |= BIT["LOWER"]
    assert c.istitle() == bool(f & (BIT["UPPER"] | BIT["TITLE"])), hex(cp)
    # Cased: title() lowercases the character after a cased one.
    cased = (c + "a").title()[-1] == "a"
    if cased:
        f |= BIT["CASED"]
    # Case_Ignorable, from lower()'s final sigma rule. For a cased c, 'aΣ' + c ends its sigma
    # finally only when c is case-ignorable; for an uncased c, 'a' + c + 'Σ' does only when c is.
    if cased:
        ignorable = ("a\u03a3" + c).lower()[1] == "\u03c2"
    else:
        ignorable = ("a" + c + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable:
        f |= BIT["CASE_IGNORABLE"]
    return f


def record_of(cp, extended):
    """(flags, decimal, extended_mask, upper, lower, title, fold) of one code point."""
    c = chr(cp)
    flags = flags_of(cp)
    decimal = unicodedata.decimal(c, -1)
    assert (decimal >= 0) == bool(flags & BIT["DECIMAL"]), hex(cp)
    mask, fields = 0, []
    for i, mapped in enumerate((c.upper(), c.lower(), c.title(), c.casefold())):
        if len(mapped) == 1:
            fields.append(ord(mapped) - cp)
        else:
            assert 2 <= len(mapped) <= 3, hex(cp)
            key = tuple(ord(m) for m in mapped)
            if key not in extended:
                extended[key] = sum(len(k) for k in extended)
            mask |= 1 << i
            fields.append(extended[key] | len(key) << 24)
    return (flags, decimal, mask, *fields)


def split_bins(values, shift):
    """Two-stage table of `values` with 2**shift entries per block: (block index, entries)."""
    size = 1 << shift
    blocks, index, entries = {}, [], []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            entries.extend(block)
        index.append(blocks[block])
    return index, entries


def c_int_type(values):
    lo, hi = min(values), max(values)
    for name, a, b in (("uint8_t", 0, 255), ("uint16_t", 0, 65535), ("int32_t", -2**31, 2**31 - 1)):
        if a <= lo and hi <= b:
            return name
    raise ValueError("range")


def emit_array(name, values, per_line=24):
    ctype = c_int_type(values)
    items = [str(v) for v in values]
    lines = [",".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return (f"constexpr {ctype} {name}[{len(values)}] = {{\n" + ",\n".join(lines) + "};\n")


def main():
    extended = {}
    records, record_ids, per_cp = [], {}, []
    for cp in range(0x110000):
        rec = record_of(cp, extended)
        if rec not in record_ids:
            record_ids[rec] = len(records)
            records.append(rec)
        per_cp.append(record_ids[rec])
    # kRecords[0] (U+0000's) has no properties and maps to itself: the C++ code uses it for
    # values above U+10FFFF.
    assert records[0] == (0, -1, 0, 0, 0, 0, 0)

    best = None
    for shift in range(4, 11):
        index, entries = split_bins(per_cp, shift)
        cost = len(index) * 2 + len(entries) * (1 if len(records) < 256 else 2)
        if best is None or cost < best[0]:
            best = (cost, shift, index, entries)
    _, shift, index, entries = best

    ext_flat = [0] * sum(len(k) for k in extended)
    for key, at in extended.items():
        ext_flat[at:at + len(key)] = key

    # Self-check: decode every code point from the tables as the C++ code does.
    for cp in range(0x110000):
        rec = records[entries[(index[cp >> shift] << shift) + (cp & ((1 << shift) - 1))]]
        flags, decimal, mask, *fields = rec
        c = chr(cp)
        for i, expected in enumerate((c.upper(), c.lower(), c.title(), c.casefold())):
            if mask >> i & 1:
                at, n = fields[i] & 0xFFFFFF, fields[i] >> 24
                got = "".join(chr(x) for x in ext_flat[at:at + n])
            else:
                got = chr(cp + fields[i])
            assert got == expected, hex(cp)
        assert decimal == unicodedata.decimal(c, -1)
        assert bool(flags & BIT["ALPHA"]) == c.isalpha()

    out = [f"// Generated by scripts/gen-str-tables.py from Python {sys.version.split()[0]} "
           f"(Unicode {unicodedata.unidata_version}). Do not edit.\n"]
    out.append("// Character flags (CharRecord::flags).\n")
    out += [f"constexpr uint16_t k{''.join(w.title() for w in n.split('_'))} = 0x{BIT[n]:X};\n"
            for n in FLAGS]
    out.append(f"constexpr unsigned kBlockShift = {shift};\n")
    out.append(f"constexpr char32_t kBlockMask = 0x{(1 << shift) - 1:X};\n")
    out.append("// {flags, decimal, extended (bit per mapping: upper, lower, title, fold), "
               "{upper, lower, title, fold}}\n")
    out.append(f"constexpr CharRecord kRecords[{len(records)}] = {{\n")
    out += [f"{{0x{r[0]:X},{r[1]},{r[2]},{{{r[3]},{r[4]},{r[5]},{r[6]}}}}},\n" for r in records]
    out.append("};\n")
    out.append("// Multi-character case mappings (extended record fields: length << 24 | index).\n")
    out.append(emit_array("kExtendedCase", ext_flat, per_line=12))
    out.append(emit_array("kBlockIndex", index))
    out.append(emit_array("kRecordIndex", entries))

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vm", "text",
                        "str_tables.inc")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("".join(out))
    print(f"{len(records)} records, {len(ext_flat)} extended code points, block shift {shift}, "
          f"{len(index)} + {len(entries)} index entries", file=sys.stderr)


main()
