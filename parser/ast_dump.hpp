// Prints an AST in exactly the format of CPython's `ast.dump(tree)` (and, with attributes,
// `ast.dump(tree, include_attributes=True)`), so `gyre --ast` can be diffed against python3.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace gyre::ast {

std::string dump(const Node* node, bool include_attributes = false);

}  // namespace gyre::ast
