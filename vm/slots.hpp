// The C++ slot signatures of a type (vm/type.hpp) and the operator enums they are indexed by.
//
// Every slot follows the ownership convention of vm/object.hpp: Values in are borrowed, a Ref
// out is a new reference, absent = exception pending. Integer-returning slots return -1 with an
// exception pending on error (hash: -1 is never a valid hash, as in CPython).
//
// Binary number slots follow CPython's nb_* convention: the slot of the LEFT operand's type is
// called with (left, right); if it returns NotImplemented, the slot of the RIGHT operand's type
// is called with the same (left, right) order, so a slot must look at which side is "its"
// operand. binary_op (vm/abstract.hpp) implements the order and the subtype rule.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct Str;
struct Tuple;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
inline constexpr int kCompareOpCount = 6;
// The operator with its operands swapped (a < b  <=>  b > a).
CompareOp reflected(CompareOp op);
// Whether `op` holds for a three-way comparison result c (negative, zero or positive).
inline bool compare_result(int c, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}
const char* compare_op_symbol(CompareOp op);  // "<", "<=", "==", ...

enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
};
inline constexpr int kBinaryOpCount = 13;
const char* binary_op_symbol(BinaryOp op);          // "+", "-", "*", "@", "/", "//", "%", "**", ...
const char* inplace_op_symbol(BinaryOp op);         // "+=", ...
const char* binary_op_dunder(BinaryOp op);          // "__add__"
const char* binary_op_reflected_dunder(BinaryOp op);  // "__radd__"
const char* binary_op_inplace_dunder(BinaryOp op);    // "__iadd__"

enum class UnaryOp : uint8_t { Neg, Pos, Abs, Invert };

using VisitFn = void (*)(Value referent, void* arg);

using DeallocSlot = void (*)(Object* self);
// Variable-size types (str, tuple, bytes): the bytes `self`'s own layout uses (header, fixed
// fields and the items), which locates the __dict__ of subclass instances.
using VarSizeSlot = size_t (*)(const Object* self);
// Calls visit(v, arg) for every Value the object owns a reference to (for the cycle collector).
using TraverseSlot = void (*)(Object* self, VisitFn visit, void* arg);
// Drops the references the object holds (breaks cycles); used by the cycle collector.
using ClearSlot = void (*)(Object* self);
using ReprSlot = Ref (*)(Value self);  // repr and str: result is a str
using HashSlot = int64_t (*)(Value self);
using RichCompareSlot = Ref (*)(Value self, Value other, CompareOp op);  // may be NotImplemented
using GetattroSlot = Ref (*)(Value self, Str* name);
// `value` absent = delete. Returns 0, or -1 with an exception pending.
using SetattroSlot = int (*)(Value self, Str* name, Value value);
// Vectorcall: args[0..nargs) positional then keyword values; kwnames (may be null) holds the
// names of the trailing len(kwnames) entries of args, which are counted in nargs. So the
// positional count is nargs - len(kwnames).
using CallSlot = Ref (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
// type.__new__-like: builds an instance of `type` (a subtype of the slot's owner).
using NewSlot = Ref (*)(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
using InitSlot = int (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
using UnarySlot = Ref (*)(Value self);
// iternext: absent with NO exception pending = exhausted; absent with one = error.
using IterNextSlot = Ref (*)(Value self);
// obj absent: looked up on the class (C.attr).
using DescrGetSlot = Ref (*)(Value descr, Value obj, Type* type);
using DescrSetSlot = int (*)(Value descr, Value obj, Value value);  // value absent = delete
using LengthSlot = int64_t (*)(Value self);                          // -1 = error
using GetItemSlot = Ref (*)(Value self, Value key);
using SetItemSlot = int (*)(Value self, Value key, Value value);  // value absent = delete
using ContainsSlot = int (*)(Value self, Value item);              // 1, 0, -1 = error
using BoolSlot = int (*)(Value self);                             // 1, 0, -1 = error
using BinarySlot = Ref (*)(Value left, Value right);              // may be NotImplemented

}  // namespace gyre::vm
