// Gyre's abstract syntax tree: the node kinds, fields and positions of CPython 3.11's `ast`
// module (less `match`), declared once in the GYRE_AST_NODES table below.
//
// Invariants:
// - Every node kind, its field names and their order are CPython's (ast.Module._fields etc.);
//   the dumper walks the same table, so `gyre --ast` and `ast.dump` agree by construction.
// - Positions are CPython's: 1-based lines, 0-based columns counted in UTF-8 bytes, end
//   positions exclusive. Kinds without positions in CPython (arguments, comprehension,
//   withitem, Module) carry zeros.
// - Nodes are owned by the Tree that made them (an arena); plain pointers never dangle while
//   the tree lives. A required node field is never null; a list may hold nulls only where
//   CPython's does (Dict.keys for `**d`, arguments.kw_defaults for keyword-only parameters
//   without a default).
// - Identifiers and optional strings are string_views into the tree's arena; a null data()
//   means "absent" (CPython's None).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gyre::ast {

// Field type tags used by the table:
//   NODE (required child), OPT (optional child), LIST (list of children), IDENT (identifier),
//   OPT_IDENT, IDENTS (list of identifiers), INT (plain integer), CTX (Load/Store/Del),
//   BINOP, UNARYOP, BOOLOP (operator enums), CMPOPS (list of comparison operators),
//   CONST (a constant value), OPT_STR (optional string, e.g. Constant.kind).
//
// GYRE_AST_NODES(N, F) calls N(Name, CppStruct, has_position, FIELDS) for each kind (the C++
// struct is named as the kind, except `arg`, which would clash with its own field: ast::Arg);
// FIELDS is a list of F(field_name, TYPE).
#define GYRE_AST_NODES(N, F)                                                                   \
  /* mod */                                                                                    \
  N(Module, Module, false, F(body, LIST) F(type_ignores, LIST))                                        \
  N(Interactive, Interactive, false, F(body, LIST))                                                         \
  N(Expression, Expression, false, F(body, NODE))                                                          \
  /* stmt */                                                                                   \
  N(FunctionDef, FunctionDef, true,   \
    F(name, IDENT) F(args, NODE) F(body, LIST) F(decorator_list, LIST) F(returns, OPT)         \
        F(type_comment, OPT_STR))                                                              \
  N(AsyncFunctionDef, AsyncFunctionDef, true,                                                                    \
    F(name, IDENT) F(args, NODE) F(body, LIST) F(decorator_list, LIST) F(returns, OPT)         \
        F(type_comment, OPT_STR))                                                              \
  N(ClassDef, ClassDef, true,                                                                            \
    F(name, IDENT) F(bases, LIST) F(keywords, LIST) F(body, LIST) F(decorator_list, LIST))     \
  N(Return, Return, true, F(value, OPT))                                                               \
  N(Delete, Delete, true, F(targets, LIST))                                                            \
  N(Assign, Assign, true, F(targets, LIST) F(value, NODE) F(type_comment, OPT_STR))                    \
  N(AugAssign, AugAssign, true, F(target, NODE) F(op, BINOP) F(value, NODE))                              \
  N(AnnAssign, AnnAssign, true, F(target, NODE) F(annotation, NODE) F(value, OPT) F(simple, INT))         \
  N(For, For, true,                                                                                 \
    F(target, NODE) F(iter, NODE) F(body, LIST) F(orelse, LIST) F(type_comment, OPT_STR))      \
  N(AsyncFor, AsyncFor, true,                                                                            \
    F(target, NODE) F(iter, NODE) F(body, LIST) F(orelse, LIST) F(type_comment, OPT_STR))      \
  N(While, While, true, F(test, NODE) F(body, LIST) F(orelse, LIST))                                  \
  N(If, If, true, F(test, NODE) F(body, LIST) F(orelse, LIST))                                     \
  N(With, With, true, F(items, LIST) F(body, LIST) F(type_comment, OPT_STR))                         \
  N(AsyncWith, AsyncWith, true, F(items, LIST) F(body, LIST) F(type_comment, OPT_STR))                    \
  N(Raise, Raise, true, F(exc, OPT) F(cause, OPT))                                                    \
  N(Try, Try, true, F(body, LIST) F(handlers, LIST) F(orelse, LIST) F(finalbody, LIST))             \
  N(TryStar, TryStar, true, F(body, LIST) F(handlers, LIST) F(orelse, LIST) F(finalbody, LIST))         \
  N(Assert, Assert, true, F(test, NODE) F(msg, OPT))                                                   \
  N(Import, Import, true, F(names, LIST))                                                              \
  N(ImportFrom, ImportFrom, true, F(module, OPT_IDENT) F(names, LIST) F(level, INT))                       \
  N(Global, Global, true, F(names, IDENTS))                                                            \
  N(Nonlocal, Nonlocal, true, F(names, IDENTS))                                                          \
  N(Expr, Expr, true, F(value, NODE))                                                                \
  N(Pass, Pass, true, )                                                                              \
  N(Break, Break, true, )                                                                             \
  N(Continue, Continue, true, )                                                                          \
  /* expr */                                                                                   \
  N(BoolOp, BoolOp, true, F(op, BOOLOP) F(values, LIST))                                               \
  N(NamedExpr, NamedExpr, true, F(target, NODE) F(value, NODE))                                           \
  N(BinOp, BinOp, true, F(left, NODE) F(op, BINOP) F(right, NODE))                                    \
  N(UnaryOp, UnaryOp, true, F(op, UNARYOP) F(operand, NODE))                                            \
  N(Lambda, Lambda, true, F(args, NODE) F(body, NODE))                                                 \
  N(IfExp, IfExp, true, F(test, NODE) F(body, NODE) F(orelse, NODE))                                  \
  N(Dict, Dict, true, F(keys, LIST) F(values, LIST))                                                 \
  N(Set, Set, true, F(elts, LIST))                                                                  \
  N(ListComp, ListComp, true, F(elt, NODE) F(generators, LIST))                                          \
  N(SetComp, SetComp, true, F(elt, NODE) F(generators, LIST))                                           \
  N(DictComp, DictComp, true, F(key, NODE) F(value, NODE) F(generators, LIST))                           \
  N(GeneratorExp, GeneratorExp, true, F(elt, NODE) F(generators, LIST))                                      \
  N(Await, Await, true, F(value, NODE))                                                               \
  N(Yield, Yield, true, F(value, OPT))                                                                \
  N(YieldFrom, YieldFrom, true, F(value, NODE))                                                           \
  N(Compare, Compare, true, F(left, NODE) F(ops, CMPOPS) F(comparators, LIST))                          \
  N(Call, Call, true, F(func, NODE) F(args, LIST) F(keywords, LIST))                                 \
  N(FormattedValue, FormattedValue, true, F(value, NODE) F(conversion, INT) F(format_spec, OPT))               \
  N(JoinedStr, JoinedStr, true, F(values, LIST))                                                          \
  N(Constant, Constant, true, F(value, CONST) F(kind, OPT_STR))                                          \
  N(Attribute, Attribute, true, F(value, NODE) F(attr, IDENT) F(ctx, CTX))                                \
  N(Subscript, Subscript, true, F(value, NODE) F(slice, NODE) F(ctx, CTX))                                \
  N(Starred, Starred, true, F(value, NODE) F(ctx, CTX))                                                 \
  N(Name, Name, true, F(id, IDENT) F(ctx, CTX))                                                      \
  N(List, List, true, F(elts, LIST) F(ctx, CTX))                                                     \
  N(Tuple, Tuple, true, F(elts, LIST) F(ctx, CTX))                                                    \
  N(Slice, Slice, true, F(lower, OPT) F(upper, OPT) F(step, OPT))                                     \
  /* other */                                                                                  \
  N(comprehension, comprehension, false, F(target, NODE) F(iter, NODE) F(ifs, LIST) F(is_async, INT))         \
  N(ExceptHandler, ExceptHandler, true, F(type, OPT) F(name, OPT_IDENT) F(body, LIST))                        \
  N(arguments, arguments, false,                                                                          \
    F(posonlyargs, LIST) F(args, LIST) F(vararg, OPT) F(kwonlyargs, LIST) F(kw_defaults, LIST) \
        F(kwarg, OPT) F(defaults, LIST))                                                       \
  N(arg, Arg, true, F(arg, IDENT) F(annotation, OPT) F(type_comment, OPT_STR))                      \
  N(keyword, keyword, true, F(arg, OPT_IDENT) F(value, NODE))                                           \
  N(alias, alias, true, F(name, IDENT) F(asname, OPT_IDENT))                                          \
  N(withitem, withitem, false, F(context_expr, NODE) F(optional_vars, OPT))

enum class Kind : uint8_t {
#define GYRE_KIND_ENUM(name, cpp, pos, fields) name,
#define GYRE_NO_FIELD(name, type)
  GYRE_AST_NODES(GYRE_KIND_ENUM, GYRE_NO_FIELD)
#undef GYRE_KIND_ENUM
};

const char* kind_name(Kind kind);

enum class Ctx : uint8_t { Load, Store, Del };
enum class BinOperator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOperator : uint8_t { And, Or };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name_of(Ctx);
const char* name_of(BinOperator);
const char* name_of(UnaryOperator);
const char* name_of(BoolOperator);
const char* name_of(CmpOperator);

// The value of a Constant node. Ints are kept as decimal digits (with a leading '-' never
// produced by the parser) so that arbitrarily large literals survive until the VM builds them.
struct ConstantValue {
  enum class Type : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Type type = Type::None;
  double number = 0;  // Float, and the imaginary part of Complex
  std::string text;   // Int: decimal digits; Str: UTF-8 (surrogates as WTF-8); Bytes: raw bytes
};

struct Node;
using NodeList = std::vector<Node*>;
using Ident = std::string_view;  // data() == nullptr: absent
using IdentList = std::vector<Ident>;
using CmpOpList = std::vector<CmpOperator>;

// C++ types for the field tags.
#define GYRE_FIELD_TYPE_NODE Node*
#define GYRE_FIELD_TYPE_OPT Node*
#define GYRE_FIELD_TYPE_LIST NodeList
#define GYRE_FIELD_TYPE_IDENT Ident
#define GYRE_FIELD_TYPE_OPT_IDENT Ident
#define GYRE_FIELD_TYPE_IDENTS IdentList
#define GYRE_FIELD_TYPE_INT int
#define GYRE_FIELD_TYPE_CTX Ctx
#define GYRE_FIELD_TYPE_BINOP BinOperator
#define GYRE_FIELD_TYPE_UNARYOP UnaryOperator
#define GYRE_FIELD_TYPE_BOOLOP BoolOperator
#define GYRE_FIELD_TYPE_CMPOPS CmpOpList
#define GYRE_FIELD_TYPE_CONST ConstantValue
#define GYRE_FIELD_TYPE_OPT_STR std::string_view

struct Position {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct Node {
  Kind kind;
  Position pos;
  explicit Node(Kind k) : kind(k) {}
  virtual ~Node() = default;

  template <typename T>
  T* as() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <typename T>
  const T* as() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
  bool is(Kind k) const { return kind == k; }
};

// One struct per kind: `struct Name : Node { fields... }`, fields default-initialised.
#define GYRE_FIELD_DECL(fname, type) GYRE_FIELD_TYPE_##type fname{};
#define GYRE_NODE_STRUCT(name, cpp, haspos, fields) \
  struct cpp : Node {                               \
    static constexpr Kind kKind = Kind::name;       \
    static constexpr bool kHasPosition = haspos;    \
    cpp() : Node(Kind::name) {}                     \
    fields                                         \
  };
GYRE_AST_NODES(GYRE_NODE_STRUCT, GYRE_FIELD_DECL)
#undef GYRE_NODE_STRUCT
#undef GYRE_FIELD_DECL

// Owns every node and every identifier of one parse.
class Tree {
 public:
  template <typename T>
  T* make(const Position& pos = {}) {
    auto owned = std::make_unique<T>();
    T* raw = owned.get();
    raw->pos = pos;
    nodes_.push_back(std::move(owned));
    return raw;
  }
  // Copies `text` into the arena and returns a view that lives as long as the tree.
  std::string_view intern(std::string_view text);

  Node* root = nullptr;

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::deque<std::string> strings_;
};

}  // namespace gyre::ast
