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

// Where the source came from. CPython reports errors in source read from a file and in source
// given as a string (`-c`, compile(), the REPL) slightly differently: columns of a string are
// always counted in characters, and an error at its end is shown on the line after its last
// newline.
enum class Origin { File, String };

struct ParseResult {
  std::unique_ptr<ast::Tree> tree;       // set on success; tree->root is the mod node
  std::string source;  // the text the positions refer to: UTF-8, no BOM, newlines as '\n'
  std::optional<SyntaxErrorInfo> error;  // set on failure
  std::vector<SyntaxWarningInfo> warnings;  // in source order, reported before any error
};

ParseResult parse(std::string_view source, std::string_view filename, Mode mode = Mode::File,
                  Origin origin = Origin::File);

}  // namespace gyre::parser
