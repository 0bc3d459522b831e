// `from __future__ import ...` at the top of a module: which features it turns on, and the
// errors CPython's Python/future.c raises for it before any other compilation step.
#pragma once

#include <optional>

#include "compiler/diagnostic.hpp"
#include "parser/ast.hpp"

namespace gyre::compiler {

struct FutureFeatures {
  bool annotations = false;     // PEP 563: annotations are compiled to strings
  bool barry_as_flufl = false;  // `<>` (the parser would need it; nothing here uses it)
  int last_lineno = -1;         // line of the last valid future import (ff_lineno); -1: none
};

// Reads the future imports at the start of `module` (a Module). Returns CPython's error for an
// unknown feature ("future feature X is not defined"), `braces` ("not a chance"), or a future
// import that follows another statement on the same line; a future import on a later line is
// left to the code generator (compiler/checks.hpp), as CPython does.
std::optional<RawError> parse_future(const ast::Node* module, FutureFeatures& features);

// CPython's module docstring test (_PyAST_GetDocString): is the first statement of `body` an
// expression statement holding a str constant?
bool has_docstring(const ast::NodeList& body);

}  // namespace gyre::compiler
