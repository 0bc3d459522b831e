// Names of the operators, for messages and dunder lookups.
#include "vm/slots.hpp"

namespace gyre::vm {

CompareOp reflected(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Eq: return CompareOp::Eq;
    case CompareOp::Ne: return CompareOp::Ne;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
  }
  return op;
}

const char* compare_op_symbol(CompareOp op) {
  static const char* const names[] = {"<", "<=", "==", "!=", ">", ">="};
  return names[static_cast<int>(op)];
}

const char* binary_op_symbol(BinaryOp op) {
  static const char* const names[] = {"+", "-", "*", "@", "/", "//", "%",
                                      "** or pow()", "<<", ">>", "&", "|", "^"};
  return names[static_cast<int>(op)];
}

const char* inplace_op_symbol(BinaryOp op) {
  static const char* const names[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=",
                                      "**=", "<<=", ">>=", "&=", "|=", "^="};
  return names[static_cast<int>(op)];
}

const char* binary_op_dunder(BinaryOp op) {
  static const char* const names[] = {"__add__", "__sub__", "__mul__", "__matmul__",
                                      "__truediv__", "__floordiv__", "__mod__", "__pow__",
                                      "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"};
  return names[static_cast<int>(op)];
}

const char* binary_op_reflected_dunder(BinaryOp op) {
  static const char* const names[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__",
                                      "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
                                      "__rlshift__", "__rrshift__", "__rand__", "__ror__",
                                      "__rxor__"};
  return names[static_cast<int>(op)];
}

const char* binary_op_inplace_dunder(BinaryOp op) {
  static const char* const names[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__",
                                      "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
                                      "__ilshift__", "__irshift__", "__iand__", "__ior__",
                                      "__ixor__"};
  return names[static_cast<int>(op)];
}

}  // namespace gyre::vm
