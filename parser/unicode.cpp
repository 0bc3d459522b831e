#include "parser/unicode.hpp"

#include <algorithm>
#include <cstdint>

namespace gyre::parser {
namespace {

struct CodeRange {
  char32_t first, last;
};
struct NfkcMapping {
  char32_t cp;
  const char* utf8;
};
#include "parser/identifier_tables.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], char32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](char32_t v, const CodeRange& r) { return v < r.first; });
  return it != std::begin(table) && cp <= (it - 1)->last;
}

}  // namespace


size_t decode_utf8(std::string_view text, size_t at, char32_t& cp) {
  size_t len = text::decode_sequence(text, at, cp);
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

bool is_identifier_char(char32_t cp, bool at_start) {
  return at_start ? in_ranges(kIdentifierStart, cp) : in_ranges(kIdentifierContinue, cp);
}

std::string normalize_identifier(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t len = decode_utf8(text, i, cp);
    if (len == 0) len = 1;
    auto it = std::lower_bound(std::begin(kIdentifierNfkc), std::end(kIdentifierNfkc), cp,
                               [](const NfkcMapping& m, char32_t v) { return m.cp < v; });
    if (cp >= 0x80 && it != std::end(kIdentifierNfkc) && it->cp == cp) {
      out += it->utf8;
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    size_t len = decode_utf8(text, i, cp);
    i += len ? len : 1;
    ++n;
  }
  return n;
}

}  // namespace gyre::parser
