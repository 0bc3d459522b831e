// The text of a SyntaxWarning as Python's default warning display writes it.
#include "parser/syntax_error.hpp"

#include <string>
#include <string_view>

namespace gyre::parser {

std::string format_warning(const SyntaxWarningInfo& warning, const std::string& filename) {
  std::string out = filename + ":" + std::to_string(warning.lineno) + ": " + warning.category +
                    ": " + warning.msg + "\n";
  std::string_view line = warning.line;
  size_t first = line.find_first_not_of(" \t\f\v\r\n");
  if (first != std::string_view::npos) {
    size_t last = line.find_last_not_of(" \t\f\v\r\n");
    out += "  ";
    out += line.substr(first, last - first + 1);
    out += '\n';
  }
  return out;
}

}  // namespace gyre::parser
