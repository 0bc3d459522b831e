// UTF-8 helpers for the formatting code (see utf8.hpp).
#include "vm/format/utf8.hpp"

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace gyre::format::detail {
namespace {

// First code point (digit zero) of every run of ten Unicode decimal digits, ascending. Every
// decimal digit of Unicode 14.0 belongs to one such run (checked with python3's unicodedata).
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,
    0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,
    0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,
    0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

}  // namespace

size_t decode_code_point(std::string_view text, size_t at, char32_t& cp) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  cp = lead;
  if (lead < 0x80) return 1;
  size_t len;
  char32_t min;
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2, min = 0x80, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3, min = 0x800, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4, min = 0x10000, cp = lead & 0x07;
  } else {
    cp = lead;
    return 1;
  }
  if (at + len > text.size()) {
    cp = lead;
    return 1;
  }
  for (size_t i = 1; i < len; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      cp = lead;
      return 1;
    }
    cp = (cp << 6) | (byte(at + i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) {
    cp = lead;
    return 1;
  }
  return len;
}

void append_code_point(std::string& out, char32_t cp) {
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

void append_repeated(std::string& out, char32_t cp, size_t count) {
  if (count == 0) return;
  std::string one;
  append_code_point(one, cp);
  if (count > (kMaxTextBytes - std::min(out.size(), kMaxTextBytes)) / one.size()) {
    throw std::length_error("append_repeated");
  }
  if (one.size() == 1) {
    out.append(count, one[0]);
    return;
  }
  out.reserve(out.size() + one.size() * count);
  for (size_t i = 0; i < count; ++i) out += one;
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  char32_t cp;
  for (size_t i = 0; i < text.size(); i += decode_code_point(text, i, cp)) ++n;
  return n;
}

size_t prefix_bytes(std::string_view text, size_t n) {
  size_t i = 0;
  char32_t cp;
  for (; i < text.size() && n > 0; --n) i += decode_code_point(text, i, cp);
  return i;
}

int decimal_digit_value(char32_t cp) {
  const auto* after = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
  if (after == std::begin(kDecimalZeros)) return -1;
  const char32_t offset = cp - after[-1];
  return offset < 10 ? static_cast<int>(offset) : -1;
}

}  // namespace gyre::format::detail
