// Small Unicode helpers the parser needs: UTF-8 decoding and Python's identifier rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gyre::parser {

// Decodes the UTF-8 sequence at text[at]. Returns its length (1-4) and sets `cp`, or returns 0
// for an invalid or truncated sequence (overlongs and surrogates are invalid, as in CPython).
size_t decode_utf8(std::string_view text, size_t at, char32_t& cp);

// Decodes one code point of WTF-8 text (UTF-8 that may hold surrogates) at text[at]; returns
// its length. A byte that starts no valid sequence decodes as U+DC80..U+DCFF (like Python's
// surrogateescape), one byte long.
size_t decode_wtf8(std::string_view text, size_t at, char32_t& cp);

// Appends `cp` as UTF-8 (surrogates too, as 3 bytes: WTF-8).
void append_utf8(std::string& out, char32_t cp);

// Can the non-ASCII code point `cp` start (at_start) or continue a Python identifier?
bool is_identifier_char(char32_t cp, bool at_start);

// An identifier as Python stores it: NFKC-normalised (character by character: the composition
// of combining sequences is not done). ASCII identifiers come back unchanged.
std::string normalize_identifier(std::string_view utf8);

// Is `cp` printable in the sense of Python's str.isprintable()? (defined in pyrepr.cpp)
bool is_printable(char32_t cp);

// Number of code points in UTF-8 `text` (invalid bytes count one each).
size_t count_code_points(std::string_view text);

}  // namespace gyre::parser
