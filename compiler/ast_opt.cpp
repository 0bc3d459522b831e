#include "compiler/ast_opt.hpp"

namespace gyre::compiler {

bool is_stmt(const ast::Node* node) {
  return node->kind >= ast::Kind::FunctionDef && node->kind <= ast::Kind::Continue;
}

bool is_expr(const ast::Node* node) {
  return node->kind >= ast::Kind::BoolOp && node->kind <= ast::Kind::Slice;
}

namespace {

// astfold_stmt and astfold_expr each count one level; other nodes (arguments, keywords,
// comprehensions, handlers, ...) do not. Stops descending once the limit is passed.
bool too_deep(const ast::Node* node, int depth) {
  if (is_stmt(node) || is_expr(node)) {
    if (++depth > kCompilerRecursionLimit) return true;
  }
  bool deep = false;
  for_each_child(node, [&](const ast::Node* child) {
    if (!deep && too_deep(child, depth)) deep = true;
  });
  return deep;
}

}  // namespace

std::optional<RawError> check_recursion_depth(const ast::Node* module) {
  if (!too_deep(module, 0)) return std::nullopt;
  RawError e;
  e.type = "RecursionError";
  e.msg = "maximum recursion depth exceeded during compilation";
  return e;
}

bool is_debug_load(const ast::Node* e) {
  const auto* name = e->as<ast::Name>();
  return name != nullptr && name->ctx == ast::Ctx::Load && name->id == "__debug__";
}

std::optional<ConstType> folded_constant(const ast::Node* e) {
  switch (e->kind) {
    case ast::Kind::Constant: {
      using T = ast::ConstantValue::Type;
      switch (static_cast<const ast::Constant*>(e)->value.type) {
        case T::None: return ConstType::None;
        case T::True:
        case T::False: return ConstType::Bool;
        case T::Ellipsis: return ConstType::Ellipsis;
        case T::Int: return ConstType::Int;
        case T::Float: return ConstType::Float;
        case T::Complex: return ConstType::Complex;
        case T::Str: return ConstType::Str;
        case T::Bytes: return ConstType::Bytes;
      }
      return std::nullopt;
    }
    case ast::Kind::Name:
      if (is_debug_load(e)) return ConstType::Bool;
      return std::nullopt;
    case ast::Kind::Tuple: {  // fold_tuple: a loaded tuple of constants
      const auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ast::Ctx::Load) return std::nullopt;
      for (const ast::Node* elt : t->elts) {
        if (!folded_constant(elt)) return std::nullopt;
      }
      return ConstType::Tuple;
    }
    case ast::Kind::UnaryOp: {  // fold_unaryop; a failing operation is left unfolded
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      std::optional<ConstType> operand = folded_constant(u->operand);
      if (!operand) return std::nullopt;
      switch (u->op) {
        case ast::UnaryOperator::Not:
          return ConstType::Bool;
        case ast::UnaryOperator::Invert:
          if (*operand == ConstType::Int || *operand == ConstType::Bool) return ConstType::Int;
          return std::nullopt;
        case ast::UnaryOperator::UAdd:
        case ast::UnaryOperator::USub:
          if (*operand == ConstType::Int || *operand == ConstType::Bool) return ConstType::Int;
          if (*operand == ConstType::Float || *operand == ConstType::Complex) return *operand;
          return std::nullopt;
      }
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

const char* type_name(ConstType type) {
  switch (type) {
    case ConstType::None: return "NoneType";
    case ConstType::Ellipsis: return "ellipsis";
    case ConstType::Bool: return "bool";
    case ConstType::Int: return "int";
    case ConstType::Float: return "float";
    case ConstType::Complex: return "complex";
    case ConstType::Str: return "str";
    case ConstType::Bytes: return "bytes";
    case ConstType::Tuple: return "tuple";
  }
  return "object";
}

const ast::Compare* folded_not_compare(const ast::Node* e) {
  const auto* u = e->as<ast::UnaryOp>();
  if (u == nullptr || u->op != ast::UnaryOperator::Not) return nullptr;
  const auto* c = u->operand->as<ast::Compare>();
  if (c == nullptr || c->ops.size() != 1) return nullptr;
  switch (c->ops[0]) {
    case ast::CmpOperator::Is:
    case ast::CmpOperator::IsNot:
    case ast::CmpOperator::In:
    case ast::CmpOperator::NotIn:
      return c;
    default:
      return nullptr;
  }
}

}  // namespace gyre::compiler
