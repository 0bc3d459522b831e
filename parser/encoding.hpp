// Source encodings (PEP 263): the coding declaration on line 1 or 2, decoding to UTF-8, and
// CPython's errors for undecodable source, unknown encodings and null bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/syntax_error.hpp"

namespace gyre::parser {

// Turns raw source bytes into UTF-8 text without a BOM, or returns CPython's error.
// `filename` appears in the message for undecodable UTF-8, as in CPython's.
std::optional<SyntaxErrorInfo> decode_source(std::string_view raw, std::string_view filename,
                                             std::string& utf8);

}  // namespace gyre::parser
