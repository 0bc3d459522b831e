#include "vm/text/str_split.hpp"

#include <algorithm>
#include <limits>

#include "vm/text/str_search.hpp"
#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text {
namespace {

uint64_t split_limit(int64_t maxsplit) {
  return maxsplit < 0 ? std::numeric_limits<uint64_t>::max() : static_cast<uint64_t>(maxsplit);
}

bool space_at(std::string_view s, size_t at, size_t& len) {
  char32_t cp;
  len = decode(s, at, cp);
  return is_space(cp);
}

bool space_before(std::string_view s, size_t end, size_t& len) {
  char32_t cp;
  len = decode_before(s, end, cp);
  return is_space(cp);
}

// CPython's split_whitespace: words are maximal runs of non-space; once maxsplit words are
// taken, the rest (with its leading whitespace skipped) is the last piece.
Pieces split_whitespace(std::string_view s, uint64_t limit) {
  Pieces out;
  size_t i = 0, n;
  while (true) {
    while (i < s.size() && space_at(s, i, n)) i += n;
    if (i == s.size()) break;
    if (limit-- == 0) {
      out.push_back(s.substr(i));
      break;
    }
    size_t word = i;
    while (i < s.size() && !space_at(s, i, n)) i += n;
    out.push_back(s.substr(word, i - word));
  }
  return out;
}

Pieces rsplit_whitespace(std::string_view s, uint64_t limit) {
  Pieces out;
  size_t i = s.size(), n;
  while (true) {
    while (i > 0 && space_before(s, i, n)) i -= n;
    if (i == 0) break;
    if (limit-- == 0) {
      out.push_back(s.substr(0, i));
      break;
    }
    size_t word_end = i;
    while (i > 0 && !space_before(s, i, n)) i -= n;
    out.push_back(s.substr(i, word_end - i));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

Result<Pieces> split(std::string_view s, std::optional<std::string_view> sep, int64_t maxsplit) {
  uint64_t limit = split_limit(maxsplit);
  if (!sep) return split_whitespace(s, limit);
  if (sep->empty()) return errors::kEmptySeparator;
  Pieces out;
  size_t i = 0;
  for (size_t at; limit > 0 && (at = find_bytes(s, *sep, i)) != std::string_view::npos; --limit) {
    out.push_back(s.substr(i, at - i));
    i = at + sep->size();
  }
  out.push_back(s.substr(i));
  return out;
}

Result<Pieces> rsplit(std::string_view s, std::optional<std::string_view> sep,
                      int64_t maxsplit) {
  uint64_t limit = split_limit(maxsplit);
  if (!sep) return rsplit_whitespace(s, limit);
  if (sep->empty()) return errors::kEmptySeparator;
  Pieces out;
  size_t j = s.size();
  for (size_t at; limit > 0 && (at = rfind_bytes(s.substr(0, j), *sep)) != std::string_view::npos;
       --limit) {
    out.push_back(s.substr(at + sep->size(), j - at - sep->size()));
    j = at;
  }
  out.push_back(s.substr(0, j));
  std::reverse(out.begin(), out.end());
  return out;
}

namespace {

// Length of the line break at s[at], or 0. The line breaks (the kLineBreak code points) are
// \n \v \f \r \x1c \x1d \x1e, U+0085 (C2 85) and U+2028/U+2029 (E2 80 A8/A9); matching
// their bytes finds only whole code points, as UTF-8 is self-synchronising.
size_t line_break_at(std::string_view s, size_t at) {
  auto byte = [&](size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  unsigned b = byte(at);
  if (b < 0x80) return (b >= 0x0A && b <= 0x0D) || (b >= 0x1C && b <= 0x1E);
  if (b == 0xC2) return byte(at + 1) == 0x85 ? 2 : 0;
  if (b == 0xE2) return byte(at + 1) == 0x80 && (byte(at + 2) & 0xFE) == 0xA8 ? 3 : 0;
  return 0;
}

}  // namespace

Pieces splitlines(std::string_view s, bool keepends) {
  Pieces out;
  size_t i = 0;
  while (i < s.size()) {
    size_t line = i, n = 0;
    while (i < s.size() && (n = line_break_at(s, i)) == 0) ++i;
    size_t eol = i;
    if (i < s.size()) {
      i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : n;
      if (keepends) eol = i;
    }
    out.push_back(s.substr(line, eol - line));
  }
  return out;
}

Result<std::array<std::string_view, 3>> partition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return errors::kEmptySeparator;
  size_t at = find_bytes(s, sep);
  if (at == std::string_view::npos) return std::array{s, s.substr(s.size()), s.substr(s.size())};
  return std::array{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

Result<std::array<std::string_view, 3>> rpartition(std::string_view s, std::string_view sep) {
  if (sep.empty()) return errors::kEmptySeparator;
  size_t at = rfind_bytes(s, sep);
  if (at == std::string_view::npos) return std::array{s.substr(0, 0), s.substr(0, 0), s};
  return std::array{s.substr(0, at), s.substr(at, sep.size()), s.substr(at + sep.size())};
}

namespace {
template <class Item>
std::string join_items(std::string_view sep, std::span<const Item> items) {
  std::string out;
  if (items.empty()) return out;
  // The items are in memory, so only the separators can make the size overflow.
  uint64_t size = 0;
  for (const Item& item : items) size += item.size();
  check_result_size(size, items.size() - 1, sep.size());
  size += sep.size() * (items.size() - 1);
  out.reserve(size);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.append(sep);
    out.append(items[i]);
  }
  return out;
}
}  // namespace

std::string join(std::string_view sep, std::span<const std::string_view> items) {
  return join_items(sep, items);
}

std::string join(std::string_view sep, std::span<const std::string> items) {
  return join_items(sep, items);
}

}  // namespace gyre::text
