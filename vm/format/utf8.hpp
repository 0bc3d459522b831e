// UTF-8 helpers for the formatting code: Python str values are held as UTF-8 (WTF-8 for lone
// surrogates), and widths, precisions and fill characters all count code points, as CPython's
// str does. Also Py_UNICODE_TODECIMAL, which format specifiers use to read widths.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gyre::format::detail {

// Decodes the code point at text[at] (WTF-8: surrogates are accepted); returns its length. A
// byte that starts no valid sequence counts as one code point of its own value.
size_t decode_code_point(std::string_view text, size_t at, char32_t& cp);

// Appends `cp` as UTF-8 (surrogates as 3 bytes).
void append_code_point(std::string& out, char32_t cp);

// Padding that would make a text longer than this many bytes is refused with std::length_error
// (reported as MemoryError) instead of being allocated: CPython fails in the same place, and an
// attempt could exhaust the machine's memory (or abort under AddressSanitizer).
inline constexpr size_t kMaxTextBytes = size_t{1} << 38;

// Appends `count` copies of `cp` (std::length_error past kMaxTextBytes).
void append_repeated(std::string& out, char32_t cp, size_t count);

// Number of code points in `text`.
size_t count_code_points(std::string_view text);

// Byte length of the first `n` code points of `text` (all of it if it is shorter).
size_t prefix_bytes(std::string_view text, size_t n);

// The decimal value of a Unicode decimal digit (category Nd, Unicode 14.0 as in CPython 3.11),
// or -1 for any other code point.
int decimal_digit_value(char32_t cp);

}  // namespace gyre::format::detail
