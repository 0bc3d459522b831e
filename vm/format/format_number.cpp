// int.__format__ and float.__format__ (see format_spec.hpp). Mirrors CPython 3.11's
// _PyLong_FormatAdvancedWriter, format_long_internal, _PyFloat_FormatAdvancedWriter and
// format_float_internal (Python/formatter_unicode.c), with the C locale for 'n'.
#include <fmt/format.h>

#include <cctype>
#include <climits>
#include <cmath>
#include <utility>
#include <variant>

#include "vm/format/double_to_string.hpp"
#include "vm/format/format_errors.hpp"
#include "vm/format/format_spec.hpp"
#include "vm/format/int_text.hpp"
#include "vm/format/number_layout.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::format {
namespace {

using detail::NumberParts;

// The grouping separator and group size of a spec ('_' groups b/o/x/X digits by four).
std::pair<char, int> grouping_of(const FormatSpec& spec, char32_t type) {
  if (type == 'n') return {'\0', 3};  // the C locale has no grouping
  const bool by_four = type == 'b' || type == 'o' || type == 'x' || type == 'X';
  return {spec.grouping, spec.grouping == '_' && by_four ? 4 : 3};
}

FormatResult layout(const NumberParts& parts, const FormatSpec& spec, char32_t type) {
  const auto [separator, group] = grouping_of(spec, type);
  return detail::memory_guard(
      [&]() -> FormatResult { return detail::layout_number(parts, spec, separator, group); });
}

// format_float_internal, for floats and for ints presented as floats.
FormatResult format_double(double value, const FormatSpec& spec) {
  if (spec.precision > INT_MAX) return FormatResult::value_error("precision too big");
  detail::DoubleFlags flags;
  flags.alternate = spec.alternate;
  flags.no_neg_zero = spec.no_neg_zero;
  char type = static_cast<char>(spec.type);
  int64_t default_precision = 6;
  if (type == '\0') {  // like repr, or 'g' with at least one digit after the point
    flags.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  const bool percent = type == '%';
  if (percent) {
    type = 'f';
    value *= 100;
  }
  int64_t precision = spec.precision;
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  return detail::memory_guard([&]() -> FormatResult {
    std::string text = detail::double_to_string(value, type, precision, flags);
    if (percent) text += '%';
    std::string_view rest = text;
    NumberParts parts;
    parts.negative = rest.front() == '-';
    if (parts.negative) rest.remove_prefix(1);
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    parts.digits = rest.substr(0, digits);
    parts.has_decimal = digits < rest.size() && rest[digits] == '.';
    parts.remainder = rest.substr(digits + (parts.has_decimal ? 1 : 0));
    const auto [separator, group] = grouping_of(spec, spec.type);
    return detail::layout_number(parts, spec, separator, group);
  });
}

bool is_float_type(char32_t type) {
  switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return true;
    default:
      return false;
  }
}

// The code point of format(value, 'c'), or the OverflowError message.
std::variant<char32_t, std::string> char_of(int64_t value) {
  if (value < 0 || value > 0x10FFFF) return std::string("%c arg not in range(0x110000)");
  return static_cast<char32_t>(value);
}
std::variant<char32_t, std::string> char_of(mpz_srcptr value) {
  if (!mpz_fits_slong_p(value)) return std::string("Python int too large to convert to C long");
  return char_of(static_cast<int64_t>(mpz_get_si(value)));
}

std::optional<double> to_double(int64_t value) { return static_cast<double>(value); }
std::optional<double> to_double(mpz_srcptr value) { return int_to_double(value); }

// _PyLong_FormatAdvancedWriter and format_long_internal, for either kind of integer.
template <class Int>
FormatResult format_integer(Int value, const FormatSpec& spec, std::string_view type_name) {
  const char32_t type = spec.type == '\0' ? U'd' : spec.type;
  if (is_float_type(type)) {
    const std::optional<double> converted = to_double(value);
    if (!converted) return FormatResult::overflow_error(std::string(kIntTooLargeForFloat));
    return format_double(*converted, spec);
  }
  int base;
  switch (type) {
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'd':
    case 'n':
    case 'c':
      base = 10;
      break;
    default:
      return detail::unknown_format_code(type, type_name);
  }
  if (spec.precision != -1) {
    return FormatResult::value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return FormatResult::value_error(
        "Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts parts;
  std::string character;
  if (type == 'c') {
    if (spec.sign != '\0') {
      return FormatResult::value_error("Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      return FormatResult::value_error(
          "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    const auto ch = char_of(value);
    if (auto* message = std::get_if<std::string>(&ch)) {
      return FormatResult::overflow_error(std::move(*message));
    }
    text::append_utf8(character, std::get<char32_t>(ch));
    parts.remainder = character;  // not digits: never grouped nor zero padded
    return layout(parts, spec, type);
  }
  detail::IntDigits digits = detail::int_digits(value, base);
  if (type == 'X') {
    for (char& c : digits.digits)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  static constexpr std::string_view kPrefixes[] = {"0b", "0o", "0x", "0X"};
  if (spec.alternate && base != 10) {
    parts.prefix = kPrefixes[type == 'b' ? 0 : type == 'o' ? 1 : type == 'x' ? 2 : 3];
  }
  parts.negative = digits.negative;
  parts.digits = digits.digits;
  return layout(parts, spec, type);
}

}  // namespace

FormatResult format_int(mpz_srcptr value, const FormatSpec& spec, std::string_view type_name) {
  return format_integer(value, spec, type_name);
}

FormatResult format_int(int64_t value, const FormatSpec& spec, std::string_view type_name) {
  return format_integer(value, spec, type_name);
}

FormatResult format_float(double value, const FormatSpec& spec, std::string_view type_name) {
  switch (spec.type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_double(value, spec);
    default:
      return detail::unknown_format_code(spec.type, type_name);
  }
}

FormatResult format_int(mpz_srcptr value, std::string_view spec, std::string_view type_name) {
  FormatSpec parsed;
  if (auto error = parse_format_spec(spec, parsed, SpecKind::Int, type_name)) {
    return FormatResult::value_error(std::move(*error));
  }
  return format_int(value, parsed, type_name);
}

FormatResult format_int(int64_t value, std::string_view spec, std::string_view type_name) {
  FormatSpec parsed;
  if (auto error = parse_format_spec(spec, parsed, SpecKind::Int, type_name)) {
    return FormatResult::value_error(std::move(*error));
  }
  return format_int(value, parsed, type_name);
}

FormatResult format_float(double value, std::string_view spec, std::string_view type_name) {
  FormatSpec parsed;
  if (auto error = parse_format_spec(spec, parsed, SpecKind::Float, type_name)) {
    return FormatResult::value_error(std::move(*error));
  }
  return format_float(value, parsed, type_name);
}

}  // namespace gyre::format
