// The errors and SyntaxWarnings of CPython 3.11's code generator (Python/compile.c), which runs
// after the symbol table: 'return' / 'yield' / 'await' / 'async for' / 'async with' out of
// place, 'break' / 'continue' outside a loop, break/continue/return in an except* block,
// misplaced starred expressions, repeated keyword arguments, assignments to __debug__, late
// future imports, too many statically nested blocks, default 'except:' not last, and the
// literal warnings ('"is" with a literal', "'tuple' object is not callable; perhaps you missed
// a comma?", ...).
//
// CPython finds these while emitting code, so which one comes first, and where it points,
// depends on the order in which it generates code and on its "current location", not on the
// source order. The walker in checks.cpp therefore follows compile.c function by function:
// the same visit order (an assignment's value before its targets, a class body before its
// bases, a comprehension's element before its outermost iterable, a `finally` body compiled
// twice and once more at every return/break/continue that leaves it), the same stack of
// frame blocks (loops, try, with, except handlers; at most 20 deep), and the same location
// updates: each statement and expression sets the location; an expression restores the
// previous one afterwards, a statement does not; some steps mark the location "artificial"
// (line -1), which CPython then reports as such.
//
// It is the skeleton of Gyre's code generator: the bytecode emitter will walk the same way.
#pragma once

#include <optional>
#include <vector>

#include "compiler/diagnostic.hpp"
#include "compiler/symtable.hpp"
#include "parser/ast.hpp"

namespace gyre::compiler {

// Walks `module` (a Module) as the code generator would. Appends the SyntaxWarnings emitted
// before the first error (or all of them) to `warnings`; returns the first error.
std::optional<RawError> check_codegen(const ast::Node* module, const SymbolTable& table,
                                      std::vector<RawWarning>& warnings);

}  // namespace gyre::compiler
