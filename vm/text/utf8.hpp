// UTF-8 text as vm/text (and vm/format, which uses these) sees it: decoding and encoding code
// points, counting them, moving between code-point indices and byte offsets, and the size limit
// of the texts both build.
//
// Invariants: str text is well-formed "generalised UTF-8": every code point, lone surrogates
// (U+D800..U+DFFF) included, is encoded on its own in the shortest form (a surrogate takes 3
// bytes; two surrogates are never merged into one 4-byte sequence). With that form, comparing
// the bytes of two strings orders them exactly as Python orders str (by code point), and equal
// bytes mean equal strings. On ill-formed input every function here stays within the buffer,
// but results (counts, indices, decoded values) are unspecified: an invalid or truncated
// sequence decodes as U+FFFD over the bytes it occupies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gyre::text {

// The last (code-point index, byte offset) pair converted in one text, so that moving through
// a long non-ASCII str (readline over a decoded chunk, s[i] in a loop, find from a position)
// costs the distance moved instead of the distance from an end. Only texts whose owner
// forgets the cursor when the text dies may use one (str objects do: vm/str.cpp).
struct OffsetCursor {
  const char* data = nullptr;  // the text it is about (with `size`); null: none
  size_t size = 0;
  size_t index = 0;
  size_t offset = 0;
};

// What a str object caches about its text. Functions taking a TextInfo require that it be
// measure(text) of the very same text; with it, index conversions on ASCII text are O(1).
struct TextInfo {
  size_t length = 0;  // code points
  bool ascii = true;  // every byte < 0x80 (so byte offsets are code-point indices)
  OffsetCursor* cursor = nullptr;  // optional, for non-ASCII text
};

TextInfo measure(std::string_view text);
bool is_ascii(std::string_view text);
size_t count_code_points(std::string_view text);

// Decodes the code point starting at text[at] (at < text.size()); returns its length in bytes.
size_t decode(std::string_view text, size_t at, char32_t& cp);
// Decodes the code point ending just before text[end] (0 < end <= text.size()); returns its
// length in bytes. Agrees with decode() on well-formed text.
size_t decode_before(std::string_view text, size_t end, char32_t& cp);

// Appends `cp` (<= U+10FFFF; surrogates allowed) in UTF-8.
void append_utf8(std::string& out, char32_t cp);
// Bytes taken by `cp` in UTF-8.
constexpr size_t utf8_size(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Byte offset of the code point `count` code points after the one at byte offset `at` (or
// text.size() when the text ends first).
size_t skip_forward(std::string_view text, size_t at, size_t count);
// Byte offset of the code point `count` code points before byte offset `at` (or 0).
size_t skip_backward(std::string_view text, size_t at, size_t count);
// Byte offset of code-point index `index` (index <= info.length).
size_t byte_offset(std::string_view text, const TextInfo& info, size_t index);
// Code-point index of byte offset `offset` (which starts a code point, or is text.size()).
size_t code_point_index(std::string_view text, const TextInfo& info, size_t offset);

// The largest result, in bytes, that vm/text and vm/format build. A larger one is refused before
// anything is allocated, as Python's MemoryError (CPython fails in the same place): attempting it
// could exhaust the machine's memory, or abort under AddressSanitizer.
inline constexpr uint64_t kMaxResultBytes = uint64_t{1} << 38;

// Throws std::bad_alloc when a result of `bytes` bytes is larger than kMaxResultBytes (or than a
// std::string can be), so that a too-large result is always Python's MemoryError (never
// std::length_error).
void check_result_size(uint64_t bytes);
// The same for a result of `fixed + count * unit` bytes, computed without overflow.
void check_result_size(uint64_t fixed, uint64_t count, uint64_t unit);

// Appends `count` copies of `unit` to `out` (check_result_size on the size `out` would reach).
void append_repeated(std::string& out, std::string_view unit, uint64_t count);
// Appends `count` copies of `cp` in UTF-8 (likewise).
void append_repeated(std::string& out, char32_t cp, uint64_t count);

}  // namespace gyre::text
