// Source encodings (PEP 263): the coding declaration on line 1 or 2, decoding to UTF-8, and
// CPython's errors for undecodable source, unknown encodings and null bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/syntax_error.hpp"

namespace gyre::parser {

struct DecodedSource {
  std::string utf8;           // the text, without a BOM
  bool declared = false;      // a coding declaration or a BOM said what the encoding is
  bool bom = false;           // a BOM was removed
};

// Turns raw source bytes into UTF-8 text, or returns CPython's error.
// `filename` appears in the message for undecodable UTF-8, as in CPython's.
std::optional<SyntaxErrorInfo> decode_source(std::string_view raw, std::string_view filename,
                                             DecodedSource& out);

}  // namespace gyre::parser
