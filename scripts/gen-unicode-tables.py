#!/usr/bin/env python3
"""Writes parser/unicode_tables.inc from python3's unicodedata (run it with Python 3.11, whose
Unicode database is 14.0.0, whenever the Unicode version changes). The file holds:

  kPrintableRanges          code points for which str.isprintable() is true, as sorted
                            [first, end) ranges (used by repr() of str, pyrepr.cpp);
  kUnifiedIdeographRanges   [first, end) ranges named algorithmically "CJK UNIFIED IDEOGRAPH-X";
  kHangulL/V/T              the jamo short names making up "HANGUL SYLLABLE X" names;
  kNameAliases              the formal name aliases \\N{...} accepts (NULL, LF, BOM, VS1, ...);
  kCharacterNames           every other character name, front-coded (see below).

All names of the Unicode database are included (not only the BMP): front coding keeps the
table near 330 KB of source.

kCharacterNames format, in code point order: an entry is one "prefix character" giving how many
leading characters the name shares with the previous entry's name (its index in
kNamePrefixChars), then the rest of the name (characters A-Z, 0-9, space and '-'). An entry's
code point is the previous entry's plus one, unless the entry is preceded by '~' and the
code point in upper-case hex.

Sections are compiled only where wanted: define GYRE_UNICODE_PRINTABLE_TABLE and/or
GYRE_UNICODE_NAME_TABLES before including the file; the including file defines the
CodePointRange {char32_t first, end;} and NameAlias {const char* name; char32_t code;} types.
"""
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("run with Python 3.11 (its unicodedata is the database CPython 3.11 uses)")

# Formal name aliases of the Unicode Character Database (NameAliases-14.0.0.txt), less the
# variation selectors (VS1-VS256, added below). Every one is checked against
# unicodedata.lookup, which accepts exactly what "\N{...}" accepts apart from named sequences.
ALIASES = """
0000 NULL;NUL
0001 START OF HEADING;SOH
0002 START OF TEXT;STX
0003 END OF TEXT;ETX
0004 END OF TRANSMISSION;EOT
0005 ENQUIRY;ENQ
0006 ACKNOWLEDGE;ACK
0007 ALERT;BEL
0008 BACKSPACE;BS
0009 CHARACTER TABULATION;HORIZONTAL TABULATION;HT;TAB
000A LINE FEED;NEW LINE;END OF LINE;LF;NL;EOL
000B LINE TABULATION;VERTICAL TABULATION;VT
000C FORM FEED;FF
000D CARRIAGE RETURN;CR
000E SHIFT OUT;LOCKING-SHIFT ONE;SO
000F SHIFT IN;LOCKING-SHIFT ZERO;SI
0010 DATA LINK ESCAPE;DLE
0011 DEVICE CONTROL ONE;DC1
0012 DEVICE CONTROL TWO;DC2
0013 DEVICE CONTROL THREE;DC3
0014 DEVICE CONTROL FOUR;DC4
0015 NEGATIVE ACKNOWLEDGE;NAK
0016 SYNCHRONOUS IDLE;SYN
0017 END OF TRANSMISSION BLOCK;ETB
0018 CANCEL;CAN
0019 END OF MEDIUM;EOM
001A SUBSTITUTE;SUB
001B ESCAPE;ESC
001C INFORMATION SEPARATOR FOUR;FILE SEPARATOR;FS
001D INFORMATION SEPARATOR THREE;GROUP SEPARATOR;GS
001E INFORMATION SEPARATOR TWO;RECORD SEPARATOR;RS
001F INFORMATION SEPARATOR ONE;UNIT SEPARATOR;US
0020 SP
007F DELETE;DEL
0080 PADDING CHARACTER;PAD
0081 HIGH OCTET PRESET;HOP
0082 BREAK PERMITTED HERE;BPH
0083 NO BREAK HERE;NBH
0084 INDEX;IND
0085 NEXT LINE;NEL
0086 START OF SELECTED AREA;SSA
0087 END OF SELECTED AREA;ESA
0088 CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;HTJ
008A LINE TABULATION SET;VERTICAL TABULATION SET;VTS
008B PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PLD
008C PARTIAL LINE BACKWARD;PARTIAL LINE UP;PLU
008D REVERSE LINE FEED;REVERSE INDEX;RI
008E SINGLE SHIFT TWO;SINGLE-SHIFT-2;SS2
008F SINGLE SHIFT THREE;SINGLE-SHIFT-3;SS3
0090 DEVICE CONTROL STRING;DCS
0091 PRIVATE USE ONE;PRIVATE USE-1;PU1
0092 PRIVATE USE TWO;PRIVATE USE-2;PU2
0093 SET TRANSMIT STATE;STS
0094 CANCEL CHARACTER;CCH
0095 MESSAGE WAITING;MW
0096 START OF GUARDED AREA;START OF PROTECTED AREA;SPA
0097 END OF GUARDED AREA;END OF PROTECTED AREA;EPA
0098 START OF STRING;SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER;SGC
009A SINGLE CHARACTER INTRODUCER;SCI
009B CONTROL SEQUENCE INTRODUCER;CSI
009C STRING TERMINATOR;ST
009D OPERATING SYSTEM COMMAND;OSC
009E PRIVACY MESSAGE;PM
009F APPLICATION PROGRAM COMMAND;APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG
11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
AA6E MYANMAR LETTER KHAMTI LLA
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK;BOM;ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG
16E76 MEDEFAIDRIN SMALL LETTER H
16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""

NAME_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -")
# One character per shared-prefix length 0..52: none of them occurs in names, none needs
# escaping in a C++ string literal, and none is '~' (the code point marker).
PREFIX_CHARS = "abcdefghijklmnopqrstuvwxyz!#$%&'()*+,./:;<=>@[]^_`{|}"
assert len(set(PREFIX_CHARS)) == len(PREFIX_CHARS) and not set(PREFIX_CHARS) & NAME_CHARS


def ranges(pred, first=0, last=0x10FFFF):
    out, start = [], None
    for cp in range(first, last + 1):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp))
            start = None
    if start is not None:
        out.append((start, last + 1))
    return out


def emit_ranges(name, rs, per_line=6):
    items = [f"{{0x{a:X}, 0x{b:X}}}" for a, b in rs]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return f"constexpr CodePointRange {name}[] = {{\n    " + ",\n    ".join(lines) + "};\n"


def emit_strings(name, strings):
    body = ", ".join(f'"{s}"' for s in strings)
    return f"constexpr const char* {name}[] = {{{body}}};\n"


def algorithmic(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


def main():
    out = [f"// Generated by scripts/gen-unicode-tables.py from Python {sys.version.split()[0]}'s "
           f"unicodedata (Unicode {unicodedata.unidata_version}). Do not edit.\n"]

    out.append("#ifdef GYRE_UNICODE_PRINTABLE_TABLE\n")
    out.append("// str.isprintable() is true exactly on these [first, end) ranges.\n")
    out.append(emit_ranges("kPrintableRanges", ranges(lambda c: chr(c).isprintable())))
    out.append("#endif  // GYRE_UNICODE_PRINTABLE_TABLE\n\n")

    out.append("#ifdef GYRE_UNICODE_NAME_TABLES\n")
    ideographs = ranges(lambda c: unicodedata.name(chr(c), "").startswith("CJK UNIFIED IDEOGRAPH-"))
    out.append("// Code points named \"CJK UNIFIED IDEOGRAPH-<hex>\", as [first, end) ranges.\n")
    out.append(emit_ranges("kUnifiedIdeographRanges", ideographs))

    # Jamo short names, read back from the algorithmic syllable names:
    # syllable = 0xAC00 + (l * 21 + v) * 28 + t.
    def syllable(l, v, t):
        return unicodedata.name(chr(0xAC00 + (l * 21 + v) * 28 + t))[len("HANGUL SYLLABLE "):]
    hangul_l = [syllable(l, 0, 0)[:-1] for l in range(19)]  # V 0 is "A"
    hangul_v = [syllable(0, v, 0)[1:] for v in range(21)]  # L 0 is "G"
    hangul_t = [syllable(0, 0, t)[2:] for t in range(28)]  # "GA" + T
    for l in range(19):
        for v in range(21):
            for t in range(28):
                assert syllable(l, v, t) == hangul_l[l] + hangul_v[v] + hangul_t[t]
    out.append("// Short names of the leading consonants, vowels and trailing consonants in\n"
               "// \"HANGUL SYLLABLE <L><V><T>\" (code point 0xAC00 + (L * 21 + V) * 28 + T).\n")
    out.append(emit_strings("kHangulL", hangul_l))
    out.append(emit_strings("kHangulV", hangul_v))
    out.append(emit_strings("kHangulT", hangul_t))

    aliases = []
    for line in ALIASES.strip().splitlines():
        cp, names = line.split(" ", 1)
        aliases += [(name, int(cp, 16)) for name in names.split(";")]
    aliases += [(f"VS{i + 1}", 0xFE00 + i) for i in range(16)]
    aliases += [(f"VS{i + 17}", 0xE0100 + i) for i in range(240)]
    for name, cp in aliases:
        assert set(name) <= NAME_CHARS, name
        assert unicodedata.lookup(name) == chr(cp), name
        assert unicodedata.name(chr(cp), None) != name, name
    aliases.sort()
    out.append("// Formal name aliases, sorted by name.\n")
    out.append("constexpr NameAlias kNameAliases[] = {\n")
    out += [f'    {{"{name}", 0x{cp:X}}},\n' for name, cp in aliases]
    out.append("};\n")

    out.append(f'constexpr char kNamePrefixChars[] = "{PREFIX_CHARS}";\n')
    encoded, prev_name, prev_cp, count = [], "", -1, 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or algorithmic(name):
            continue
        assert set(name) <= NAME_CHARS, name
        shared = 0
        while (shared < min(len(name), len(prev_name), len(PREFIX_CHARS) - 1)
               and name[shared] == prev_name[shared]):
            shared += 1
        if cp != prev_cp + 1:
            encoded.append(f"~{cp:X}")
        encoded.append(PREFIX_CHARS[shared] + name[shared:])
        prev_name, prev_cp = name, cp
        count += 1
    text = "".join(encoded)
    out.append(f"// The {count} names of the Unicode database that are not algorithmic.\n")
    out.append(f"constexpr size_t kCharacterNameCount = {count};\n")
    out.append("constexpr const char kCharacterNames[] =\n")
    out += [f'    "{text[i:i + 96]}"\n' for i in range(0, len(text), 96)]
    out.append("    ;\n")
    out.append("#endif  // GYRE_UNICODE_NAME_TABLES\n")

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser",
                        "unicode_tables.inc")
    with open(path, "w") as f:
        f.write("".join(out))


main()
