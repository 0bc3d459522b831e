#include "vm/text/wtf8.hpp"

namespace gyre::text {

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

size_t decode_wtf8(std::string_view text, size_t at, char32_t& cp) {
  if (size_t len = decode_sequence(text, at, cp)) return len;
  cp = 0xDC00 + static_cast<unsigned char>(text[at]);
  return 1;
}

}  // namespace gyre::text
