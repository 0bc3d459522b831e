// The compiler's public face. For now: the errors CPython raises after a successful parse,
// while compiling, so that `gyre FILE` rejects what `python3 FILE` rejects, with the same
// message, location and rendering. (`gyre --ast` mirrors ast.parse, which does not run these.)
//
// The phases run in CPython's order, and the first error wins:
//   1. future imports (compiler/future.hpp),
//   2. the AST optimizer's recursion limit (compiler/ast_opt.hpp),
//   3. the symbol table, visit then analysis (compiler/symtable.hpp),
//   4. the code generator's checks (compiler/checks.hpp), which also emit SyntaxWarnings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"
#include "parser/syntax_error.hpp"

namespace gyre::compiler {

struct CompileError {
  // type is "SyntaxError" (or "RecursionError", without a location). Unlike the parser's
  // errors, offset and end_offset are what CPython stores for these: UTF-8 byte columns plus
  // one, not characters; lineno is -1 for a location CPython's code generator marked
  // artificial.
  parser::SyntaxErrorInfo info;
  // Whether CPython's SyntaxError.text is a str. CPython reads the line back from the file
  // named `filename` (PyErr_ProgramTextObject); for "<string>", a line that is not valid
  // UTF-8 or line -1 it gets None and prints no source line.
  bool has_text = false;
};

struct CheckResult {
  std::vector<parser::SyntaxWarningInfo> warnings;  // emitted before the error, in order
  std::optional<CompileError> error;
};

// Runs the compile-time checks on `module` (the Module of a successful parse). `source` is
// ParseResult::source (the lines warnings show); `filename` is the name the program runs under
// (an absolute path, or "<string>" for -c), which is also re-read for an error's source line,
// as CPython does.
CheckResult check(const ast::Node* module, std::string_view source, std::string_view filename);

// The same, on the calling thread's stack (check() runs it on a large one).
CheckResult check_on_this_stack(const ast::Node* module, std::string_view source,
                                std::string_view filename);

// What CPython 3.11 prints on stderr for the error.
std::string format_error(const CompileError& error);

// PyErr_ProgramTextObject: line `lineno` (1-based) of the file `filename` as CPython reads it
// back (universal newlines, the last 999-byte chunk of a longer line, strict UTF-8), or nullopt.
std::optional<std::string> program_text(const std::string& filename, int lineno);

}  // namespace gyre::compiler
