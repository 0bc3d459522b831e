// The parser's public face: source text in, AST (or a SyntaxError) out.
// PEGTL stays inside the parser's .cpp files; nothing here exposes it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "parser/ast.hpp"
#include "parser/syntax_error.hpp"

namespace gyre::parser {

enum class Mode {
  File,         // a module: ast.Module (what `exec` and scripts use)
  Interactive,  // one REPL entry: ast.Interactive
  Eval,         // one expression: ast.Expression
};

struct ParseResult {
  std::unique_ptr<ast::Tree> tree;       // set on success; tree->root is the mod node
  std::string source;  // the text the positions refer to: UTF-8, no BOM, newlines as '\n'
  std::optional<SyntaxErrorInfo> error;  // set on failure
  std::vector<SyntaxWarningInfo> warnings;  // in source order, reported before any error
};

ParseResult parse(std::string_view source, std::string_view filename, Mode mode = Mode::File);

}  // namespace gyre::parser
