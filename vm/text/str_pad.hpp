// Padding and tab expansion of str: center, ljust, rjust, zfill and expandtabs.
//
// Invariants: UTF-8 in, UTF-8 out; widths and columns count code points. A str already at
// least `width` long comes back unchanged. The fill character must be one code point: TypeError
// "The fill character must be exactly one character long" otherwise (checked first, as
// CPython's argument parsing does).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/text/text_result.hpp"

namespace gyre::text {

Result<std::string> center(std::string_view s, int64_t width, std::string_view fill = " ");
Result<std::string> ljust(std::string_view s, int64_t width, std::string_view fill = " ");
Result<std::string> rjust(std::string_view s, int64_t width, std::string_view fill = " ");

// Pads with '0' on the left, after a leading '+' or '-'.
std::string zfill(std::string_view s, int64_t width);

// Replaces each tab by spaces up to the next multiple of tabsize (tabs vanish when
// tabsize <= 0); the column restarts after '\n' and '\r'. OverflowError "new string is too
// long" past 2**63 - 1 code points.
Result<std::string> expandtabs(std::string_view s, int tabsize = 8);

}  // namespace gyre::text
