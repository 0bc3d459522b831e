// Padding, sign and digit grouping of formatted numbers (see number_layout.hpp).
#include "vm/format/number_layout.hpp"

#include <algorithm>
#include <cstdint>

#include "vm/text/utf8.hpp"

namespace gyre::format::detail {
namespace {

// _PyUnicode_InsertThousandsGrouping: groups `digits` from the right, then pads with zero digits
// (and their separators) until the result is at least `min_width` long.
std::string group_digits(std::string_view digits, int64_t min_width, char separator, int group) {
  min_width = std::max<int64_t>(min_width, 0);
  std::string reversed;  // built from the right, in one allocation (MemoryError if too big)
  text::check_result_size(static_cast<uint64_t>(min_width));
  const size_t size = std::max<size_t>(digits.size(), min_width);
  reversed.reserve(size + (separator != '\0' ? size / group + 1 : 0));
  int64_t remaining = static_cast<int64_t>(digits.size());
  bool use_separator = false;
  const auto emit = [&](int64_t len) {
    const int64_t zeros = std::max<int64_t>(0, len - remaining);
    const int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_separator) reversed += separator;
    for (int64_t i = 0; i < chars; ++i) reversed += digits[remaining - 1 - i];
    reversed.append(zeros, '0');
    remaining -= chars;
  };
  bool done = false;
  if (separator != '\0') {
    while (true) {
      const int64_t len = std::min<int64_t>(group, std::max({remaining, min_width, int64_t{1}}));
      emit(len);
      use_separator = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;  // the separator
    }
  }
  if (!done) emit(std::max({remaining, min_width, int64_t{1}}));
  return std::string(reversed.rbegin(), reversed.rend());
}

}  // namespace

std::string layout_number(const NumberParts& parts, const FormatSpec& spec, char separator,
                          int group) {
  char sign = '\0';
  if (parts.negative) {
    sign = '-';
  } else if (spec.sign == '+' || spec.sign == ' ') {
    sign = spec.sign;
  }
  const int64_t remainder_len = static_cast<int64_t>(text::count_code_points(parts.remainder));
  const int64_t non_digits = (sign ? 1 : 0) + static_cast<int64_t>(parts.prefix.size()) +
                             (parts.has_decimal ? 1 : 0) + remainder_len;
  const int64_t min_width = spec.fill == U'0' && spec.align == '=' ? spec.width - non_digits : 0;
  const std::string grouped = parts.digits.empty()
                                  ? std::string()
                                  : group_digits(parts.digits, min_width, separator, group);

  const int64_t padding =
      std::max<int64_t>(0, spec.width - (non_digits + static_cast<int64_t>(grouped.size())));
  int64_t left = 0, middle = 0, right = 0;
  switch (spec.align) {
    case '<':
      right = padding;
      break;
    case '^':
      left = padding / 2;
      right = padding - left;
      break;
    case '=':
      middle = padding;
      break;
    default:
      left = padding;
      break;
  }
  std::string out;
  text::append_repeated(out, spec.fill, left);
  if (sign) out += sign;
  out += parts.prefix;
  text::append_repeated(out, spec.fill, middle);
  out += grouped;
  if (parts.has_decimal) out += '.';
  out += parts.remainder;
  text::append_repeated(out, spec.fill, right);
  return out;
}

}  // namespace gyre::format::detail
