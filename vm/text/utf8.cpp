#include "vm/text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <new>

namespace gyre::text {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

uint64_t load8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

bool is_ascii(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size(), i = 0;
  uint64_t any = 0;
  for (; i + 8 <= n; i += 8) any |= load8(p + i);
  for (; i < n; ++i) any |= static_cast<unsigned char>(p[i]);
  return (any & kHighBits) == 0;
}

size_t count_code_points(std::string_view text) {
  // Every byte that is not a continuation byte (10xxxxxx) starts a code point.
  const char* p = text.data();
  size_t n = text.size(), i = 0, continuations = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word = load8(p + i);
    continuations += std::popcount(word & ~(word << 1) & kHighBits);
  }
  for (; i < n; ++i) continuations += is_continuation(p[i]);
  return n - continuations;
}

TextInfo measure(std::string_view text) {
  if (is_ascii(text)) return {text.size(), true};
  return {count_code_points(text), false};
}

size_t decode(std::string_view text, size_t at, char32_t& cp) {
  unsigned b0 = static_cast<unsigned char>(text[at]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  size_t len;
  char32_t value, min;
  if (b0 >= 0xF8 || b0 < 0xC0) {  // not a lead byte
    cp = 0xFFFD;
    return 1;
  } else if (b0 >= 0xF0) {
    len = 4, value = b0 & 0x07, min = 0x10000;
  } else if (b0 >= 0xE0) {
    len = 3, value = b0 & 0x0F, min = 0x800;
  } else {
    len = 2, value = b0 & 0x1F, min = 0x80;
  }
  size_t n = 1;
  while (n < len && at + n < text.size() && is_continuation(text[at + n])) {
    value = (value << 6) | (static_cast<unsigned char>(text[at + n]) & 0x3F);
    ++n;
  }
  cp = n == len && value >= min && value <= 0x10FFFF ? value : 0xFFFD;
  return n;
}

size_t decode_before(std::string_view text, size_t end, char32_t& cp) {
  size_t start = end - 1;
  if (static_cast<unsigned char>(text[start]) < 0x80) {
    cp = static_cast<unsigned char>(text[start]);
    return 1;
  }
  while (start > 0 && end - start < 4 && is_continuation(text[start])) --start;
  if (decode(text, start, cp) == end - start) return end - start;
  decode(text, end - 1, cp);  // a stray continuation byte
  return 1;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    char bytes[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 2);
  } else if (cp < 0x10000) {
    char bytes[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                     static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 3);
  } else {
    char bytes[4] = {static_cast<char>(0xF0 | (cp >> 18)),
                     static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                     static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 4);
  }
}

size_t skip_forward(std::string_view text, size_t at, size_t count) {
  const size_t size = text.size();
  while (count > 0 && at < size) {
    ++at;
    while (at < size && is_continuation(text[at])) ++at;
    --count;
  }
  return at;
}

size_t skip_backward(std::string_view text, size_t at, size_t count) {
  while (count > 0 && at > 0) {
    --at;
    while (at > 0 && is_continuation(text[at])) --at;
    --count;
  }
  return at;
}

namespace {

// The cursor of `info` when it is about `text`.
OffsetCursor* cursor_for(std::string_view text, const TextInfo& info) {
  OffsetCursor* c = info.cursor;
  return c != nullptr && c->data == text.data() && c->size == text.size() ? c : nullptr;
}

void remember(std::string_view text, const TextInfo& info, size_t index, size_t offset) {
  if (info.cursor != nullptr) *info.cursor = {text.data(), text.size(), index, offset};
}

}  // namespace

size_t byte_offset(std::string_view text, const TextInfo& info, size_t index) {
  if (info.ascii) return index;
  // The ends are known (and must not move the cursor: searches ask for the end every time).
  if (index == 0) return 0;
  if (index >= info.length) return text.size();
  size_t offset;
  // Walk from whichever known point is nearest: the start, the end or the cursor.
  size_t from_end = info.length - index;
  OffsetCursor* c = cursor_for(text, info);
  size_t from_cursor = c == nullptr ? SIZE_MAX : (index >= c->index ? index - c->index : c->index - index);
  if (from_cursor <= index && from_cursor <= from_end) {
    offset = index >= c->index ? skip_forward(text, c->offset, index - c->index)
                               : skip_backward(text, c->offset, c->index - index);
  } else if (index <= from_end) {
    offset = skip_forward(text, 0, index);
  } else {
    offset = skip_backward(text, text.size(), from_end);
  }
  remember(text, info, index, offset);
  return offset;
}

size_t code_point_index(std::string_view text, const TextInfo& info, size_t offset) {
  if (info.ascii) return offset;
  if (offset == 0) return 0;
  if (offset >= text.size()) return info.length;
  size_t index;
  OffsetCursor* c = cursor_for(text, info);
  size_t from_cursor = c == nullptr ? SIZE_MAX : (offset >= c->offset ? offset - c->offset : c->offset - offset);
  if (from_cursor <= offset && from_cursor <= text.size() - offset) {
    index = offset >= c->offset ? c->index + count_code_points(text.substr(c->offset, offset - c->offset))
                                : c->index - count_code_points(text.substr(offset, c->offset - offset));
  } else if (offset <= text.size() / 2) {
    index = count_code_points(text.substr(0, offset));
  } else {
    index = info.length - count_code_points(text.substr(offset));
  }
  remember(text, info, index, offset);
  return index;
}

namespace {
uint64_t max_result_bytes() {
  return std::min<uint64_t>(kMaxResultBytes, std::string().max_size());
}
}  // namespace

void check_result_size(uint64_t bytes) {
  if (bytes > max_result_bytes()) throw std::bad_alloc();
}

void check_result_size(uint64_t fixed, uint64_t count, uint64_t unit) {
  const uint64_t limit = max_result_bytes();
  if (fixed > limit || (unit != 0 && count > (limit - fixed) / unit)) throw std::bad_alloc();
}

void append_repeated(std::string& out, std::string_view unit, uint64_t count) {
  if (count == 0 || unit.empty()) return;
  check_result_size(out.size(), count, unit.size());
  if (unit.size() == 1) {
    out.append(static_cast<size_t>(count), unit[0]);
    return;
  }
  out.reserve(out.size() + unit.size() * count);
  for (uint64_t i = 0; i < count; ++i) out.append(unit);
}

void append_repeated(std::string& out, char32_t cp, uint64_t count) {
  std::string unit;
  append_utf8(unit, cp);
  append_repeated(out, unit, count);
}

}  // namespace gyre::text
