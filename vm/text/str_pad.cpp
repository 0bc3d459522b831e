#include "vm/text/str_pad.hpp"

#include <limits>

#include "vm/text/utf8.hpp"

namespace gyre::text {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

bool is_one_code_point(std::string_view fill) {
  if (fill.empty()) return false;
  char32_t cp;
  return decode(fill, 0, cp) == fill.size();
}

// s with `left` and `right` copies of `fill` around it.
std::string pad(std::string_view s, uint64_t left, uint64_t right, std::string_view fill) {
  check_result_size(s.size(), left + right, fill.size());  // left + right < 2**63
  std::string out;
  out.reserve(s.size() + (left + right) * fill.size());
  append_repeated(out, fill, left);
  out.append(s);
  append_repeated(out, fill, right);
  return out;
}

enum class Align { Left, Right, Center };

Result<std::string> justify(std::string_view s, int64_t width, std::string_view fill,
                            Align align) {
  if (!is_one_code_point(fill)) return errors::kFillCharacter;
  auto len = static_cast<int64_t>(count_code_points(s));
  if (len >= width) return std::string(s);
  int64_t margin = width - len;
  switch (align) {
    case Align::Left:
      return pad(s, 0, static_cast<uint64_t>(margin), fill);
    case Align::Right:
      return pad(s, static_cast<uint64_t>(margin), 0, fill);
    case Align::Center:
      break;
  }
  // CPython's rounding: the odd space goes left only when both margin and width are odd.
  int64_t left = margin / 2 + (margin & width & 1);
  return pad(s, static_cast<uint64_t>(left), static_cast<uint64_t>(margin - left), fill);
}

}  // namespace

Result<std::string> center(std::string_view s, int64_t width, std::string_view fill) {
  return justify(s, width, fill, Align::Center);
}
Result<std::string> ljust(std::string_view s, int64_t width, std::string_view fill) {
  return justify(s, width, fill, Align::Left);
}
Result<std::string> rjust(std::string_view s, int64_t width, std::string_view fill) {
  return justify(s, width, fill, Align::Right);
}

std::string zfill(std::string_view s, int64_t width) {
  auto len = static_cast<int64_t>(count_code_points(s));
  if (len >= width) return std::string(s);
  auto fill = static_cast<uint64_t>(width - len);
  std::string out = pad(s, fill, 0, "0");
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return out;
}

Result<std::string> expandtabs(std::string_view s, int tabsize) {
  // First pass: the result's length in code points (checked against CPython's limit) and in
  // bytes.
  int64_t column = 0, total = 0;
  uint64_t bytes = 0;
  char32_t cp;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    at += n;
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - column % tabsize;
        if (column > kMax - incr || total > kMax - incr) return errors::kNewStringTooLong;
        column += incr;
        total += incr;
        bytes += static_cast<uint64_t>(incr);
      }
    } else {
      if (column > kMax - 1 || total > kMax - 1) return errors::kNewStringTooLong;
      ++column;
      ++total;
      bytes += n;
      if (cp == '\n' || cp == '\r') column = 0;
    }
  }
  check_result_size(bytes);
  std::string out;
  out.reserve(bytes);
  column = 0;
  for (size_t at = 0; at < s.size();) {
    size_t n = decode(s, at, cp);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
    } else {
      out.append(s.substr(at, n));
      column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
    }
    at += n;
  }
  return out;
}

}  // namespace gyre::text
