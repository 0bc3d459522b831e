#include "parser/lexical.hpp"

#include <algorithm>
#include <array>

namespace gyre::parser::lex {

bool is_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 35> kKeywords = {
      "False",  "None",   "True",    "and",      "as",       "assert", "async",
      "await",  "break",  "class",   "continue", "def",      "del",    "elif",
      "else",   "except", "finally", "for",      "from",     "global", "if",
      "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
      "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  return std::binary_search(kKeywords.begin(), kKeywords.end(), word);
}

}  // namespace gyre::parser::lex
