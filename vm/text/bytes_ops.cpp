#include "vm/text/bytes_ops.hpp"

#include <algorithm>
#include <bitset>
#include <limits>
#include <vector>

#include "vm/text/str_search.hpp"

namespace gyre::text::bytes {
namespace {

uint64_t limit_of(int64_t maxsplit) {
  return maxsplit < 0 ? std::numeric_limits<uint64_t>::max() : static_cast<uint64_t>(maxsplit);
}

// The bytes to strip: chars' bytes, or ASCII whitespace.
std::bitset<256> strip_set(std::optional<std::string_view> chars) {
  std::bitset<256> set;
  if (!chars) {
    for (unsigned c = 0; c < 256; ++c) set[c] = is_space(static_cast<unsigned char>(c));
  } else {
    for (char c : *chars) set[static_cast<unsigned char>(c)] = true;
  }
  return set;
}

unsigned char u(char c) { return static_cast<unsigned char>(c); }
char to_lower(char c) { return is_upper(u(c)) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return is_lower(u(c)) ? static_cast<char>(c - 'a' + 'A') : c; }

template <bool (*P)(unsigned char)>
bool all_of(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return P(u(c)); });
}

}  // namespace

Pieces split_whitespace(std::string_view s, int64_t maxsplit) {
  uint64_t limit = limit_of(maxsplit);
  Pieces out;
  size_t i = 0, n = s.size();
  while (true) {
    while (i < n && is_space(u(s[i]))) ++i;
    if (i == n) break;
    if (limit == 0) {
      out.push_back(s.substr(i));
      break;
    }
    size_t j = i;
    while (j < n && !is_space(u(s[j]))) ++j;
    out.push_back(s.substr(i, j - i));
    --limit;
    i = j;
  }
  return out;
}

Pieces rsplit_whitespace(std::string_view s, int64_t maxsplit) {
  uint64_t limit = limit_of(maxsplit);
  Pieces out;
  size_t j = s.size();
  while (true) {
    while (j > 0 && is_space(u(s[j - 1]))) --j;
    if (j == 0) break;
    if (limit == 0) {
      out.push_back(s.substr(0, j));
      break;
    }
    size_t i = j;
    while (i > 0 && !is_space(u(s[i - 1]))) --i;
    out.push_back(s.substr(i, j - i));
    --limit;
    j = i;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

Pieces splitlines(std::string_view s, bool keepends) {
  Pieces out;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      eol = (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? j + 2 : j + 1;
    }
    out.push_back(s.substr(i, (keepends ? eol : j) - i));
    i = eol;
  }
  return out;
}

std::string_view strip(std::string_view s, std::optional<std::string_view> chars) {
  return rstrip(lstrip(s, chars), chars);
}
std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars) {
  auto set = strip_set(chars);
  size_t i = 0;
  while (i < s.size() && set[u(s[i])]) ++i;
  return s.substr(i);
}
std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars) {
  auto set = strip_set(chars);
  size_t j = s.size();
  while (j > 0 && set[u(s[j - 1])]) --j;
  return s.substr(0, j);
}

Result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_,
                            int64_t count) {
  if (!old.empty()) return text::replace(s, old, new_, count);
  uint64_t limit = limit_of(count);
  uint64_t n = std::min<uint64_t>(limit, s.size() + 1);
  if (n == 0) return std::string(s);
  if (!new_.empty() && n > (static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) - s.size()) / new_.size()) {
    return errors::kReplaceTooLong;
  }
  check_result_size(s.size() + n * new_.size());
  std::string out;
  out.reserve(s.size() + n * new_.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < n) out += new_;
    out += s[i];
  }
  if (n > s.size()) out += new_;
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}
std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_upper(c);
  return out;
}
std::string swapcase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = is_upper(u(c)) ? to_lower(c) : to_upper(c);
  return out;
}
std::string capitalize(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? to_upper(out[i]) : to_lower(out[i]);
  return out;
}
std::string title(std::string_view s) {
  std::string out(s);
  bool previous_cased = false;
  for (char& c : out) {
    if (is_lower(u(c))) {
      if (!previous_cased) c = to_upper(c);
      previous_cased = true;
    } else if (is_upper(u(c))) {
      if (previous_cased) c = to_lower(c);
      previous_cased = true;
    } else {
      previous_cased = false;
    }
  }
  return out;
}

bool isalnum(std::string_view s) { return all_of<is_alnum>(s); }
bool isalpha(std::string_view s) { return all_of<is_alpha>(s); }
bool isascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return u(c) < 0x80; });
}
bool isdigit(std::string_view s) { return all_of<is_digit>(s); }
bool isspace(std::string_view s) { return all_of<is_space>(s); }
bool islower(std::string_view s) {
  bool cased = false;
  for (char c : s) {
    if (is_upper(u(c))) return false;
    cased |= is_lower(u(c));
  }
  return cased;
}
bool isupper(std::string_view s) {
  bool cased = false;
  for (char c : s) {
    if (is_lower(u(c))) return false;
    cased |= is_upper(u(c));
  }
  return cased;
}
bool istitle(std::string_view s) {
  bool cased = false, previous_cased = false;
  for (char c : s) {
    if (is_upper(u(c))) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (is_lower(u(c))) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

namespace {
std::string pad(std::string_view s, size_t left, size_t right, char fill) {
  check_result_size(s.size() + left + right);
  std::string out;
  out.reserve(s.size() + left + right);
  out.append(left, fill);
  out.append(s);
  out.append(right, fill);
  return out;
}
}  // namespace

std::string center(std::string_view s, int64_t width, char fill) {
  if (width <= static_cast<int64_t>(s.size())) return std::string(s);
  size_t marg = static_cast<size_t>(width) - s.size();
  // CPython's pad: left = marg / 2 + (marg & width & 1).
  size_t left = marg / 2 + (marg & static_cast<size_t>(width) & 1);
  return pad(s, left, marg - left, fill);
}
std::string ljust(std::string_view s, int64_t width, char fill) {
  if (width <= static_cast<int64_t>(s.size())) return std::string(s);
  return pad(s, 0, static_cast<size_t>(width) - s.size(), fill);
}
std::string rjust(std::string_view s, int64_t width, char fill) {
  if (width <= static_cast<int64_t>(s.size())) return std::string(s);
  return pad(s, static_cast<size_t>(width) - s.size(), 0, fill);
}
std::string zfill(std::string_view s, int64_t width) {
  if (width <= static_cast<int64_t>(s.size())) return std::string(s);
  std::string out = pad(s, static_cast<size_t>(width) - s.size(), 0, '0');
  size_t fill = static_cast<size_t>(width) - s.size();
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return out;
}

Result<std::string> expandtabs(std::string_view s, int64_t tabsize) {
  std::string out;
  uint64_t column = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        uint64_t n = static_cast<uint64_t>(tabsize) - column % static_cast<uint64_t>(tabsize);
        if (out.size() + n > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
          return Error{ErrorKind::OverflowError, "result too long"};
        }
        check_result_size(out.size() + n);
        out.append(n, ' ');
        column += n;
      }
    } else {
      out += c;
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return out;
}

std::string hex(std::string_view s, std::optional<char> sep, int64_t bytes_per_sep) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() * 3);
  size_t group = bytes_per_sep < 0 ? static_cast<size_t>(-bytes_per_sep) : static_cast<size_t>(bytes_per_sep);
  for (size_t i = 0; i < s.size(); ++i) {
    if (sep && group > 0 && i > 0) {
      // From the right (bytes_per_sep > 0): a separator where the bytes left are a multiple.
      bool boundary = bytes_per_sep > 0 ? (s.size() - i) % group == 0 : i % group == 0;
      if (boundary) out += *sep;
    }
    out += digits[u(s[i]) >> 4];
    out += digits[u(s[i]) & 15];
  }
  return out;
}

bool fromhex(std::string_view text, std::string& out, size_t& error_position) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  size_t i = 0, n = text.size();
  while (i < n) {
    if (is_space(u(text[i]))) {
      ++i;
      continue;
    }
    int top = digit(text[i]);
    if (top < 0) {
      error_position = i;
      return false;
    }
    int bot = i + 1 < n ? digit(text[i + 1]) : -1;
    if (bot < 0) {
      error_position = i + 1;
      return false;
    }
    out += static_cast<char>(top * 16 + bot);
    i += 2;
  }
  return true;
}

}  // namespace gyre::text::bytes
