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

// Why a failed parse may only need more lines (CPython's "incomplete input", the case where
// codeop.compile_command returns None): the error is that the source ended too early.
enum class Incomplete : uint8_t {
  No,           // parsed, or a real error that no further line can fix
  Statement,    // the grammar ran into the end of input: `if x:`, `@dec`, `try:` + its body,
                // an unfinished `else:` ... (a REPL's blank line ends it: then a real error)
  Bracket,      // inside an open bracket
  Backslash,    // after a backslash continuation
  TripleQuote,  // inside a triple-quoted string
};

struct ParseResult {
  std::unique_ptr<ast::Tree> tree;       // set on success; tree->root is the mod node
  std::string source;  // the text the positions refer to: UTF-8, no BOM, newlines as '\n'
  std::optional<SyntaxErrorInfo> error;  // set on failure
  Incomplete incomplete = Incomplete::No;  // with `error`: whether more input could fix it
  std::vector<SyntaxWarningInfo> warnings;  // in source order, reported before any error
};

ParseResult parse(std::string_view source, std::string_view filename, Mode mode = Mode::File,
                  Origin origin = Origin::File);

}  // namespace gyre::parser
