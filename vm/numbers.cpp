// int, bool and float as Python types: the kernel's type objects with every slot and method,
// wired to the number library (vm/number) for Python's semantics. Small ints and floats are
// immediates; ints beyond 48 bits are IntObjects holding a GMP BigInt, made only through
// make_int, so that every int has one canonical form. Instances of int and float subclasses
// are heap objects of their class holding the value (an IntObject whose BigInt may be small,
// a FloatObject); every slot here reads its operands through int_view / float_value, and
// returns exact ints and floats.
#include "vm/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "vm/text/pyrepr.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/bytes.hpp"
#include "vm/errors.hpp"
#include "vm/library_errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/format/double_to_string.hpp"
#include "vm/format/format_spec.hpp"
#include "vm/native_function.hpp"
#include "vm/number/number.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* int_type;
Type* bool_type;
Type* float_type;

namespace {

struct IntObject : Object {
  number::BigInt value;
};
IntObject* as_int_object(Value v) { return static_cast<IntObject*>(v.as_object()); }


}  // namespace

Ref make_int(int64_t i) {
  if (Value::fits_small_int(i)) return Ref::steal(Value::from_small_int(i));
  return make_int(number::Int::from_int64(i));
}

Ref make_int(number::Int&& i) {
  if (i.is_small()) return Ref::steal(Value::from_small_int(i.small()));
  IntObject* o = static_cast<IntObject*>(allocate_object(int_type, sizeof(IntObject)));
  new (&o->value) number::BigInt(std::move(i).take_big());
  return Ref::steal(o);
}

Ref int_from_decimal(std::string_view digits) {
  number::Result<number::Int> r = number::parse_int(digits, 10, text::repr_str);
  if (!r.ok()) return raise_number_error(r.error());
  return make_int(std::move(r).value());
}

bool is_float(Value v) {
  return v.is_double() || (v.is_object() && v.as_object()->type->has_flag(TypeFlag::kFloatSubclass));
}

bool is_int(Value v) {
  return v.is_small_int() || v.is_bool() || type_of(v)->has_flag(TypeFlag::kIntSubclass);
}

bool int_view(Value v, number::IntView& out) {
  if (v.is_small_int()) {
    out = number::IntView(v.as_small_int());
    return true;
  }
  if (v.is_bool()) {
    out = number::IntView(int64_t{v.is_true() ? 1 : 0});
    return true;
  }
  if (v.is_object() && type_of(v)->has_flag(TypeFlag::kIntSubclass)) {
    out = number::IntView(as_int_object(v)->value);
    // A subclass instance may hold a small value in its BigInt: view it as an int64, as code
    // that switches on is_small() expects of the canonical forms.
    int64_t small;
    if (v.as_object()->type != int_type && out.to_int64(small)) out = number::IntView(small);
    return true;
  }
  return false;
}

Ref exact_int(Value v) {
  if (v.is_bool()) return Ref::steal(Value::from_small_int(v.is_true() ? 1 : 0));
  if (v.is_small_int() || v.as_object()->type == int_type) return Ref::borrow(v);
  return make_int(number::Int::from_view(number::IntView(as_int_object(v)->value)));
}

int64_t hash_int64(int64_t i) { return number::hash_int(number::IntView(i)); }

int64_t hash_double(double v) {
  std::optional<int64_t> h = number::float_hash(v);
  return h ? *h : 0;
}

namespace {

// ---- operands
bool is_small(Value v) { return v.is_small_int() || v.is_bool(); }

// A float operand: a float, or an int converted exactly-rounded; `ok` false when `v` is
// neither (NotImplemented), absent Ref with an exception when the int overflows a double.
enum class Operand { Ok, NotNumber, Error };
Operand to_double(Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return Operand::Ok;
  }
  if (is_small(v)) {
    out = static_cast<double>(v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int());
    return Operand::Ok;
  }
  number::IntView iv(int64_t{0});
  if (int_view(v, iv)) {
    number::Result<double> d = number::to_double(iv);
    if (!d.ok()) {
      raise_number_error(d.error());
      return Operand::Error;
    }
    out = d.value();
    return Operand::Ok;
  }
  if (is_float(v)) {
    out = float_value(v);
    return Operand::Ok;
  }
  return Operand::NotNumber;
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
bool ordering_result(std::partial_ordering c, CompareOp op) {
  if (c == std::partial_ordering::unordered) return op == CompareOp::Ne;
  return compare_result(c < 0 ? -1 : c > 0 ? 1 : 0, op);
}

// ---- int
void int_dealloc(Object* self) {
  as_int_object(value_of(self))->value.~BigInt();
  free_object(self);
}

Ref bool_repr(Value self) { return make_str(self.is_true() ? "True" : "False"); }
Ref int_repr(Value self) {
  number::IntView v(int64_t{0});
  int_view(self, v);
  if (v.is_small()) return make_str(std::to_string(v.small()));
  number::Result<std::string> s = number::to_string(v);
  if (!s.ok()) return raise_number_error(s.error());
  return make_str(s.value());
}
int64_t int_hash(Value self) {
  number::IntView v(int64_t{0});
  int_view(self, v);
  return number::hash_int(v);
}
Ref int_richcompare(Value self, Value other, CompareOp op) {
  number::IntView a(int64_t{0}), b(int64_t{0});
  if (!int_view(self, a)) return new_not_implemented();
  if (int_view(other, b)) return new_bool(compare_result(std::is_lt(number::compare(a, b)) ? -1 : std::is_gt(number::compare(a, b)) ? 1 : 0, op));
  if (is_float(other)) return new_bool(ordering_result(number::compare_with_float(a, float_value(other)), op));
  return new_not_implemented();
}
int int_bool(Value self) {
  number::IntView v(int64_t{0});
  int_view(self, v);
  return v.sign() != 0;
}
Ref int_index(Value self) { return exact_int(self); }  // int(), __index__, ...: exact ints
Ref int_float(Value self) {
  double d;
  if (to_double(self, d) != Operand::Ok) return Ref();
  return make_float(d);
}

// Binary int operations: both operands must be ints (bools included).
template <class F>
Ref int_binary(Value a, Value b, F f) {
  number::IntView x(int64_t{0}), y(int64_t{0});
  if (!int_view(a, x) || !int_view(b, y)) return new_not_implemented();
  return f(x, y);
}
Ref from_result(number::Result<number::Int>&& r) {
  if (!r.ok()) return raise_number_error(r.error());
  return make_int(std::move(r).value());
}
Ref int_add(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return make_int(number::add(x, y)); }); }
Ref int_sub(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return make_int(number::subtract(x, y)); }); }
Ref int_mul(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return make_int(number::multiply(x, y)); }); }
Ref int_floordiv(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return from_result(number::floor_divide(x, y)); }); }
Ref int_mod(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return from_result(number::modulo(x, y)); }); }
Ref int_truediv(Value a, Value b) {
  return int_binary(a, b, [](auto x, auto y) {
    number::Result<double> r = number::true_divide(x, y);
    if (!r.ok()) return raise_number_error(r.error());
    return make_float(r.value());
  });
}
Ref int_pow(Value a, Value b) {
  return int_binary(a, b, [](auto x, auto y) {
    number::Result<number::IntOrFloat> r = number::power(x, y);
    if (!r.ok()) return raise_number_error(r.error());
    number::IntOrFloat v = std::move(r).value();
    if (std::holds_alternative<double>(v)) return make_float(std::get<double>(v));
    return make_int(std::get<number::Int>(std::move(v)));
  });
}
Ref int_lshift(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return from_result(number::left_shift(x, y)); }); }
Ref int_rshift(Value a, Value b) { return int_binary(a, b, [](auto x, auto y) { return from_result(number::right_shift(x, y)); }); }
Ref int_and(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return new_bool(a.is_true() && b.is_true());
  return int_binary(a, b, [](auto x, auto y) { return make_int(number::bit_and(x, y)); });
}
Ref int_or(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return new_bool(a.is_true() || b.is_true());
  return int_binary(a, b, [](auto x, auto y) { return make_int(number::bit_or(x, y)); });
}
Ref int_xor(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return new_bool(a.is_true() != b.is_true());
  return int_binary(a, b, [](auto x, auto y) { return make_int(number::bit_xor(x, y)); });
}
template <class F>
Ref int_unary(Value a, F f) {
  number::IntView x(int64_t{0});
  int_view(a, x);
  return f(x);
}
Ref int_neg(Value a) { return int_unary(a, [](auto x) { return make_int(number::negate(x)); }); }
Ref int_pos(Value a) { return int_unary(a, [](auto x) { return make_int(number::Int::from_view(x)); }); }
Ref int_abs(Value a) { return int_unary(a, [](auto x) { return make_int(number::absolute(x)); }); }
Ref int_invert(Value a) { return int_unary(a, [](auto x) { return make_int(number::bit_invert(x)); }); }

Ref int_from_text(std::string_view text, int base, bool bytes) {
  number::Result<number::Int> r =
      number::parse_int(text, base, bytes ? text::repr_bytes : text::repr_str,
                        bytes ? number::TextSource::Bytes : number::TextSource::Str);
  return from_result(std::move(r));
}

Ref int_of_arguments(const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  Value x, base;
  if (npos > 0) x = args[0];
  if (npos > 1) base = args[1];
  if (npos > 2) return raise_format(type_error_type, "int() takes at most 2 arguments ({} given)", nargs);
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (name == "base") base = args[npos + k];
    else return raise_format(type_error_type, "'{}' is an invalid keyword argument for int()", name);
  }
  if (x.is_absent()) {
    if (!base.is_absent()) return raise(type_error_type, "int() missing string argument");
    return make_int(0);
  }
  if (!base.is_absent()) {
    int64_t b;
    if (!index_to_int64(base, b)) return Ref();
    if ((b != 0 && b < 2) || b > 36) return raise(value_error_type, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) return int_from_text(as_str(x)->view(), static_cast<int>(b), false);
    if (is_bytes_like(x)) return int_from_text(std::string(bytes_like_view(x)), static_cast<int>(b), true);
    return raise(type_error_type, "int() can't convert non-string with explicit base");
  }
  if (is_small(x)) return int_index(x);
  if (is_instance_exact(x, int_type)) return Ref::borrow(x);
  if (x.is_double()) {
    number::Result<number::Int> r = number::float_to_int(x.as_double(), number::FloatRounding::Truncate);
    return from_result(std::move(r));
  }
  if (is_str_exact(x)) return int_from_text(as_str(x)->view(), 10, false);
  // CPython's PyNumber_Long: __int__, __index__, __trunc__, then text (so that subclasses of
  // str or int overriding them are honoured).
  Type* t = type_of(x);
  UnarySlot convert = t->int_ != nullptr ? t->int_ : t->index;
  if (convert != nullptr) {
    Ref r = convert(x);
    if (!r) return r;
    if (!is_int(r.get())) {
      return raise_format(type_error_type, "{}returned non-int (type {})",
                          t->int_ != nullptr ? "__int__ " : "__index__ ", type_name_of(r.get()));
    }
    return int_index(r.get());
  }
  Value trunc = type_lookup(t, intern("__trunc__"));
  if (!trunc.is_absent()) {
    Ref bound = getattr(x, intern("__trunc__"));
    if (!bound) return bound;
    return call0(bound.get());
  }
  if (is_str(x)) return int_from_text(as_str(x)->view(), 10, false);
  if (is_bytes_like(x)) return int_from_text(std::string(bytes_like_view(x)), 10, true);
  return raise_format(type_error_type,
                      "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                      type_name_of(x));
}

// int(...) and int.__new__(cls, ...): a subclass instance holds the exact int's value.
Ref int_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref value = int_of_arguments(args, nargs, kwnames);
  if (!value || type == int_type) return value;
  number::IntView v(int64_t{0});
  int_view(value.get(), v);
  IntObject* o = static_cast<IntObject*>(allocate_object(type, type->instance_size));
  new (&o->value) number::BigInt(v.is_small() ? number::BigInt(v.small()) : v.big());
  return Ref::steal(o);
}

Ref bool_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "bool() takes no keyword arguments");
  if (nargs > 1) return raise_format(type_error_type, "bool expected at most 1 argument, got {}", nargs);
  if (nargs == 0) return new_bool(false);
  int t = is_true(args[0]);
  if (t < 0) return Ref();
  return new_bool(t);
}

// ---- int methods
Ref int_m_bit_length(Value self, const Value*, size_t, Tuple*) {
  number::IntView v(int64_t{0});
  int_view(self, v);
  return make_int(static_cast<int64_t>(number::bit_length(v)));
}
Ref int_m_bit_count(Value self, const Value*, size_t, Tuple*) {
  number::IntView v(int64_t{0});
  int_view(self, v);
  if (v.is_small()) return make_int(__builtin_popcountll(static_cast<uint64_t>(v.small() < 0 ? -v.small() : v.small())));
  return make_int(static_cast<int64_t>(mpz_popcount(number::absolute(v).big().get())));
}
Ref int_m_conjugate(Value self, const Value*, size_t, Tuple*) { return int_index(self); }
Ref int_m_round(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs == 0 || args[0].is_none()) return int_index(self);
  number::IntView v(int64_t{0}), n(int64_t{0});
  int_view(self, v);
  if (!int_view(args[0], n)) {
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  }
  return make_int(number::round_int(v, n));
}
Ref int_m_format(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise_format(type_error_type, "format() argument 2 must be str, not {}", type_name_of(args[0]));
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  number::IntView v(int64_t{0});
  int_view(self, v);
  std::string_view name = self.is_bool() ? "bool" : "int";
  format::FormatResult r = v.is_small() ? format::format_int(v.small(), spec, name)
                                        : format::format_int(v.big().get(), spec, name);
  if (!r.ok()) return raise_format_error(r.error());
  return make_str(r.text());
}
Ref int_m_as_integer_ratio(Value self, const Value*, size_t, Tuple*) {
  Ref i = int_index(self);
  return make_tuple({i.get(), Value::from_small_int(1)});
}
Ref int_m_trunc(Value self, const Value*, size_t, Tuple*) { return int_index(self); }
Ref int_m_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref i = int_index(self);
  return make_tuple({i.get()});
}
Ref int_g_real(Value self) { return int_index(self); }
Ref int_g_imag(Value) { return make_int(0); }
Ref int_g_one(Value) { return make_int(1); }

// int.to_bytes(length=1, byteorder='big', *, signed=False) and the classmethod
// int.from_bytes(bytes, byteorder='big', *, signed=False), over GMP's export/import.
bool int_bytes_arguments(const char* fn, const Value* args, size_t nargs, Tuple* kwnames, Value* a) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos > 2) {
    raise_format(type_error_type, "{}() takes at most 2 positional arguments ({} given)", fn, npos);
    return false;
  }
  const char* first = std::string_view(fn) == "to_bytes" ? "length" : "bytes";
  for (size_t i = 0; i < npos; ++i) a[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = as_str(kwnames->items[k])->view();
    size_t i = key == first ? 0 : key == "byteorder" ? 1 : key == "signed" ? 2 : 3;
    if (i == 3) {
      raise_format(type_error_type, "'{}' is an invalid keyword argument for {}()", key, fn);
      return false;
    }
    if (i < npos) {
      raise_format(type_error_type, "argument for {}() given by name ('{}') and position ({})", fn, key, i + 1);
      return false;
    }
    a[i] = args[npos + k];
  }
  return true;
}
// byteorder: true for 'little'.
bool byteorder_argument(const char* fn, Value v, bool& little) {
  little = false;
  if (v.is_absent()) return true;
  if (!is_str(v)) {
    raise_format(type_error_type, "{}() argument 'byteorder' must be str, not {}", fn, type_name_of(v));
    return false;
  }
  std::string_view order = as_str(v)->view();
  if (order != "little" && order != "big") {
    raise(value_error_type, "byteorder must be either 'little' or 'big'");
    return false;
  }
  little = order == "little";
  return true;
}
Ref int_m_to_bytes(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!int_bytes_arguments("to_bytes", args, nargs, kwnames, a)) return Ref();
  int64_t length = 1;
  if (!a[0].is_absent() && !index_to_int64(a[0], length)) return Ref();
  bool little, is_signed = false;
  if (!byteorder_argument("to_bytes", a[1], little)) return Ref();
  if (!a[2].is_absent()) {
    int t = is_true(a[2]);
    if (t < 0) return Ref();
    is_signed = t != 0;
  }
  if (length < 0) return raise(value_error_type, "length argument must be non-negative");
  number::IntView v(int64_t{0});
  int_view(self, v);
  mpz_t x, limit;
  mpz_init(x);
  mpz_init(limit);
  if (v.is_small()) mpz_set_si(x, v.small());
  else mpz_set(x, v.big().get());
  bool negative = mpz_sgn(x) < 0;
  Ref result;
  if (negative && !is_signed) {
    result = raise(overflow_error_type, "can't convert negative int to unsigned");
  } else {
    // Fits when -2^(8L-1) <= x < 2^(8L-1) (signed) or x < 2^(8L) (unsigned).
    uint64_t bits = static_cast<uint64_t>(length) * 8;
    bool fits;
    if (bits == 0) {
      fits = mpz_sgn(x) == 0;
    } else {
      mpz_ui_pow_ui(limit, 2, is_signed ? bits - 1 : bits);
      if (negative) {
        mpz_neg(limit, limit);
        fits = mpz_cmp(x, limit) >= 0;
        mpz_mul_si(limit, limit, is_signed ? -2 : -1);
        mpz_add(x, x, limit);  // two's complement: x + 2^(8L)
      } else {
        fits = mpz_cmp(x, limit) < 0;
      }
    }
    if (!fits) {
      result = raise(overflow_error_type, "int too big to convert");
    } else {
      std::string out(static_cast<size_t>(length), '\0');
      size_t count = 0;
      size_t needed = (mpz_sizeinbase(x, 2) + 7) / 8;
      if (mpz_sgn(x) != 0 && needed <= out.size()) {
        mpz_export(&out[out.size() - needed], &count, 1, 1, 1, 0, x);
      }
      if (little) std::reverse(out.begin(), out.end());
      result = make_bytes(out);
    }
  }
  mpz_clear(x);
  mpz_clear(limit);
  return result;
}
Ref int_m_from_bytes(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  if (!int_bytes_arguments("from_bytes", args, nargs, kwnames, a)) return Ref();
  if (a[0].is_absent()) return raise(type_error_type, "from_bytes() missing required argument 'bytes' (pos 1)");
  bool little, is_signed = false;
  if (!byteorder_argument("from_bytes", a[1], little)) return Ref();
  if (!a[2].is_absent()) {
    int t = is_true(a[2]);
    if (t < 0) return Ref();
    is_signed = t != 0;
  }
  std::string data;
  if (is_str(a[0]) || (!is_bytes_like(a[0]) && type_of(a[0])->index != nullptr)) {
    return raise_format(type_error_type, "cannot convert '{}' object to bytes", type_name_of(a[0]));
  }
  if (!bytes_of_argument(a[0], data, true)) return Ref();
  if (little) std::reverse(data.begin(), data.end());
  number::BigInt big;
  if (!data.empty()) mpz_import(big.get_mut(), data.size(), 1, 1, 1, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    number::BigInt limit;
    mpz_ui_pow_ui(limit.get_mut(), 2, data.size() * 8);
    mpz_sub(big.get_mut(), big.get(), limit.get());
  }
  Ref r = make_int(number::Int::from_big(std::move(big)));
  if (!r || static_cast<Type*>(cls.as_object()) == int_type) return r;
  return call1(cls, r.get());
}

const MethodDef int_methods[] = {
    {"bit_length", int_m_bit_length, Arity::kNoArgs},
    {"to_bytes", int_m_to_bytes, Arity::kAny, 0, 0, true},
    {"from_bytes", int_m_from_bytes, Arity::kAny, 0, 0, true, MethodKind::kClass},
    {"bit_count", int_m_bit_count, Arity::kNoArgs},
    {"conjugate", int_m_conjugate, Arity::kNoArgs},
    {"__round__", int_m_round, Arity::kRange, 0, 1},
    {"__format__", int_m_format, Arity::kOneArg},
    {"__trunc__", int_m_trunc, Arity::kNoArgs},
    {"__floor__", int_m_trunc, Arity::kNoArgs},
    {"__ceil__", int_m_trunc, Arity::kNoArgs},
    {"__getnewargs__", int_m_getnewargs, Arity::kNoArgs},
    {"as_integer_ratio", int_m_as_integer_ratio, Arity::kNoArgs},
    {nullptr, nullptr},
};
const GetSetDef int_getsets[] = {
    {"real", int_g_real}, {"imag", int_g_imag}, {"numerator", int_g_real}, {"denominator", int_g_one},
    {nullptr, nullptr},
};

// ---- float
Ref float_repr(Value self) {
  format::detail::DoubleFlags flags;
  flags.add_dot_0 = true;
  return make_str(format::detail::double_to_string(float_value(self), 'r', 0, flags));
}
int64_t float_hash(Value self) { return hash_double(float_value(self)); }
Ref float_richcompare(Value self, Value other, CompareOp op) {
  double a = float_value(self);
  if (is_float(other)) return new_bool(compare_doubles(a, float_value(other), op));
  number::IntView b(int64_t{0});
  if (int_view(other, b)) {
    // Exact: compare the int with the float, then flip the ordering.
    std::partial_ordering c = number::compare_with_float(b, a);
    if (c == std::partial_ordering::unordered) return new_bool(op == CompareOp::Ne);
    int r = c < 0 ? 1 : c > 0 ? -1 : 0;
    return new_bool(compare_result(r, op));
  }
  return new_not_implemented();
}
int float_bool(Value self) { return float_value(self) != 0.0; }
Ref float_neg(Value a) { return make_float(-float_value(a)); }
Ref float_pos(Value a) { return make_float(float_value(a)); }
Ref float_abs(Value a) { return make_float(std::fabs(float_value(a))); }
void float_dealloc(Object* self) { free_object(self); }  // subclass instances only
Ref float_float(Value a) { return make_float(float_value(a)); }
Ref float_int(Value a) {
  return from_result(number::float_to_int(float_value(a), number::FloatRounding::Truncate));
}

template <class F>
Ref float_binary(Value a, Value b, F f) {
  double x, y;
  Operand oa = to_double(a, x);
  if (oa == Operand::Error) return Ref();
  Operand ob = to_double(b, y);
  if (ob == Operand::Error) return Ref();
  if (oa != Operand::Ok || ob != Operand::Ok) return new_not_implemented();
  return f(x, y);
}
Ref from_double_result(number::Result<double>&& r) {
  if (!r.ok()) return raise_number_error(r.error());
  return make_float(r.value());
}
Ref float_add(Value a, Value b) { return float_binary(a, b, [](double x, double y) { return make_float(x + y); }); }
Ref float_sub(Value a, Value b) { return float_binary(a, b, [](double x, double y) { return make_float(x - y); }); }
Ref float_mul(Value a, Value b) { return float_binary(a, b, [](double x, double y) { return make_float(x * y); }); }
Ref float_truediv(Value a, Value b) {
  return float_binary(a, b, [](double x, double y) { return from_double_result(number::float_true_divide(x, y)); });
}
Ref float_floordiv(Value a, Value b) {
  return float_binary(a, b, [](double x, double y) { return from_double_result(number::float_floor_divide(x, y)); });
}
Ref float_mod(Value a, Value b) {
  return float_binary(a, b, [](double x, double y) { return from_double_result(number::float_modulo(x, y)); });
}
Ref float_pow(Value a, Value b) {
  return float_binary(a, b, [](double x, double y) { return from_double_result(number::float_power(x, y)); });
}

// float(x), in CPython's order (PyNumber_Float): exact float and str first, then __float__,
// __index__, and the text of str and bytes subclasses.
Ref float_of_argument(Value x) {
  if (x.is_double()) return Ref::borrow(x);
  if (is_str_exact(x)) return from_double_result(number::parse_float(as_str(x)->view(), text::repr_str, number::TextSource::Str));
  Type* t = type_of(x);
  if (t->float_ != nullptr) {
    Ref r = t->float_(x);
    if (!r || r.get().is_double()) return r;
    if (!is_float(r.get())) {
      return raise_format(type_error_type, "{}.__float__ returned non-float (type {})", type_name(t),
                          type_name_of(r.get()));
    }
    return make_float(float_value(r.get()));
  }
  if (t->index != nullptr) {
    Ref i = t->index(x);
    if (!i) return i;
    double d;
    if (to_double(i.get(), d) != Operand::Ok) return Ref();
    return make_float(d);
  }
  if (is_str(x)) return from_double_result(number::parse_float(as_str(x)->view(), text::repr_str, number::TextSource::Str));
  if (is_bytes_like(x)) {
    std::string data(bytes_like_view(x));
    return from_double_result(number::parse_float(data, text::repr_bytes, number::TextSource::Bytes));
  }
  return raise_format(type_error_type, "float() argument must be a string or a real number, not '{}'", type_name_of(x));
}

// float(...) and float.__new__(cls, ...): a subclass instance is a FloatObject of cls.
Ref float_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) != 0) return raise(type_error_type, "float() takes no keyword arguments");
  if (nargs > 1) return raise_format(type_error_type, "float expected at most 1 argument, got {}", nargs);
  Ref value = nargs == 0 ? make_float(0.0) : float_of_argument(args[0]);
  if (!value || type == float_type) return value;
  FloatObject* o = static_cast<FloatObject*>(allocate_object(type, type->instance_size));
  o->value = value.get().as_double();
  return Ref::steal(o);
}

// ---- float methods
Ref float_m_is_integer(Value self, const Value*, size_t, Tuple*) { return new_bool(number::float_is_integer(float_value(self))); }
Ref float_m_round(Value self, const Value* args, size_t nargs, Tuple*) {
  double x = float_value(self);
  if (nargs == 0 || args[0].is_none()) {
    return from_result(number::float_to_int(x, number::FloatRounding::HalfEven));
  }
  number::IntView n(int64_t{0});
  if (!int_view(args[0], n)) {
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  }
  return from_double_result(number::float_round(x, n));
}
Ref float_m_trunc(Value self, const Value*, size_t, Tuple*) { return float_int(self); }
Ref float_m_floor(Value self, const Value*, size_t, Tuple*) {
  return from_result(number::float_to_int(float_value(self), number::FloatRounding::Floor));
}
Ref float_m_ceil(Value self, const Value*, size_t, Tuple*) {
  return from_result(number::float_to_int(float_value(self), number::FloatRounding::Ceiling));
}
Ref float_m_format(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise_format(type_error_type, "format() argument 2 must be str, not {}", type_name_of(args[0]));
  std::string_view spec = as_str(args[0])->view();
  if (spec.empty()) return str(self);
  format::FormatResult r = format::format_float(float_value(self), spec);
  if (!r.ok()) return raise_format_error(r.error());
  return make_str(r.text());
}
Ref float_m_as_integer_ratio(Value self, const Value*, size_t, Tuple*) {
  number::Result<number::IntRatio> r = number::float_as_integer_ratio(float_value(self));
  if (!r.ok()) return raise_number_error(r.error());
  number::IntRatio ratio = std::move(r).value();
  Ref n = make_int(std::move(ratio.numerator));
  Ref d = make_int(std::move(ratio.denominator));
  if (!n || !d) return Ref();
  return make_tuple({n.get(), d.get()});
}
Ref float_m_conjugate(Value self, const Value*, size_t, Tuple*) { return make_float(float_value(self)); }
Ref float_g_real(Value self) { return make_float(float_value(self)); }
Ref float_g_imag(Value) { return make_float(0.0); }

const MethodDef float_methods[] = {
    {"is_integer", float_m_is_integer, Arity::kNoArgs},
    {"__round__", float_m_round, Arity::kRange, 0, 1},
    {"__trunc__", float_m_trunc, Arity::kNoArgs},
    {"__floor__", float_m_floor, Arity::kNoArgs},
    {"__ceil__", float_m_ceil, Arity::kNoArgs},
    {"__format__", float_m_format, Arity::kOneArg},
    {"as_integer_ratio", float_m_as_integer_ratio, Arity::kNoArgs},
    {"conjugate", float_m_conjugate, Arity::kNoArgs},
    {nullptr, nullptr},
};
const GetSetDef float_getsets[] = {
    {"real", float_g_real}, {"imag", float_g_imag}, {nullptr, nullptr},
};

void set_binary(Type* t, BinaryOp op, BinarySlot slot) { t->binary[static_cast<int>(op)] = slot; }

}  // namespace

void init_number_types() {
  int_type = make_builtin_type("int", nullptr, sizeof(IntObject), TypeFlag::kBaseType | TypeFlag::kIntSubclass);
  Type* t = int_type;
  t->dealloc = int_dealloc;
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
  t->methods = int_methods;
  t->getsets = int_getsets;
  set_binary(t, BinaryOp::Add, int_add);
  set_binary(t, BinaryOp::Sub, int_sub);
  set_binary(t, BinaryOp::Mul, int_mul);
  set_binary(t, BinaryOp::FloorDiv, int_floordiv);
  set_binary(t, BinaryOp::Mod, int_mod);
  set_binary(t, BinaryOp::TrueDiv, int_truediv);
  set_binary(t, BinaryOp::Pow, int_pow);
  set_binary(t, BinaryOp::LShift, int_lshift);
  set_binary(t, BinaryOp::RShift, int_rshift);
  set_binary(t, BinaryOp::And, int_and);
  set_binary(t, BinaryOp::Or, int_or);
  set_binary(t, BinaryOp::Xor, int_xor);

  bool_type = make_builtin_type("bool", int_type, 0, 0);
  bool_type->new_ = bool_new;
  bool_type->repr = bool_repr;

  float_type = make_builtin_type("float", nullptr, sizeof(FloatObject),
                                 TypeFlag::kBaseType | TypeFlag::kFloatSubclass);
  t = float_type;
  t->repr = float_repr;
  t->hash = float_hash;
  t->richcompare = float_richcompare;
  t->bool_ = float_bool;
  t->neg = float_neg;
  t->pos = float_pos;
  t->abs = float_abs;
  t->dealloc = float_dealloc;
  t->float_ = float_float;
  t->int_ = float_int;
  t->new_ = float_new;
  t->methods = float_methods;
  t->getsets = float_getsets;
  set_binary(t, BinaryOp::Add, float_add);
  set_binary(t, BinaryOp::Sub, float_sub);
  set_binary(t, BinaryOp::Mul, float_mul);
  set_binary(t, BinaryOp::TrueDiv, float_truediv);
  set_binary(t, BinaryOp::FloorDiv, float_floordiv);
  set_binary(t, BinaryOp::Mod, float_mod);
  set_binary(t, BinaryOp::Pow, float_pow);
}

}  // namespace gyre::vm
