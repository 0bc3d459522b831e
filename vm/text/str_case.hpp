// Case conversion of str: upper, lower, casefold, capitalize, title and swapcase, with
// CPython's full (possibly multi-character) mappings and its context rule for GREEK CAPITAL
// LETTER SIGMA (lowercased to final sigma U+03C2 at the end of a word, else U+03C3).
//
// Invariants: UTF-8 in, UTF-8 out; no locale (the Turkish dotted and dotless I follow the
// default Unicode mappings, as CPython does: 'İ'.lower() == 'i̇'). The result may have more
// code points than the input ('ß'.upper() == 'SS').
#pragma once

#include <string>
#include <string_view>

namespace gyre::text {

std::string upper(std::string_view s);
std::string lower(std::string_view s);
std::string casefold(std::string_view s);
// First code point titlecased, the rest lowercased.
std::string capitalize(std::string_view s);
// Every code point after a cased one lowercased, every other one titlecased.
std::string title(std::string_view s);
// Uppercase code points lowercased, lowercase ones uppercased.
std::string swapcase(std::string_view s);

}  // namespace gyre::text
