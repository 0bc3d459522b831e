// What CPython's AST optimizer (Python/ast_opt.c), which runs between the future-import check
// and the symbol table, does that the later phases can observe. Gyre does not rewrite the tree;
// the symbol table and the code-generation checks ask these functions instead.
//
// - Its recursion limit: a tree nested deeper than 3000 statements and expressions is a
//   RecursionError ("maximum recursion depth exceeded during compilation") before anything else
//   is checked (3000 = the default recursion limit 1000 times COMPILER_STACK_FRAME_SCALE, for a
//   script compiled at the top level).
// - Constant folding: `__debug__` (a load) becomes True; unary and binary operators on
//   constants, subscripts of constants by constants and tuples of constants become constants
//   when Python would compute them without an exception and within the optimizer's size limits
//   (ints of at most 128 bits, strings of 4096 characters, 256 tuple items). The code
//   generator's literal warnings ("is" with a literal, "'tuple' object is not callable", ...)
//   and its skipping of constant expression statements look at the result.
// - `'%s, %r' % (x, y)` (only %s, %r, %a with a width or precision of up to two digits, and
//   a tuple that is not all constants) becomes the f-string f'{x!s}, {y!r}'.
// - `not (a is b)` becomes `a is not b` (likewise `is not`, `in`, `not in`).
#pragma once

#include <optional>

#include "compiler/diagnostic.hpp"
#include "parser/ast.hpp"

namespace gyre::compiler {

inline constexpr int kCompilerRecursionLimit = 3000;

// The RecursionError of a module nested too deeply, or nullopt.
std::optional<RawError> check_recursion_depth(const ast::Node* module);

// The type of the constant an expression folds to.
enum class ConstType { None, Ellipsis, Bool, Int, Float, Complex, Str, Bytes, Tuple };

// What `e` is after folding when that is a constant; nullopt when it stays an expression.
std::optional<ConstType> folded_constant(const ast::Node* e);

// The Python type name of a folded constant ("NoneType", "ellipsis", "int", ...).
const char* type_name(ConstType type);

// For `not <Compare>` with a single is/is not/in/not in (also `not not ...`): that
// comparison, which the optimizer puts in the `not`'s place (with the comparison's position),
// its operator inverted when `inverted` comes back true; otherwise null.
const ast::Compare* folded_not_compare(const ast::Node* e, bool& inverted);

// Whether `e` is a `%` formatting that the optimizer turns into an f-string (JoinedStr).
bool folds_to_fstring(const ast::Node* e);

// A load of `__debug__`, which the optimizer replaces with True.
bool is_debug_load(const ast::Node* e);

bool is_stmt(const ast::Node* node);
bool is_expr(const ast::Node* node);

// Calls f(child) for every child node of `node` (in field order; null entries skipped).
// clang-format off
template <typename F>
void for_each_child(const ast::Node* node, F&& f) {
  switch (node->kind) {
#define GYRE_CHILD_NODE(x) f(x);
#define GYRE_CHILD_OPT(x) \
  if (x) f(x);
#define GYRE_CHILD_LIST(x) \
  for (const ast::Node* child : x)   \
    if (child) f(child);
#define GYRE_CHILD_IDENT(x)
#define GYRE_CHILD_OPT_IDENT(x)
#define GYRE_CHILD_IDENTS(x)
#define GYRE_CHILD_INT(x)
#define GYRE_CHILD_CTX(x)
#define GYRE_CHILD_BINOP(x)
#define GYRE_CHILD_UNARYOP(x)
#define GYRE_CHILD_BOOLOP(x)
#define GYRE_CHILD_CMPOPS(x)
#define GYRE_CHILD_CONST(x)
#define GYRE_CHILD_OPT_STR(x)
#define GYRE_CHILD_FIELD(fname, type) GYRE_CHILD_##type(typed->fname)
#define GYRE_CHILD_CASE(name, cpp, haspos, fields)                \
  case ast::Kind::name: {                                         \
    [[maybe_unused]] const auto* typed = static_cast<const ast::cpp*>(node); \
    fields break;                                                 \
  }
    GYRE_AST_NODES(GYRE_CHILD_CASE, GYRE_CHILD_FIELD)
#undef GYRE_CHILD_CASE
#undef GYRE_CHILD_FIELD
#undef GYRE_CHILD_NODE
#undef GYRE_CHILD_OPT
#undef GYRE_CHILD_LIST
#undef GYRE_CHILD_IDENT
#undef GYRE_CHILD_OPT_IDENT
#undef GYRE_CHILD_IDENTS
#undef GYRE_CHILD_INT
#undef GYRE_CHILD_CTX
#undef GYRE_CHILD_BINOP
#undef GYRE_CHILD_UNARYOP
#undef GYRE_CHILD_BOOLOP
#undef GYRE_CHILD_CMPOPS
#undef GYRE_CHILD_CONST
#undef GYRE_CHILD_OPT_STR
  }
}
// clang-format on

}  // namespace gyre::compiler
