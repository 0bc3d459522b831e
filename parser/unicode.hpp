// Small Unicode helpers the parser needs: UTF-8 decoding and Python's identifier rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "vm/text/pyrepr.hpp"
#include "vm/text/utf8.hpp"
#include "vm/text/wtf8.hpp"

namespace gyre::parser {

// Decodes the UTF-8 sequence at text[at]. Returns its length (1-4) and sets `cp`, or returns 0
// for an invalid or truncated sequence (overlongs and surrogates are invalid, as in CPython).
size_t decode_utf8(std::string_view text, size_t at, char32_t& cp);

// WTF-8 decoding and str.isprintable() come from the shared text library.
using text::decode_wtf8;
using text::is_printable;

// Appends `cp` as UTF-8 (surrogates too, as 3 bytes: WTF-8).
using text::append_utf8;

// Can the non-ASCII code point `cp` start (at_start) or continue a Python identifier?
bool is_identifier_char(char32_t cp, bool at_start);

// An identifier as Python stores it: NFKC-normalised (character by character: the composition
// of combining sequences is not done). ASCII identifiers come back unchanged.
std::string normalize_identifier(std::string_view utf8);


// Number of code points in UTF-8 `text` (invalid bytes count one each).
size_t count_code_points(std::string_view text);

}  // namespace gyre::parser
