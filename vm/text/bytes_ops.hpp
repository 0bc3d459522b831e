// Python's bytes/bytearray methods over raw bytes (namespace gyre::text), the parts that
// differ from str's: ASCII-only whitespace, case and character classes, line breaks \n \r
// \r\n only, widths and columns counted in bytes. The rest is shared with str (vm/text): a
// bytes object is searched, split on a separator, partitioned and joined by the str
// functions, with a TextInfo of {size, ascii = true} (one unit per byte; bytes_info), which
// makes their indices byte offsets.
//
// Invariants: any bytes in (no encoding assumed); results are views into the argument or new
// strings; values equal CPython 3.11's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/text/str_split.hpp"
#include "vm/text/text_result.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::text::bytes {

// The TextInfo under which the str search functions (str_search.hpp) treat each byte as one
// unit.
inline TextInfo bytes_info(std::string_view s) { return {s.size(), true}; }

constexpr bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
constexpr bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

// split()/rsplit() with sep None: runs of ASCII whitespace.
Pieces split_whitespace(std::string_view s, int64_t maxsplit = -1);
Pieces rsplit_whitespace(std::string_view s, int64_t maxsplit = -1);
Pieces splitlines(std::string_view s, bool keepends = false);

// strip family: chars absent = ASCII whitespace; otherwise the set of bytes in chars.
std::string_view strip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view lstrip(std::string_view s, std::optional<std::string_view> chars = {});
std::string_view rstrip(std::string_view s, std::optional<std::string_view> chars = {});

// replace: an empty old matches before every byte and at the end.
Result<std::string> replace(std::string_view s, std::string_view old, std::string_view new_,
                            int64_t count = -1);

std::string lower(std::string_view s);
std::string upper(std::string_view s);
std::string swapcase(std::string_view s);
std::string capitalize(std::string_view s);
std::string title(std::string_view s);

bool isalnum(std::string_view s);
bool isalpha(std::string_view s);
bool isascii(std::string_view s);
bool isdigit(std::string_view s);
bool islower(std::string_view s);
bool isupper(std::string_view s);
bool isspace(std::string_view s);
bool istitle(std::string_view s);

std::string center(std::string_view s, int64_t width, char fill = ' ');
std::string ljust(std::string_view s, int64_t width, char fill = ' ');
std::string rjust(std::string_view s, int64_t width, char fill = ' ');
std::string zfill(std::string_view s, int64_t width);
// OverflowError "result too long" as CPython's bytes.expandtabs.
Result<std::string> expandtabs(std::string_view s, int64_t tabsize = 8);

// bytes.hex(sep, bytes_per_sep): sep is one ASCII character or absent; bytes_per_sep > 0
// groups from the right, < 0 from the left.
std::string hex(std::string_view s, std::optional<char> sep = {}, int64_t bytes_per_sep = 1);
// bytes.fromhex(text): pairs of hex digits, ASCII whitespace allowed between pairs; on error
// the position of the offending character (CPython's "non-hexadecimal number found in
// fromhex() arg at position N"), with the result left undefined.
bool fromhex(std::string_view text, std::string& out, size_t& error_position);

}  // namespace gyre::text::bytes
