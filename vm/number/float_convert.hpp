// Conversions of Python floats: float(text) (CPython 3.11's float_from_string and
// _Py_string_to_number_with_underscores), float -> int (int(), math.floor/ceil, round()),
// round(x, ndigits), float.is_integer() and float.as_integer_ratio().
//
// Invariants: everything is exact or correctly rounded: float(text) rounds the decimal value
// once (std::from_chars), round(x, n) rounds the exact binary value of x half to even at the
// n-th decimal digit and then reads that decimal back (as CPython's dtoa-based double_round:
// round(2.675, 2) == 2.67), round(x) is half to even (round(0.5) == 0).
#pragma once

#include <string_view>

#include "vm/number/int.hpp"
#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

// float(text): surrounding whitespace ignored, underscores only between digits, 'inf',
// 'infinity' and 'nan' in any case with an optional sign; too large gives inf, too small 0.0.
// ValueError "could not convert string to float: 'x'" with repr(original) from `repr` (not
// truncated). `source` as for parse_int (int_string.hpp).
Result<double> parse_float(std::string_view text, ReprFunction repr,
                           TextSource source = TextSource::Str);

enum class FloatRounding { Truncate, Floor, Ceiling, HalfEven };
// int(x) (Truncate), math.floor (Floor), math.ceil (Ceiling), round(x) (HalfEven).
// OverflowError "cannot convert float infinity to integer", ValueError "cannot convert float
// NaN to integer".
Result<Int> float_to_int(double x, FloatRounding mode);

// round(x, ndigits) (ndigits any int: huge values behave as CPython's clamped ones); NaN and
// infinities round to themselves; OverflowError "rounded value too large to represent".
Result<double> float_round(double x, IntView ndigits);

bool float_is_integer(double x);
// x.as_integer_ratio(): lowest terms, positive denominator. OverflowError "cannot convert
// Infinity to integer ratio", ValueError "cannot convert NaN to integer ratio".
struct IntRatio {
  Int numerator;
  Int denominator;
};
Result<IntRatio> float_as_integer_ratio(double x);

}  // namespace gyre::vm::number
