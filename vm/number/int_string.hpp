// Python ints as text and back: str()/repr(), hex()/oct()/bin(), format digits in any base 2..36,
// and int(text, base) with exactly CPython 3.11's syntax and messages (Objects/longobject.c
// PyLong_FromString), including the int/str conversion length limit of 3.11 (4300 digits by
// default, sys.set_int_max_str_digits; it applies only to bases that are not powers of two).
// Also the conversion int -> float (float(x), correctly rounded).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/number/int.hpp"
#include "vm/number/number_error.hpp"

namespace gyre::vm::number {

inline constexpr int64_t kDefaultMaxStrDigits = 4300;  // 0 means no limit

// The digits of `a` in `base` (2..36, lower case) with a leading '-' when negative, no prefix.
// ValueError "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit" when base is not a power of two and the
// digits are more than max_str_digits.
Result<std::string> to_string(IntView a, int base = 10, int64_t max_str_digits = kDefaultMaxStrDigits);
// hex(a), oct(a), bin(a): '-0x1f' style (base 16, 8 or 2; no limit applies).
std::string to_prefixed_string(IntView a, int base);

// int(text, base). `text` is UTF-8 as the str holds it (non-ASCII decimal digits and spaces
// are accepted as CPython does) or the raw bytes of a bytes argument (`source`). `repr` gives
// repr() of the original object for the error message, which shows it cut to 200 characters
// (%.200R):
// ValueError "invalid literal for int() with base 10: 'x'". Bases: 0 (literal syntax, with
// prefixes and no leading zeros), 2..36; another base is ValueError "int() base must be >= 2 and
// <= 36, or 0". A non-power-of-two base with more than max_str_digits digits is ValueError
// "Exceeds the limit (4300 digits) for integer string conversion: value has N digits; use
// sys.set_int_max_str_digits() to increase the limit".
Result<Int> parse_int(std::string_view text, int base, ReprFunction repr,
                      TextSource source = TextSource::Str,
                      int64_t max_str_digits = kDefaultMaxStrDigits);

// float(a), correctly rounded (half to even): OverflowError "int too large to convert to float".
Result<double> to_double(IntView a);

}  // namespace gyre::vm::number
