// Python's format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision]
// [type]) and the __format__ of int, float and str, independent of any object model. Mirrors
// CPython 3.11's Python/formatter_unicode.c: the same parsing, defaults, padding, grouping and
// error messages, and float digits identical to PyOS_double_to_string.
//
// Text is UTF-8 (WTF-8 for lone surrogates); widths and precisions count code points.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace gyre::format {

// The Python exception a formatting operation raises.
enum class ErrorKind { ValueError, TypeError, OverflowError, MemoryError };

struct FormatError {
  ErrorKind kind;
  std::string message;
  bool operator==(const FormatError&) const = default;
};

// The formatted text, or the exception CPython raises instead.
class FormatResult {
 public:
  FormatResult(std::string text) : value_(std::move(text)) {}
  FormatResult(FormatError error) : value_(std::move(error)) {}
  static FormatResult value_error(std::string message) {
    return FormatError{ErrorKind::ValueError, std::move(message)};
  }
  static FormatResult overflow_error(std::string message) {
    return FormatError{ErrorKind::OverflowError, std::move(message)};
  }

  bool ok() const { return value_.index() == 0; }
  const std::string& text() const { return std::get<0>(value_); }  // ok() only
  std::string& text() { return std::get<0>(value_); }
  const FormatError& error() const { return std::get<1>(value_); }  // !ok() only

 private:
  std::variant<std::string, FormatError> value_;
};

// Which __format__ parses a spec: decides the default type ('d', none, 's') and alignment
// ('>' for numbers, '<' for str), as parse_internal_render_format_spec's arguments do.
enum class SpecKind { Int, Float, Str };

// A parsed format spec with the defaults applied (CPython's InternalFormatSpec).
struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';          // '<', '>', '^' or '='
  char sign = '\0';          // '+', '-', ' ' or '\0' when not given
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;        // -1: not given
  char grouping = '\0';      // ',', '_' or '\0'
  int64_t precision = -1;    // -1: not given
  char32_t type = '\0';      // presentation type; '\0' for float's default
};

// Parses `spec` as the __format__ of a `kind` object whose type is called `type_name` (which
// only appears in the "Invalid format specifier" message). Returns the ValueError message on
// error, e.g. "Format specifier missing precision" or "Cannot specify ',' with 'x'.".
std::optional<std::string> parse_format_spec(std::string_view spec, FormatSpec& out, SpecKind kind,
                                             std::string_view type_name);

// int.__format__ with a parsed spec (SpecKind::Int): types b c d n o x X, and e E f F g G %
// through float conversion ("int too large to convert to float"). `type_name` is for messages
// ('bool' for True). Note that CPython formats an empty spec as str(value), which for bool is
// 'True'; these functions give the decimal digits.
FormatResult format_int(mpz_srcptr value, const FormatSpec& spec,
                        std::string_view type_name = "int");
FormatResult format_int(int64_t value, const FormatSpec& spec, std::string_view type_name = "int");

// float.__format__ with a parsed spec (SpecKind::Float): types e E f F g G n % and none.
FormatResult format_float(double value, const FormatSpec& spec,
                          std::string_view type_name = "float");

// str.__format__ with a parsed spec (SpecKind::Str): type s only.
FormatResult format_str(std::string_view utf8, const FormatSpec& spec,
                        std::string_view type_name = "str");

// Parse and format in one step, as format(value, spec) does for exact int, float and str.
FormatResult format_int(mpz_srcptr value, std::string_view spec,
                        std::string_view type_name = "int");
FormatResult format_int(int64_t value, std::string_view spec, std::string_view type_name = "int");
FormatResult format_float(double value, std::string_view spec,
                          std::string_view type_name = "float");
FormatResult format_str(std::string_view utf8, std::string_view spec,
                        std::string_view type_name = "str");

// float(value) for an int, correctly rounded (half to even); nullopt when it overflows, where
// CPython raises OverflowError("int too large to convert to float").
std::optional<double> int_to_double(mpz_srcptr value);
inline constexpr std::string_view kIntTooLargeForFloat = "int too large to convert to float";

}  // namespace gyre::format
