// The layout of a formatted number, shared by int and float: CPython 3.11's calc_number_widths,
// fill_number and _PyUnicode_InsertThousandsGrouping (Python/formatter_unicode.c,
// Objects/stringlib/localeutil.h). The output is
//   <left padding><sign><prefix><sign padding><grouped digits><decimal><remainder><right padding>
// where zero padding with '=' alignment is done by the grouping, as leading zero digits (and
// separators between them).
#pragma once

#include <string>
#include <string_view>

#include "vm/format/format_spec.hpp"

namespace gyre::format::detail {

struct NumberParts {
  bool negative = false;
  std::string_view prefix;     // "0x", "0X", "0o", "0b" or empty
  std::string_view digits;     // the integer digits (ASCII); empty for 'c', inf and nan
  bool has_decimal = false;    // a '.' between the digits and the remainder
  std::string_view remainder;  // UTF-8: fraction and exponent, '%', inf/nan, or the 'c' char
};

// `separator` is ',', '_' or '\0' (no grouping); `group` the digits per group (3 or 4).
std::string layout_number(const NumberParts& parts, const FormatSpec& spec, char separator,
                          int group);

}  // namespace gyre::format::detail
