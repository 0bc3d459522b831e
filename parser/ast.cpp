#include "parser/ast.hpp"

namespace gyre::ast {

const char* kind_name(Kind kind) {
  static const char* const names[] = {
#define GYRE_KIND_NAME(name, cpp, pos, fields) #name,
#define GYRE_NO_FIELD(name, type)
      GYRE_AST_NODES(GYRE_KIND_NAME, GYRE_NO_FIELD)
#undef GYRE_KIND_NAME
  };
  return names[static_cast<int>(kind)];
}

const char* name_of(Ctx c) {
  static const char* const names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(c)];
}
const char* name_of(BinOperator op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",   "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift", "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}
const char* name_of(UnaryOperator op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}
const char* name_of(BoolOperator op) {
  static const char* const names[] = {"And", "Or"};
  return names[static_cast<int>(op)];
}
const char* name_of(CmpOperator op) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                      "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(op)];
}

std::string_view Tree::intern(std::string_view text) {
  strings_.emplace_back(text);
  return strings_.back();
}

}  // namespace gyre::ast
