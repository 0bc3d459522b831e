// Text preparation for int() and float() of a str: CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII, which makes non-ASCII decimal digits ASCII
// ('٣' -> '3') and non-ASCII whitespace a space, so that number parsing sees only ASCII.
//
// Invariants: UTF-8 in, ASCII out. ASCII text below U+007F is copied as is; the first code
// point that is neither (not a decimal digit, not whitespace, or U+007F) becomes '?' and ends
// the result, which then fails to parse as CPython's does.
#pragma once

#include <string>
#include <string_view>

namespace gyre::text {

std::string decimal_and_space_to_ascii(std::string_view s);

}  // namespace gyre::text
