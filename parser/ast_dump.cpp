#include "parser/ast_dump.hpp"

#include <string>

#include "vm/text/pyrepr.hpp"

namespace gyre::ast {
namespace {

// Mirrors ast.dump's _format with annotate_fields=True and indent=None: every present field
// is written `name=value`; an optional field holding None is left out.
class Dumper {
 public:
  explicit Dumper(bool attributes) : attributes_(attributes) {}

  void node(const Node* n) {
    if (n == nullptr) {
      out_ += "None";
      return;
    }
    switch (n->kind) {
#define GYRE_DUMP_FIELD(fname, type) field_##type(#fname, typed->fname);
#define GYRE_DUMP_CASE(name, cpp, haspos, fields)      \
  case Kind::name: {                                   \
    const auto* typed = static_cast<const cpp*>(n);    \
    (void)typed;                                       \
    out_ += #name "(";                                 \
    first_ = true;                                     \
    fields if (haspos) positions(n->pos);              \
    out_ += ')';                                       \
    first_ = false;                                    \
    break;                                             \
  }
      GYRE_AST_NODES(GYRE_DUMP_CASE, GYRE_DUMP_FIELD)
#undef GYRE_DUMP_CASE
#undef GYRE_DUMP_FIELD
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void key(const char* name) {
    if (!first_) out_ += ", ";
    first_ = false;
    out_ += name;
    out_ += '=';
  }
  // Child output resets first_; restore the "inside a node, not first" state afterwards.
  void child(const Node* n) {
    node(n);
    first_ = false;
  }
  void list(const NodeList& items) {
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      child(items[i]);
    }
    out_ += ']';
  }

  void field_NODE(const char* name, const Node* n) {
    key(name);
    child(n);
  }
  void field_OPT(const char* name, const Node* n) {
    if (n != nullptr) field_NODE(name, n);
  }
  void field_LIST(const char* name, const NodeList& items) {
    key(name);
    list(items);
  }
  void field_IDENT(const char* name, Ident id) {
    key(name);
    out_ += text::repr_str(id);
  }
  void field_OPT_IDENT(const char* name, Ident id) {
    if (id.data() != nullptr) field_IDENT(name, id);
  }
  void field_OPT_STR(const char* name, std::string_view s) { field_OPT_IDENT(name, s); }
  void field_IDENTS(const char* name, const IdentList& ids) {
    key(name);
    out_ += '[';
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i) out_ += ", ";
      out_ += text::repr_str(ids[i]);
    }
    out_ += ']';
  }
  void field_INT(const char* name, int value) {
    key(name);
    out_ += std::to_string(value);
  }
  template <typename Enum>
  void enum_node(const char* name, Enum value) {
    key(name);
    out_ += name_of(value);
    out_ += "()";
  }
  void field_CTX(const char* name, Ctx c) { enum_node(name, c); }
  void field_BINOP(const char* name, BinOperator op) { enum_node(name, op); }
  void field_UNARYOP(const char* name, UnaryOperator op) { enum_node(name, op); }
  void field_BOOLOP(const char* name, BoolOperator op) { enum_node(name, op); }
  void field_CMPOPS(const char* name, const CmpOpList& ops) {
    key(name);
    out_ += '[';
    for (size_t i = 0; i < ops.size(); ++i) {
      if (i) out_ += ", ";
      out_ += name_of(ops[i]);
      out_ += "()";
    }
    out_ += ']';
  }
  void field_CONST(const char* name, const ConstantValue& v) {
    key(name);
    using T = ConstantValue::Type;
    switch (v.type) {
      case T::None: out_ += "None"; break;
      case T::True: out_ += "True"; break;
      case T::False: out_ += "False"; break;
      case T::Ellipsis: out_ += "Ellipsis"; break;
      case T::Int: out_ += v.text; break;
      case T::Float: out_ += text::repr_float(v.number); break;
      case T::Complex: out_ += text::repr_imaginary(v.number); break;
      case T::Str: out_ += text::repr_str(v.text); break;
      case T::Bytes: out_ += text::repr_bytes(v.text); break;
    }
  }
  void positions(const Position& p) {
    if (!attributes_) return;
    field_INT("lineno", p.lineno);
    field_INT("col_offset", p.col_offset);
    field_INT("end_lineno", p.end_lineno);
    field_INT("end_col_offset", p.end_col_offset);
  }

  bool attributes_;
  bool first_ = true;
  std::string out_;
};

}  // namespace

std::string dump(const Node* node, bool include_attributes) {
  Dumper dumper(include_attributes);
  dumper.node(node);
  return dumper.take();
}

}  // namespace gyre::ast
