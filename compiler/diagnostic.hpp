// Internal to the compiler: an error or warning as CPython's compiler phases raise it, before it
// is turned into what the user sees (compiler/compiler.hpp does that).
//
// CPython locates these errors differently from the parser's: the numbers are stored as the
// phase computed them, with no conversion of columns to characters. So `offset` and
// `end_offset` are UTF-8 byte columns plus one (or the bare byte column, for one error of
// future.c), and a location the code generator marked "artificial" is -1 everywhere (CPython
// then prints `line -1`). Absent numbers (CPython's None) are nullopt.
#pragma once

#include <optional>
#include <string>

#include "parser/ast.hpp"

namespace gyre::compiler {

struct RawError {
  std::string type = "SyntaxError";  // or "RecursionError" (then there is no location)
  std::string msg;
  int lineno = 0;  // 0: no location at all
  std::optional<int> offset;
  std::optional<int> end_lineno;
  std::optional<int> end_offset;
};

// A SyntaxWarning the code generator emits (compiler_warn): message and line only.
struct RawWarning {
  std::string msg;
  int lineno = 0;
};

// PyErr_RangedSyntaxLocationObject(filename, lineno, col_offset + 1, end_lineno,
// end_col_offset + 1), as the symtable and the code generator call it for a node's position.
inline RawError ranged_error(std::string msg, const ast::Position& pos) {
  RawError e;
  e.msg = std::move(msg);
  e.lineno = pos.lineno;
  e.offset = pos.col_offset + 1;
  e.end_lineno = pos.end_lineno;
  e.end_offset = pos.end_col_offset + 1;
  return e;
}

}  // namespace gyre::compiler
