// Parsing of format specs and str.__format__ (see format_spec.hpp). Mirrors CPython 3.11's
// parse_internal_render_format_spec, format_string_internal and _PyUnicode_FormatAdvancedWriter.
#include "vm/format/format_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <new>
#include <stdexcept>

#include "vm/format/format_errors.hpp"
#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::format {
namespace {

bool is_alignment_token(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign_element(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// get_integer: reads Unicode decimal digits at s[pos]. Returns how many it read (0: none, so
// the value is not set), or -1 when the value would not fit a Py_ssize_t.
int64_t read_integer(const std::u32string& s, size_t& pos, int64_t& value) {
  int64_t accumulator = 0, count = 0;
  for (; pos < s.size(); ++pos, ++count) {
    const int digit = text::decimal_value(s[pos]);
    if (digit < 0) break;
    if (accumulator > (INT64_MAX - digit) / 10) return -1;
    accumulator = accumulator * 10 + digit;
  }
  if (count > 0) value = accumulator;
  return count;
}

std::string too_many_digits() { return "Too many decimal digits in format string"; }

}  // namespace

namespace detail {

std::string presentation_char(char32_t type) {
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  return fmt::format("\\x{:x}", static_cast<uint32_t>(type));
}

FormatResult unknown_format_code(char32_t type, std::string_view type_name) {
  return FormatResult::value_error(fmt::format("Unknown format code '{}' for object of type '{}'",
                                               presentation_char(type), type_name.substr(0, 200)));
}

FormatResult memory_guard(const std::function<FormatResult()>& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
  return FormatError{ErrorKind::MemoryError, ""};
}

}  // namespace detail

std::optional<std::string> parse_format_spec(std::string_view spec, FormatSpec& out, SpecKind kind,
                                             std::string_view type_name) {
  std::u32string s;
  char32_t cp;
  for (size_t i = 0; i < spec.size(); s += cp) i += text::decode(spec, i, cp);

  FormatSpec f;
  const char default_align = kind == SpecKind::Str ? '<' : '>';
  f.align = default_align;
  f.type = kind == SpecKind::Int ? U'd' : kind == SpecKind::Str ? U's' : U'\0';
  size_t pos = 0;
  const size_t end = s.size();
  bool fill_given = false, align_given = false;
  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = static_cast<char>(s[pos + 1]);
    f.fill = s[pos];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && is_sign_element(s[pos])) f.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') f.no_neg_zero = true, ++pos;
  if (pos < end && s[pos] == '#') f.alternate = true, ++pos;
  if (!fill_given && pos < end && s[pos] == '0') {  // zero padding, for backwards compatibility
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  if (read_integer(s, pos, f.width) < 0) return too_many_digits();
  if (pos < end && s[pos] == ',') f.grouping = ',', ++pos;
  if (pos < end && s[pos] == '_') {
    if (f.grouping != '\0') return "Cannot specify both ',' and '_'.";
    f.grouping = '_', ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == '_') return "Cannot specify both ',' and '_'.";
  if (pos < end && s[pos] == '.') {
    ++pos;
    const int64_t consumed = read_integer(s, pos, f.precision);
    if (consumed < 0) return too_many_digits();
    if (consumed == 0) return "Format specifier missing precision";
  }
  if (end - pos > 1) {
    return fmt::format("Invalid format specifier '{}' for object of type '{}'", spec,
                       type_name.substr(0, 200));
  }
  if (end - pos == 1) f.type = s[pos];

  if (f.grouping != '\0') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '\0':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':  // '_' groups them by four
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        return fmt::format("Cannot specify '{}' with '{}'.", f.grouping,
                           detail::presentation_char(f.type));
    }
  }
  out = f;
  return std::nullopt;
}

FormatResult format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name) {
  if (spec.type != 's' && spec.type != '\0')
    return detail::unknown_format_code(spec.type, type_name);
  if (spec.sign == ' ')
    return FormatResult::value_error("Space not allowed in string format specifier");
  if (spec.sign != '\0')
    return FormatResult::value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    return FormatResult::value_error(
        "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return FormatResult::value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return FormatResult::value_error("'=' alignment not allowed in string format specifier");
  }
  return detail::memory_guard([&]() -> FormatResult {
    int64_t len = static_cast<int64_t>(text::count_code_points(utf8));
    if (spec.precision >= 0 && len >= spec.precision) len = spec.precision;
    const std::string_view shown = utf8.substr(0, text::skip_forward(utf8, 0, len));
    const int64_t total = std::max(spec.width, len);
    const int64_t left = spec.align == '>'   ? total - len
                         : spec.align == '^' ? (total - len) / 2
                                             : 0;
    std::string out;
    text::append_repeated(out, spec.fill, left);
    out += shown;
    text::append_repeated(out, spec.fill, total - len - left);
    return out;
  });
}

FormatResult format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return std::string(utf8);
  FormatSpec parsed;
  if (auto error = parse_format_spec(spec, parsed, SpecKind::Str, type_name)) {
    return FormatResult::value_error(std::move(*error));
  }
  return format_str(utf8, parsed, type_name);
}

}  // namespace gyre::format
