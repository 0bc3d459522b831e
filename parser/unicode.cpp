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

namespace {

// The one UTF-8 decoder: a sequence's length (0 if invalid) and value, surrogates allowed.
size_t decode_sequence(std::string_view text, size_t at, char32_t& cp) {
  auto byte = [&](size_t i) -> unsigned { return static_cast<unsigned char>(text[i]); };
  unsigned b0 = byte(at);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (at + len > text.size()) return 0;
  for (size_t i = 1; i < len; ++i) {
    unsigned b = byte(at + i);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return 0;
  return len;
}

}  // namespace

size_t decode_utf8(std::string_view text, size_t at, char32_t& cp) {
  size_t len = decode_sequence(text, at, cp);
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

size_t decode_wtf8(std::string_view text, size_t at, char32_t& cp) {
  if (size_t len = decode_sequence(text, at, cp)) return len;
  cp = 0xDC00 + static_cast<unsigned char>(text[at]);
  return 1;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
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
