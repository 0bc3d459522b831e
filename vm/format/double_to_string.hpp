// PyOS_double_to_string (CPython 3.11 Python/pystrtod.c) for the formatting code: a double as
// text in the 'e', 'f', 'g' or 'r' (repr) style, with the digits of David Gay's dtoa modes 0, 2
// and 3. Digits come from std::to_chars (shortest round-trip, mode 0) and fmt's correctly rounded
// "{:.Ne}" / "{:.Nf}" (round half to even on the exact binary value, as dtoa does).
#pragma once

#include <cstdint>
#include <string>

namespace gyre::format::detail {

struct DoubleFlags {
  bool always_sign = false;  // Py_DTSF_SIGN: '+' before non-negative values
  bool add_dot_0 = false;    // Py_DTSF_ADD_DOT_0: '1.0' rather than '1' when there is no exponent
  bool alternate = false;    // Py_DTSF_ALT: keep the trailing '.' and, for 'g', trailing zeros
  bool no_neg_zero = false;  // Py_DTSF_NO_NEG_0: '-0.00' becomes '0.00'
};

// `code` is one of e E f F g G r; `precision` is ignored for 'r'. Infinities and NaNs come out
// as inf / nan (INF / NAN for the upper-case codes), NaN without its sign.
std::string double_to_string(double value, char code, int64_t precision, DoubleFlags flags);

}  // namespace gyre::format::detail
