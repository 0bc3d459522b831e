// The code generator: a checked module AST and its symbol table -> vm::Code objects.
//
// It runs after compiler::check() accepted the module, so it assumes a valid program: every
// SyntaxError CPython's code generator raises has been raised by checks.cpp already. It
// follows CPython 3.11's compile.c in evaluation order (which is observable) and in the shape
// of the code (comprehensions are functions, try statements use an exception table), with the
// simpler instruction set of vm/opcodes.def.
#pragma once

#include <string>
#include <string_view>

#include "parser/ast.hpp"
#include "vm/object.hpp"

namespace gyre::compiler {

class SymbolTable;

struct CodegenResult {
  vm::Ref code;       // a vm::Code, or absent with `error` set
  std::string error;  // a message for what the code generator does not support yet
};

// Compiles a module (ast.Module) or an eval() expression (ast.Expression). `filename` becomes
// co_filename of every code object.
CodegenResult generate_module(const ast::Node* module, const SymbolTable& table,
                              std::string_view filename);

}  // namespace gyre::compiler
