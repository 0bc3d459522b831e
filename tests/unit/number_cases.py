#!/usr/bin/env python3
"""Generates number_cases.inc, the expectations of number_*_test.cpp, from python3 (3.11).

Run: python3 tests/unit/number_cases.py > tests/unit/number_cases.inc
Each row holds operands and the expected result as text: an int in decimal (past 100 digits,
"#h" and its hash), a float as repr(), or "!ErrorType: message" for an exception
("!ComplexResult" for a complex float power).
"""
import math
import random
import sys

sys.set_int_max_str_digits(4300)


def c_string(s):
    """A C++ string literal holding s (UTF-8), escaping with octal escapes."""
    out = []
    raw = s if isinstance(s, bytes) else s.encode('utf-8', 'surrogatepass')
    for b in raw:
        ch = chr(b)
        if ch == '"' or ch == '\\':
            out.append('\\' + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def show_int(v):
    """An int in decimal; past 100 digits, '#h' and its hash (keeps the table small)."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    text = str(v)
    sys.set_int_max_str_digits(limit)
    return text if len(text) <= 100 else '#h%d' % hash(v)


def show(v):
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return show_int(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, tuple):
        return ','.join(show(x) for x in v)
    raise TypeError(type(v))


def run(f):
    try:
        v = f()
    except Exception as e:  # noqa: BLE001
        return '!%s: %s' % (type(e).__name__, e)
    if isinstance(v, complex):
        return '!ComplexResult'
    return show(v)


INTS = sorted(set([
    0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 12345, -12345,
    2**31 - 1, -2**31, 2**32, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**47 + 1,
    2**52, 2**53, 2**53 + 1, -2**53 - 1, 2**62, -2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
    2**64 - 1, 2**64, -2**64, 2**64 + 1, 10**20, -10**20, 3**100, -(3**100), 2**200 + 12345,
]))
# The binary operations take every pair of these (a subset of INTS).
PAIR_INTS = [0, 1, -1, 3, -7, 12345, 2**47 - 1, -2**47, -2**47 - 1, 2**47, 2**53 + 1, 2**63 - 1,
             -2**63, 2**63, 2**64 + 1, -2**64, -(3**100), 2**200 + 12345]
BINARY_INT_OPS = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'divmod': lambda a, b: divmod(a, b),
    'truediv': lambda a, b: a / b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
    'cmp': lambda a, b: (a > b) - (a < b),
}
POW_EXPONENTS = [0, 1, 2, 3, 5, 17, 63, 64, -1, -2, -3]
SHIFTS = [0, 1, 2, 15, 16, 31, 46, 47, 48, 62, 63, 64, 65, 100, 1000, -1]
POW_MOD = [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (2, 1, 0), (7, 0, 1), (7, -1, 1), (-3, 5, 7),
           (3, 5, -7), (-3, -5, -7), (2**64 + 1, 2**63, 10**9 + 7), (12345, -1, 2**61 - 1),
           (0, -1, 5), (0, 0, 5), (10, 2**70, -(3**40)), (-1, 3, 2), (5, 3, -1)]
ROUND_INT = [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1251, -2), (15, -1), (25, -1),
             (-25, -1), (5, -1), (4, -1), (6, -1), (123, 2), (123, 0), (99, -2), (50, -2),
             (2**70 + 5 * 10**10, -11), (-10**30 - 5 * 10**20, -21), (10**20, -30), (7, -400),
             (10**25, 2**70)]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 7.5, -7.5, 0.1, 1e-300,
          5e-324, 1e300, -1e300, 1.7976931348623157e308, 2.0**53, 2.0**53 + 2, 1e16, 123.456,
          -0.25, math.inf, -math.inf, math.nan]


def int_table():
    rows = []
    sys.set_int_max_str_digits(4300)
    for op, f in BINARY_INT_OPS.items():
        for a in PAIR_INTS:
            for b in PAIR_INTS:
                rows.append((op, a, b, run(lambda: f(a, b))))
    for a in INTS:
        for e in POW_EXPONENTS:
            if abs(a) > 2**64 and e > 5:
                continue
            rows.append(('pow', a, e, run(lambda: a ** e)))
        for n in SHIFTS:
            rows.append(('lshift', a, n, run(lambda: a << n)))
            rows.append(('rshift', a, n, run(lambda: a >> n)))
        rows.append(('neg', a, 0, run(lambda: -a)))
        rows.append(('abs', a, 0, run(lambda: abs(a))))
        rows.append(('invert', a, 0, run(lambda: ~a)))
        rows.append(('hash', a, 0, run(lambda: hash(a))))
        rows.append(('float', a, 0, run(lambda: float(a))))
        rows.append(('bit_length', a, 0, run(lambda: a.bit_length())))
        for base in (2, 3, 8, 10, 16, 36):
            rows.append(('str%d' % base, a, 0, run(lambda: to_base(a, base))))
    for a, b in [(0, 5), (0, -5), (2**64, 3), (10**400, 1), (-10**400, 1), (1, 10**400),
                 (-1, 10**400), (2**1100, 2**76), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
                 (2**1024 - 2**971, 1), (3, 2**1075), (3, 2**1076), (1, 2**1074), (1, 2**1075),
                 (10**30 + 1, 10**15), (2**53 + 1, 1), (2**54 + 3, 2), (7, 2**60 + 3),
                 (-(2**80) - 1, 2**27), (1, 2**1100), (10**308 * 18, 10)]:
        rows.append(('truediv', a, b, run(lambda: a / b)))
    for a in (2**1000, 10**400, -(10**400), 2**1024 - 2**970, 2**1024 - 2**970 - 1,
              2**1024 - 2**971, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**63 + 2**10 + 1, 2**61 - 1,
              2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**122 - 1, 2**1000 - 1, 10**50):
        rows.append(('float', a, 0, run(lambda: float(a))))
        rows.append(('hash', a, 0, run(lambda: hash(a))))
    for a, b, m in POW_MOD:
        rows.append(('powmod', a, b, m, run(lambda: pow(a, b, m))))
    for a, n in ROUND_INT:
        rows.append(('round', a, n, run(lambda: round(a, n))))
    for a, e in [(2, 100), (-2, 63), (-3, 41), (10, 20), (0, 2**70), (1, 2**70),
                 (-1, 2**70 + 1), (-1, 2**70), (0, -(2**70)), (2**70, -1), (10**400, -1),
                 (0, -1), (2, -1074), (2, -1075), (2, -1076)]:
        rows.append(('pow', a, e, run(lambda: a ** e)))
    for a in (1, -1, 0, 2**100):
        for n in (2**70,):
            rows.append(('rshift', a, n, run(lambda: a >> n)))
    # Random operands of all sizes (fixed seed): correctly rounded division and conversion.
    rng = random.Random(2026)
    for _ in range(150):
        a = rng.getrandbits(rng.choice([10, 50, 54, 64, 100, 700, 1030, 1100])) * rng.choice([1, -1])
        b = rng.getrandbits(rng.choice([3, 30, 54, 64, 100, 700, 1030, 1100])) + 1
        rows.append(('truediv', a, b, run(lambda: a / b)))
        rows.append(('float', a, 0, run(lambda: float(a))))
        rows.append(('hash', a, 0, run(lambda: hash(a))))
        rows.append(('floordiv', a, b, run(lambda: a // b)))
        rows.append(('mod', a, -b, run(lambda: a % -b)))
    rows.append(('str10', 10**4299, 0, run(lambda: str(10**4299))[:5]))
    rows.append(('str10', 10**4300, 0, run(lambda: str(10**4300))))
    rows.append(('str10', -(10**4300 - 1), 0, run(lambda: str(-(10**4300 - 1)))[:5]))
    return rows


def to_base(a, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if a == 0:
        return '0'
    if base == 10:
        return str(a)
    neg, a = a < 0, abs(a)
    out = ''
    while a:
        a, d = divmod(a, base)
        out = digits[d] + out
    return ('-' if neg else '') + out


def int_float_compare_table():
    sys.set_int_max_str_digits(4300)
    rows = []
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64,
              1e20, -1e20, 1e300, 2.0**47, 2.0**47 + 0.5, -2.0**47 - 0.5, math.inf, -math.inf,
              math.nan, 9007199254740993.0, 1.5, -1.5, 2.0**200, 3.0**100]
    for a in INTS:
        for f in floats:
            r = 'unordered' if math.isnan(f) else ('<' if a < f else '>' if a > f else '==')
            rows.append((a, repr(f), r))
    return rows


def complex_or(a, b, f):
    """float_pow gives a complex result for a negative base and a fractional exponent."""
    if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
        return '!ComplexResult'
    return run(f)


def float_table():
    rows = []
    ops = {
        'floordiv': lambda a, b: a // b,
        'mod': lambda a, b: a % b,
        'divmod': lambda a, b: divmod(a, b),
        'truediv': lambda a, b: a / b,
        'pow': lambda a, b: a ** b,
    }
    rng = random.Random(11)
    for _ in range(100):
        a = rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-5, 5)
        b = rng.uniform(-1e3, 1e3) * 10.0 ** rng.randint(-5, 5)
        for op in ('floordiv', 'mod', 'divmod'):
            rows.append((op, a, b, run(lambda: ops[op](a, b))))
        rows.append(('pow', abs(a), b / 1000, run(lambda: abs(a) ** (b / 1000))))
    for op, f in ops.items():
        for a in FLOATS:
            for b in FLOATS:
                if op == 'pow':
                    rows.append((op, a, b, complex_or(a, b, lambda: f(a, b))))
                else:
                    rows.append((op, a, b, run(lambda: f(a, b))))
    extra_pow = [(-8.0, 1 / 3), (-2.0, 3.0), (-2.0, -3.0), (-2.0, 2.0), (-0.0, 3.0),
                 (-0.0, -3.0), (-0.0, 2.0), (-math.inf, 3.0), (-math.inf, -3.0), (-math.inf, 2.0),
                 (1.0, math.nan), (math.nan, 0.0), (-1.0, math.inf), (2.0, 1024.0),
                 (2.0, -1075.0), (10.0, 308.0), (10.0, 309.0), (-10.0, 309.0), (0.0, 0.0)]
    for a, b in extra_pow:
        rows.append(('pow', a, b, complex_or(a, b, lambda: a ** b)))
    for a, b in [(1e308, 1e-308), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.3, 0.1),
                 (1e16, 3.0), (-1e-320, 1.0), (5.0, math.inf), (-5.0, math.inf)]:
        for op in ('floordiv', 'mod', 'divmod'):
            rows.append((op, a, b, run(lambda: ops[op](a, b))))
    return rows


def float_unary_table():
    rows = []
    vals = FLOATS + [2.675, 0.125, 0.375, 1e22, 1.5e-7, 123456789.987654321, 2.0**63,
                     -2.0**63, 2.0**64 + 4096, 1e300 * 1.5, -4.5, 4.5, 0.49999999999999994,
                     2.0**-1074 * 3, 1 / 3, -1 / 3, 2.0**60 + 2.0**8]
    for x in vals:
        rows.append(('hash', x, 0, run(lambda: hash(x) if not math.isnan(x) else 'nan')))
        rows.append(('trunc', x, 0, run(lambda: int(x))))
        rows.append(('floor', x, 0, run(lambda: math.floor(x))))
        rows.append(('ceil', x, 0, run(lambda: math.ceil(x))))
        rows.append(('round', x, 0, run(lambda: round(x))))
        rows.append(('ratio', x, 0, run(lambda: x.as_integer_ratio())))
        rows.append(('is_integer', x, 0, run(lambda: int(x.is_integer()))))
        rows.append(('repr', x, 0, repr(x)))
        for n in (0, 1, 2, 3, -1, -2, 5, 15, 300, 323, 324, -308, -309, 2**70, -(2**70)):
            rows.append(('roundn', x, n, run(lambda: round(x, n))))
    rng = random.Random(7)
    for _ in range(100):
        x = rng.uniform(-1e4, 1e4) * 10.0 ** rng.randint(-10, 10)
        n = rng.randint(-12, 20)
        rows.append(('roundn', x, n, run(lambda: round(x, n))))
        rows.append(('hash', x, 0, run(lambda: hash(x))))
    for x, n in [(1.7976931348623157e308, -305), (1.7976931348623157e308, -308),
                 (5e-324, 323), (2.5e-323, 323), (0.5, 0), (1.5, 0), (-0.4, 0), (1234.5678, -2),
                 (0.285, 2), (1.005, 2), (2.5, 0), (-2.5, 0)]:
        rows.append(('roundn', x, n, run(lambda: round(x, n))))
    return rows


INT_TEXTS = [
    ('0', 10), ('-0', 10), ('+17', 10), ('  42  ', 10), ('\t\n42\r\f\v', 10), ('1_000', 10),
    ('1__000', 10), ('_1', 10), ('1_', 10), ('0x1f', 16), ('0X1F', 16), ('1f', 16), ('0x_1f', 16),
    ('0x__1f', 16), ('0x', 16), ('0x1f', 0), ('0o17', 0), ('0b101', 0), ('0B1_0', 0), ('017', 0),
    ('00', 0), ('0_0', 0), ('0', 0), ('-0', 0), ('010', 0), ('0xg', 0), ('0o8', 0), ('0b2', 0),
    ('17', 8), ('0o17', 8), ('0b101', 2), ('0x1f', 10), ('z', 36), ('Z', 36), ('zz', 35),
    ('10', 1), ('10', 37), ('10', -1), ('', 10), ('   ', 10), ('-', 10), ('+-1', 10), ('- 1', 10),
    ('1 2', 10), ('1\x002', 10), ('\u0663\u0664', 10), ('\u20031\u2003', 10), ('1\u00e9', 10),
    ('\u00e9' * 300, 10), ('x' * 250, 10), ('9223372036854775807', 10),
    ('9223372036854775808', 10), ('-9223372036854775809', 10), ('140737488355327', 10),
    ('140737488355328', 10), ('-140737488355328', 10), ('-140737488355329', 10),
    ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 4301 + 'x', 10), ('1' * 5000, 16),
    ('7' * 4301, 8), ('1' * 4301, 0), ('0x' + 'f' * 5000, 0), ('123456789012345678', 10),
    ('1234567890123456789', 10), ('0b', 0), ('0b_', 0), ('1_2_3', 0), ('0_7', 0), ('09', 0),
    ('0x1F', 0), ('  -0x10  ', 0), ('  -0x10  ', 16), ('11', 2), ('12', 2), ('0b11', 16),
    ('0o', 8), ('1e5', 10), ('1.0', 10), ('\u0661\u0662_\u0663', 10),
]
FLOAT_TEXTS = [
    '1.5', ' 1.5 ', '-1.5', '+1.5', '1', '1.', '.5', '.', '', ' ', '1e5', '1E5', '1e+5', '1e-5',
    '1e', 'e5', '1_000.5', '1_000_000', '1__0', '_1', '1_', '1._5', '1_.5', '1.5_', '1e_5',
    '1e1_0', 'inf', 'INF', '-inf', '+Infinity', 'infinity', 'infinit', 'nan', '-NaN', 'nan(1)',
    'in', '0x10', '1e400', '-1e400', '1e-400', '4.9e-324', '2.5e-324', '2.4703282292062328e-324',
    '0.1', '123456789012345678901234567890', '1.7976931348623157e308', '1.7976931348623159e308',
    '1e99999999999999999999', '1e-99999999999999999999', '0e99999999999999', '  \u2003-2.5 ',
    '\u0663.\u0661\u0664', '1.5x', 'x', 'x' * 300, '1\x00', '- 1', '--1', '9' * 400,
    '0.' + '0' * 400 + '1', '00012.5000', '1_2.3_4e5_6',
]


def int_from_text(text, base):
    """int(text, base) under the default 4300-digit limit, shown in full."""
    try:
        v = int(text, base)
    except Exception as e:  # noqa: BLE001
        return '!%s: %s' % (type(e).__name__, e)
    return show_int(v)


def main():
    w = sys.stdout.write
    int_rows, compare_rows = int_table(), int_float_compare_table()
    int_text_rows = [(text, base, int_from_text(text, base)) for text, base in INT_TEXTS]
    sys.set_int_max_str_digits(0)  # operands print in full; the rows were computed with 4300
    w('// Generated by tests/unit/number_cases.py from python3 %s: do not edit.\n'
      % sys.version.split()[0])
    w('// clang-format off\n')
    w('static const IntCase kIntCases[] = {\n')
    for row in int_rows:
        if row[0] == 'powmod':
            op, a, b, m, r = row
            w('  {"%s", "%d", "%d", "%d", %s},\n' % (op, a, b, m, c_string(r)))
        else:
            op, a, b, r = row
            w('  {"%s", "%d", "%d", "", %s},\n' % (op, a, b, c_string(r)))
    w('};\n\nstatic const IntFloatCompareCase kIntFloatCompareCases[] = {\n')
    for a, f, r in compare_rows:
        w('  {"%d", "%s", "%s"},\n' % (a, f, r))
    w('};\n\nstatic const FloatCase kFloatCases[] = {\n')
    for op, a, b, r in float_table() + float_unary_table():
        w('  {"%s", "%s", "%s", %s},\n' % (op, repr(a), show(b) if not isinstance(b, float)
                                           else repr(b), c_string(r)))
    w('};\n\nstatic const TextCase kIntTextCases[] = {\n')
    for text, base, r in int_text_rows:
        w('  {%ssv, %d, %s},\n' % (c_string(text), base, c_string(r)))
    for text, base in [(b'x' * 250, 10), (b'1_', 0), (b'\xff1', 10), (b' 12 ', 10),
                       (b'\xd9\xa3', 10)]:
        r = run(lambda: int(text, base))
        w('  {%ssv, %d, %s, true},\n' % (c_string(text), base, c_string(r)))
    w('};\n\nstatic const TextCase kFloatTextCases[] = {\n')
    for text in FLOAT_TEXTS:
        w('  {%ssv, 0, %s},\n' % (c_string(text), c_string(run(lambda: float(text)))))
    for text in [b'1.5', b' -2_0.5 ', b'\xd9\xa3', b'nan', b'1e', b'\xff']:
        w('  {%ssv, 0, %s, true},\n' % (c_string(text), c_string(run(lambda: float(text)))))
    w('};\n')


main()
