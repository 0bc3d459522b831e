// printf-style conversions of `str % args` (see percent_format.hpp). Mirrors CPython 3.11's
// unicode_format_arg_parse, mainformatlong / _PyUnicode_FormatLong, formatfloat, formatchar and
// unicode_format_arg_output (Objects/unicodeobject.c).
#include "vm/format/percent_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>

#include "vm/format/double_to_string.hpp"
#include "vm/format/format_errors.hpp"
#include "vm/format/int_text.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::format {
namespace {

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_text_conversion(char32_t c) { return c == 's' || c == 'r' || c == 'a'; }

FormatResult type_error(std::string message) {
  return FormatError{ErrorKind::TypeError, std::move(message)};
}

FormatResult unsupported(const PercentSpec& spec) {
  return FormatResult::value_error(
      unsupported_format_character(spec.conversion, spec.conversion_index));
}

// unicode_format_arg_output: precision truncation (s r a), sign, '0x' prefix and padding.
// `numeric` is CPython's arg->sign: set for the integer and float conversions.
std::string pad(std::string_view body, const PercentSpec& spec, bool numeric) {
  const char32_t conv = spec.conversion;
  const char fill = numeric && spec.zero_pad ? '0' : ' ';
  int64_t len = static_cast<int64_t>(text::count_code_points(body));
  if (is_text_conversion(conv) && spec.precision >= 0 && len > spec.precision) len = spec.precision;
  size_t at = 0;  // byte index in body
  char sign = '\0';
  if (numeric) {
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
      sign = body[0];
      --len;
      at = 1;
    } else if (spec.plus_sign) {
      sign = '+';
    } else if (spec.blank_sign) {
      sign = ' ';
    }
  }
  int64_t width = std::max(spec.width, len);
  std::string out;
  if (sign) {
    if (fill != ' ') out += sign;
    if (width > len) --width;
  }
  const bool prefix = spec.alternate && (conv == 'x' || conv == 'X' || conv == 'o');
  if (prefix) {
    if (fill != ' ') out.append(body.substr(at, 2)), at += 2;
    width = std::max<int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !spec.left_adjust) {
    text::append_repeated(out, fill, width - len);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += sign;
    if (prefix) out.append(body.substr(at, 2)), at += 2;
  }
  const std::string_view rest = body.substr(at);
  out.append(rest.substr(0, text::skip_forward(rest, 0, len)));
  if (width > len) text::append_repeated(out, ' ', width - len);
  return out;
}

// _PyUnicode_FormatLong: sign, '0x' / '0o' prefix when alternate, digits zero padded to the
// precision, upper case for 'X'.
template <class Int>
FormatResult format_integer(Int value, const PercentSpec& spec) {
  if (spec.precision > INT_MAX - 3) return FormatResult::overflow_error("precision too large");
  const char conv = static_cast<char>(spec.conversion);
  const int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
  const detail::IntDigits digits = detail::int_digits(value, base);
  std::string body = digits.negative ? "-" : "";
  if (spec.alternate && base != 10) body += conv == 'o' ? "0o" : "0x";
  const int64_t size = static_cast<int64_t>(digits.digits.size());
  if (spec.precision > size) body.append(spec.precision - size, '0');
  body += digits.digits;
  if (conv == 'X') {
    for (char& c : body) {
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return pad(body, spec, true);
}

FormatResult format_double(double value, const PercentSpec& spec) {
  detail::DoubleFlags flags;
  flags.alternate = spec.alternate;
  const int64_t precision = spec.precision < 0 ? 6 : spec.precision;
  return pad(detail::double_to_string(value, static_cast<char>(spec.conversion), precision, flags),
             spec, true);
}

FormatResult format_char(int64_t code, const PercentSpec& spec) {
  if (code < 0 || code > 0x10FFFF) {
    return FormatResult::overflow_error("%c arg not in range(0x110000)");
  }
  std::string character;
  text::append_utf8(character, static_cast<char32_t>(code));
  return pad(character, spec, false);
}

int64_t char_code(int64_t value) { return value; }
int64_t char_code(mpz_srcptr value) { return mpz_fits_slong_p(value) ? mpz_get_si(value) : -1; }

std::optional<double> to_double(int64_t value) { return static_cast<double>(value); }
std::optional<double> to_double(mpz_srcptr value) { return int_to_double(value); }

FormatResult format_text_value(std::string_view utf8, const PercentSpec& spec);

template <class Int>
FormatResult format_int_value(Int value, const PercentSpec& spec) {
  switch (spec.conversion) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return format_integer(value, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const std::optional<double> converted = to_double(value);
      if (!converted) return FormatResult::overflow_error(std::string(kIntTooLargeForFloat));
      return format_double(*converted, spec);
    }
    case 'c':
      return format_char(char_code(value), spec);
    case 's':
    case 'r':
    case 'a': {
      const detail::IntDigits digits = detail::int_digits(value, 10);
      return format_text_value((digits.negative ? "-" : "") + digits.digits, spec);
    }
    default:
      return unsupported(spec);
  }
}

FormatResult format_float_value(double value, const PercentSpec& spec) {
  switch (spec.conversion) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return format_double(value, spec);
    case 'd':
    case 'i':
    case 'u': {
      if (std::isinf(value)) {
        return FormatResult::overflow_error("cannot convert float infinity to integer");
      }
      if (std::isnan(value))
        return FormatResult::value_error("cannot convert float NaN to integer");
      mpz_t truncated;
      mpz_init_set_d(truncated, value);  // truncates toward zero, like int()
      FormatResult result = format_integer(static_cast<mpz_srcptr>(truncated), spec);
      mpz_clear(truncated);
      return result;
    }
    case 'o':
    case 'x':
    case 'X':
      return type_error(fmt::format("%{} format: an integer is required, not float",
                                    static_cast<char>(spec.conversion)));
    case 'c':
      return type_error("%c requires int or char");
    case 's':
    case 'r':
    case 'a': {
      detail::DoubleFlags flags;
      flags.add_dot_0 = true;
      return format_text_value(detail::double_to_string(value, 'r', 0, flags), spec);
    }
    default:
      return unsupported(spec);
  }
}

FormatResult format_text_value(std::string_view utf8, const PercentSpec& spec) {
  switch (spec.conversion) {
    case 's':
    case 'r':
    case 'a':
      return pad(utf8, spec, false);
    case 'c':
      if (text::count_code_points(utf8) != 1) return type_error("%c requires int or char");
      return pad(utf8, spec, false);
    case 'd':
    case 'i':
    case 'u':
      return type_error(fmt::format("%{} format: a real number is required, not str",
                                    static_cast<char>(spec.conversion)));
    case 'o':
    case 'x':
    case 'X':
      return type_error(fmt::format("%{} format: an integer is required, not str",
                                    static_cast<char>(spec.conversion)));
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return type_error("must be real number, not str");
    default:
      return unsupported(spec);
  }
}

}  // namespace

std::optional<std::string> parse_percent_spec(std::string_view format, size_t pos, PercentSpec& out,
                                              size_t pos_index) {
  if (pos_index == static_cast<size_t>(-1)) {
    pos_index = text::count_code_points(format.substr(0, pos));
  }
  PercentSpec spec;
  size_t index = pos_index;
  char32_t c = 0;
  const auto next = [&] {
    if (pos >= format.size()) return false;
    pos += text::decode(format, pos, c);
    ++index;
    return true;
  };
  const auto fail = [&](const char* message) {
    out = spec;
    return std::optional<std::string>(message);
  };
  // Reads a number whose first digit is `c` into `value`, up to the first non-digit (left in
  // `c`). Returns nullptr, or the error: `too_big` past `limit`, or "incomplete format".
  const auto read_number = [&](int64_t& value, int64_t limit, const char* too_big) {
    value = c - '0';
    while (true) {
      if (!next()) return "incomplete format";
      if (!is_digit(c)) return static_cast<const char*>(nullptr);
      const int digit = static_cast<int>(c - '0');
      if (value > (limit - digit) / 10) return too_big;
      value = value * 10 + digit;
    }
  };
  if (pos < format.size() && format[pos] == '%') {
    spec.is_escape = true;
    next();
  } else {
    if (pos < format.size() && format[pos] == '(') {  // "%(key)": balanced parentheses
      spec.has_key = true;
      next();
      spec.key_begin = pos;
      for (int depth = 1; depth > 0;) {
        if (!next()) return fail("incomplete format key");
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      spec.key_end = pos - 1;
    }
    bool more;
    while ((more = next())) {
      if (c == '-') {
        spec.left_adjust = true;
      } else if (c == '+') {
        spec.plus_sign = true;
      } else if (c == ' ') {
        spec.blank_sign = true;
      } else if (c == '#') {
        spec.alternate = true;
      } else if (c == '0') {
        spec.zero_pad = true;
      } else {
        break;
      }
    }
    if (!more) return fail("incomplete format");
    if (c == '*') {
      spec.width_star = true;
      if (!next()) return fail("incomplete format");
    } else if (is_digit(c)) {
      if (const char* error = read_number(spec.width, INT64_MAX, "width too big")) {
        return fail(error);
      }
    }
    if (c == '.') {
      spec.precision = 0;
      if (!next()) return fail("incomplete format");
      if (c == '*') {
        spec.precision_star = true;
        if (!next()) return fail("incomplete format");
      } else if (is_digit(c)) {
        if (const char* error = read_number(spec.precision, INT_MAX, "precision too big")) {
          return fail(error);
        }
      }
    }
    if ((c == 'h' || c == 'l' || c == 'L') && !next()) return fail("incomplete format");
  }
  spec.conversion = c;
  spec.conversion_index = index - 1;
  spec.end = pos;
  out = spec;
  return std::nullopt;
}

void set_star_width(PercentSpec& spec, int64_t width) {
  spec.left_adjust |= width < 0;
  spec.width = width < 0 ? -width : width;
}

void set_star_precision(PercentSpec& spec, int64_t precision) {
  spec.precision = std::max<int64_t>(precision, 0);
}

std::string unsupported_format_character(char32_t conversion, size_t index) {
  const char shown = conversion >= 31 && conversion <= 126 ? static_cast<char>(conversion) : '?';
  return fmt::format("unsupported format character '{}' (0x{:x}) at index {}", shown,
                     static_cast<uint32_t>(conversion), index);
}

FormatResult percent_format_int(mpz_srcptr value, const PercentSpec& spec) {
  return detail::memory_guard([&] { return format_int_value(value, spec); });
}

FormatResult percent_format_int(int64_t value, const PercentSpec& spec) {
  return detail::memory_guard([&] { return format_int_value(value, spec); });
}

FormatResult percent_format_float(double value, const PercentSpec& spec) {
  return detail::memory_guard([&] { return format_float_value(value, spec); });
}

FormatResult percent_format_text(std::string_view utf8, const PercentSpec& spec) {
  return detail::memory_guard([&] { return format_text_value(utf8, spec); });
}

}  // namespace gyre::format
