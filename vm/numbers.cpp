// int, bool and float type objects with minimal slots for the immediate forms (small ints,
// bools, doubles): repr, hash, comparison, truth, index, and +, -, * on small ints. Big ints and
// the full arithmetic come with the number library (vm/number).
#include "vm/numbers.hpp"

#include <cmath>
#include <string>

#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/format/double_to_string.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* int_type;
Type* bool_type;
Type* float_type;

namespace {
constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
}  // namespace

Ref make_int(int64_t i) {
  if (Value::fits_small_int(i)) return Ref::steal(Value::from_small_int(i));
  return raise(overflow_error_type, "int too large (big ints are not supported yet)");
}

bool is_int(Value v) {
  return v.is_small_int() || v.is_bool() || type_of(v)->has_flag(TypeFlag::kIntSubclass);
}

int64_t hash_int64(int64_t i) {
  uint64_t magnitude = i < 0 ? uint64_t(0) - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  int64_t h = static_cast<int64_t>(magnitude % kHashModulus);
  if (i < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;  // CPython hashes a NaN by the identity of its float object
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

namespace {

// The value of a small int or bool.
int64_t small_value(Value v) { return v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int(); }
bool is_small(Value v) { return v.is_small_int() || v.is_bool(); }

Ref int_repr(Value self) {
  if (!is_small(self)) return raise(system_error_type, "big ints are not supported yet");
  return make_str(std::to_string(small_value(self)));
}
int64_t int_hash(Value self) { return hash_int64(small_value(self)); }

bool compare_result(int c, CompareOp op) {
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

bool compare_doubles(double a, double b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
  }
  return false;
}

Ref int_richcompare(Value self, Value other, CompareOp op) {
  if (!is_small(self) || !is_small(other)) return new_not_implemented();
  int64_t a = small_value(self), b = small_value(other);
  return new_bool(compare_result(a < b ? -1 : a > b ? 1 : 0, op));
}

int int_bool(Value self) { return small_value(self) != 0; }
Ref int_index(Value self) {
  if (self.is_bool()) return Ref::steal(Value::from_small_int(small_value(self)));
  return Ref::borrow(self);
}
Ref int_float(Value self) { return make_float(static_cast<double>(small_value(self))); }

Ref small_result(__int128 r) {
  if (r < Value::kSmallIntMin || r > Value::kSmallIntMax)
    return raise(overflow_error_type, "int too large (big ints are not supported yet)");
  return Ref::steal(Value::from_small_int(static_cast<int64_t>(r)));
}

Ref int_add(Value a, Value b) {
  if (!is_small(a) || !is_small(b)) return new_not_implemented();
  return small_result(static_cast<__int128>(small_value(a)) + small_value(b));
}
Ref int_sub(Value a, Value b) {
  if (!is_small(a) || !is_small(b)) return new_not_implemented();
  return small_result(static_cast<__int128>(small_value(a)) - small_value(b));
}
Ref int_mul(Value a, Value b) {
  if (!is_small(a) || !is_small(b)) return new_not_implemented();
  return small_result(static_cast<__int128>(small_value(a)) * small_value(b));
}
Ref int_neg(Value a) { return small_result(-static_cast<__int128>(small_value(a))); }
Ref int_pos(Value a) { return Ref::steal(Value::from_small_int(small_value(a))); }
Ref int_abs(Value a) {
  int64_t v = small_value(a);
  return small_result(v < 0 ? -static_cast<__int128>(v) : v);
}
Ref int_invert(Value a) { return small_result(~static_cast<__int128>(small_value(a))); }

Ref int_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type != int_type) return raise(type_error_type, "int subclasses are not supported yet");
  if (tuple_size(kwnames) != 0 || nargs > 1)
    return raise(type_error_type, "int() with a base is not supported yet");
  if (nargs == 0) return make_int(0);
  Value x = args[0];
  if (is_small(x)) return Ref::steal(Value::from_small_int(small_value(x)));
  if (x.is_double()) {
    double d = x.as_double();
    if (std::isnan(d)) return raise(value_error_type, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(overflow_error_type, "cannot convert float infinity to integer");
    return small_result(static_cast<__int128>(std::trunc(d)));
  }
  if (type_of(x)->int_ != nullptr) return type_of(x)->int_(x);
  if (type_of(x)->index != nullptr) return type_of(x)->index(x);
  return raise_format(type_error_type,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '{}'",
                      type_name_of(x));
}

Ref bool_repr(Value self) { return make_str(self.is_true() ? "True" : "False"); }
Ref bool_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "bool() takes no keyword arguments");
  if (nargs > 1)
    return raise_format(type_error_type, "bool expected at most 1 argument, got {}", nargs);
  if (nargs == 0) return new_bool(false);
  int t = is_true(args[0]);
  if (t < 0) return Ref();
  return new_bool(t);
}

// ---- float

Ref float_repr(Value self) {
  format::detail::DoubleFlags flags;
  flags.add_dot_0 = true;
  return make_str(format::detail::double_to_string(self.as_double(), 'r', 0, flags));
}
int64_t float_hash(Value self) { return hash_double(self.as_double()); }

Ref float_richcompare(Value self, Value other, CompareOp op) {
  double a = self.as_double();
  if (other.is_double()) return new_bool(compare_doubles(a, other.as_double(), op));
  if (is_small(other)) {
    // Small ints (48 bits) convert to double exactly, so this comparison is exact.
    return new_bool(compare_doubles(a, static_cast<double>(small_value(other)), op));
  }
  return new_not_implemented();
}

// int <op> float arrives at int's slot first, which returns NotImplemented; float's reflected
// slot then gets (float, int) swapped by rich_compare. Nothing else to do here.

int float_bool(Value self) { return self.as_double() != 0.0; }
Ref float_neg(Value a) { return make_float(-a.as_double()); }
Ref float_pos(Value a) { return make_float(a.as_double()); }
Ref float_abs(Value a) { return make_float(std::fabs(a.as_double())); }
Ref float_float(Value a) { return make_float(a.as_double()); }
Ref float_int(Value a) {
  Value v = a;
  return int_new(int_type, &v, 1, nullptr);
}

double as_double_operand(Value v, bool& ok) {
  ok = true;
  if (v.is_double()) return v.as_double();
  if (is_small(v)) return static_cast<double>(small_value(v));
  ok = false;
  return 0;
}

Ref float_add(Value a, Value b) {
  bool oa, ob;
  double x = as_double_operand(a, oa), y = as_double_operand(b, ob);
  if (!oa || !ob) return new_not_implemented();
  return make_float(x + y);
}
Ref float_sub(Value a, Value b) {
  bool oa, ob;
  double x = as_double_operand(a, oa), y = as_double_operand(b, ob);
  if (!oa || !ob) return new_not_implemented();
  return make_float(x - y);
}
Ref float_mul(Value a, Value b) {
  bool oa, ob;
  double x = as_double_operand(a, oa), y = as_double_operand(b, ob);
  if (!oa || !ob) return new_not_implemented();
  return make_float(x * y);
}

Ref float_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type != float_type) return raise(type_error_type, "float subclasses are not supported yet");
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "float() takes no keyword arguments");
  if (nargs == 0) return make_float(0.0);
  Value x = args[0];
  if (x.is_double()) return Ref::borrow(x);
  if (is_small(x)) return make_float(static_cast<double>(small_value(x)));
  if (type_of(x)->float_ != nullptr) return type_of(x)->float_(x);
  return raise_format(type_error_type, "float() argument must be a string or a real number, not '{}'",
                      type_name_of(x));
}

}  // namespace

void init_number_types() {
  int_type = make_builtin_type("int", nullptr, 0, TypeFlag::kBaseType | TypeFlag::kIntSubclass);
  Type* t = int_type;
  t->repr = int_repr;
  t->hash = int_hash;
  t->richcompare = int_richcompare;
  t->bool_ = int_bool;
  t->index = int_index;
  t->int_ = int_index;
  t->float_ = int_float;
  t->new_ = int_new;
  t->neg = int_neg;
  t->pos = int_pos;
  t->abs = int_abs;
  t->invert = int_invert;
  t->binary[static_cast<int>(BinaryOp::Add)] = int_add;
  t->binary[static_cast<int>(BinaryOp::Sub)] = int_sub;
  t->binary[static_cast<int>(BinaryOp::Mul)] = int_mul;

  bool_type = make_builtin_type("bool", int_type, 0, 0);
  bool_type->repr = bool_repr;
  bool_type->new_ = bool_new;

  float_type = make_builtin_type("float", nullptr, 0, TypeFlag::kBaseType);
  t = float_type;
  t->repr = float_repr;
  t->hash = float_hash;
  t->richcompare = float_richcompare;
  t->bool_ = float_bool;
  t->neg = float_neg;
  t->pos = float_pos;
  t->abs = float_abs;
  t->float_ = float_float;
  t->int_ = float_int;
  t->new_ = float_new;
  t->binary[static_cast<int>(BinaryOp::Add)] = float_add;
  t->binary[static_cast<int>(BinaryOp::Sub)] = float_sub;
  t->binary[static_cast<int>(BinaryOp::Mul)] = float_mul;
}

}  // namespace gyre::vm
