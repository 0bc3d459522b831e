// printf-style formatting of one value, as `str % args` does for each conversion spec
// ("%(key)-+ #0*.*ld"), independent of any object model. Mirrors CPython 3.11's
// Objects/unicodeobject.c: unicode_format_arg_parse, _PyUnicode_FormatLong, formatfloat,
// formatchar and unicode_format_arg_output, with the same texts and error messages.
//
// The caller walks the format string, calls parse_percent_spec after each '%', fetches the
// argument (and the '*' ones), converts it (str(), repr(), ascii(), the int or float value) and
// calls the function for its kind. Text is UTF-8; indices count code points.
#pragma once

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/format/format_spec.hpp"

namespace gyre::format {

struct PercentSpec {
  bool has_key = false;  // "%(key)s": the key is format[key_begin, key_end)
  size_t key_begin = 0, key_end = 0;
  bool left_adjust = false;     // '-'
  bool plus_sign = false;       // '+'
  bool blank_sign = false;      // ' '
  bool alternate = false;       // '#'
  bool zero_pad = false;        // '0'
  bool width_star = false;      // width '*': the caller takes it from the arguments
  int64_t width = -1;           // -1: none
  bool precision_star = false;  // precision '*'
  int64_t precision = -1;       // -1: none
  char32_t conversion = 0;      // d i u o x X e E f F g G c r s a, '%' or anything else
  size_t conversion_index = 0;  // code point index of `conversion` in the format string
  size_t end = 0;               // byte offset just after the conversion character
  bool is_escape = false;       // "%%": a literal '%' that takes no argument
};

// Parses the spec that starts at byte `pos` of `format`, just after a '%'. `pos_index` is the
// code point index of `pos` (counted here when not given). Returns the ValueError message
// ("incomplete format", "incomplete format key", "width too big", "precision too big"). Fields
// parsed before an error are set, so that a caller can first check for a mapping (has_key:
// "format requires a mapping") and fetch the '*' arguments ("not enough arguments for format
// string"), which CPython does before it detects the error.
std::optional<std::string> parse_percent_spec(std::string_view format, size_t pos, PercentSpec& out,
                                              size_t pos_index = static_cast<size_t>(-1));

// A '*' argument: a negative width means left adjustment; a negative precision means 0.
void set_star_width(PercentSpec& spec, int64_t width);
void set_star_precision(PercentSpec& spec, int64_t precision);

// ValueError("unsupported format character 'y' (0x79) at index 3").
std::string unsupported_format_character(char32_t conversion, size_t index);

// An exact int: d i u o x X as an integer, e E f F g G through float(), c as a code point,
// s r a as its decimal digits.
FormatResult percent_format_int(mpz_srcptr value, const PercentSpec& spec);
FormatResult percent_format_int(int64_t value, const PercentSpec& spec);

// An exact float: e E f F g G, d i u through int() (truncation), s r a as repr(value).
FormatResult percent_format_float(double value, const PercentSpec& spec);

// The text of a str-like conversion: s r a (str(), repr() or ascii() of the argument, made by
// the caller; the precision truncates it), or c with a str argument (exactly one code point).
// Numeric conversions give the TypeError CPython raises for a str argument.
FormatResult percent_format_text(std::string_view utf8, const PercentSpec& spec);

}  // namespace gyre::format
