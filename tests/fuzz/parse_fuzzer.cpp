// libFuzzer target for the parser (scripts/fuzz; built with -DGYRE_FUZZ=ON and clang): any
// bytes, parsed as a file, must give a tree or a syntax error, never a crash, a hang or a
// sanitizer report. The result is also rendered, as `gyre` would render it, so the dumper
// and the error formatter (caret and offset arithmetic) see the same inputs.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  gyre::parser::ParseResult result = gyre::parser::parse(source, "<fuzz>");
  if (result.error) {
    (void)gyre::parser::format_syntax_error(*result.error);
  } else if (result.tree) {
    (void)gyre::ast::dump(result.tree->root, true);
  }
  return 0;
}
