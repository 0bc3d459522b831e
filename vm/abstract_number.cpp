// Binary, in-place and unary operators, and __index__ (binary_op1 / binary_iop1 in CPython's
// Objects/abstract.c).
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

// NotImplemented when neither operand handles op.
Ref binary_op1(Value a, Value b, BinaryOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  int i = static_cast<int>(op);
  BinarySlot slotv = ta->binary[i];
  BinarySlot slotw = tb != ta ? tb->binary[i] : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv != nullptr) {
    if (slotw != nullptr && is_subtype(tb, ta)) {
      Ref x = slotw(a, b);
      if (!x || !is_not_implemented(x.get())) return x;
      slotw = nullptr;
    }
    Ref x = slotv(a, b);
    if (!x || !is_not_implemented(x.get())) return x;
  }
  if (slotw != nullptr) return slotw(a, b);
  return new_not_implemented();
}

bool is_sequence_for_message(Value v) {
  return is_str(v) || is_list(v) || is_tuple(v) || is_bytes_like(v);
}

Ref raise_unsupported(Value a, Value b, BinaryOp op, const char* symbol) {
  // CPython's sequence messages come from sq_concat / sq_repeat, tried after the number slots.
  if (op == BinaryOp::Add && is_sequence_for_message(a)) {
    if (is_bytes_like(a))
      return raise_format(type_error_type, "can't concat {} to {}", type_name_of(b), type_name_of(a));
    // list_concat, unicode_concat and tuple_concat name their base type, even for a subclass.
    const char* base = is_str(a) ? "str" : is_list(a) ? "list" : "tuple";
    return raise_format(type_error_type, "can only concatenate {} (not \"{}\") to {}", base,
                        type_name_of(b), base);
  }
  if (op == BinaryOp::Mul && (is_sequence_for_message(a) || is_sequence_for_message(b))) {
    Value other = is_sequence_for_message(a) ? b : a;
    if (type_of(other)->index == nullptr)
      return raise_format(type_error_type, "can't multiply sequence by non-int of type '{}'",
                          type_name_of(other));
  }
  return raise_format(type_error_type, "unsupported operand type(s) for {}: '{}' and '{}'", symbol,
                      type_name_of(a), type_name_of(b));
}

}  // namespace

Ref binary_op(Value a, Value b, BinaryOp op) {
  Ref r = binary_op1(a, b, op);
  if (!r || !is_not_implemented(r.get())) return r;
  return raise_unsupported(a, b, op, binary_op_symbol(op));
}

Ref inplace_op(Value a, Value b, BinaryOp op) {
  BinarySlot slot = type_of(a)->inplace[static_cast<int>(op)];
  if (slot != nullptr) {
    Ref r = slot(a, b);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  Ref r = binary_op1(a, b, op);
  if (!r || !is_not_implemented(r.get())) return r;
  return raise_unsupported(a, b, op, inplace_op_symbol(op));
}

Ref unary_op(Value a, UnaryOp op) {
  Type* t = type_of(a);
  UnarySlot slot = nullptr;
  const char* what = "";
  switch (op) {
    case UnaryOp::Neg: slot = t->neg; what = "unary -"; break;
    case UnaryOp::Pos: slot = t->pos; what = "unary +"; break;
    case UnaryOp::Abs: slot = t->abs; what = "abs()"; break;
    case UnaryOp::Invert: slot = t->invert; what = "unary ~"; break;
  }
  if (slot == nullptr)
    return raise_format(type_error_type, "bad operand type for {}: '{}'", what, type_name(t));
  return slot(a);
}

Ref index(Value v) {
  if (v.is_small_int()) return Ref::borrow(v);
  if (v.is_bool()) return Ref::steal(Value::from_small_int(v.is_true() ? 1 : 0));
  UnarySlot slot = type_of(v)->index;
  if (slot == nullptr)
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer",
                        type_name_of(v));
  Ref r = slot(v);
  if (r && !type_of(r.get())->has_flag(TypeFlag::kIntSubclass))
    return raise_format(type_error_type, "__index__ returned non-int (type {})",
                        type_name_of(r.get()));
  if (r && r.get().is_object() && r.get().as_object()->type != int_type) return exact_int(r.get());
  return r;
}

bool index_to_int64(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  Ref r = index(v);
  if (!r) return false;
  if (r.get().is_small_int()) {
    out = r.get().as_small_int();
    return true;
  }
  if (r.get().is_bool()) {
    out = r.get().is_true() ? 1 : 0;
    return true;
  }
  // An int past the small (immediate) range that still fits 64 bits.
  number::IntView view(int64_t{0});
  if (int_view(r.get(), view) && view.to_int64(out)) return true;
  raise_format(index_error_type, "cannot fit '{}' into an index-sized integer",
               type_name_of(r.get()));
  return false;
}

}  // namespace gyre::vm
