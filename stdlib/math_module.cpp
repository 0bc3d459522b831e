// math: CPython's math module over <cmath> and, for the integer functions, GMP. Errors as
// CPython's math_1/math_2: a NaN from a non-NaN argument is ValueError "math domain error", an
// infinity from finite arguments OverflowError "math range error" (or a domain error where
// CPython says so: log(0)).
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "stdlib/native_modules.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/library_errors.hpp"
#include "vm/module.hpp"
#include "vm/number/float_convert.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;
using number::BigInt;

namespace {

Ref domain_error() { return raise(value_error_type, "math domain error"); }
Ref range_error() { return raise(overflow_error_type, "math range error"); }

// ---- float functions
template <double (*F)(double), bool CanOverflow>
Ref unary(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return CanOverflow ? range_error() : domain_error();
  return make_float(r);
}

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::fabs(x) >= 1 ? std::numeric_limits<double>::quiet_NaN() : std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_gamma(double x) {
  if (x == 0 || (x < 0 && std::floor(x) == x) || x == -INFINITY) return std::numeric_limits<double>::quiet_NaN();
  return std::tgamma(x);
}
double c_lgamma(double x) {
  if (x <= 0 && std::floor(x) == x) return INFINITY;  // a pole: CPython's domain error
  return std::lgamma(x);
}
double c_degrees(double x) { return x * (180.0 / M_PI); }
double c_radians(double x) { return x * (M_PI / 180.0); }

// log of a positive int of any size: frexp-style so 10**400 works.
bool log_of(Value v, double& out) {
  number::IntView view(0);
  if (is_int(v) && int_view(v, view) && !view.is_small()) {
    const BigInt& b = view.big();
    if (b.sign() <= 0) {
      domain_error();
      return false;
    }
    long exponent;
    double mantissa = mpz_get_d_2exp(&exponent, b.get());
    out = std::log(mantissa) + static_cast<double>(exponent) * std::log(2.0);
    return true;
  }
  double x;
  if (!to_double(v, x)) return false;
  if (std::isnan(x)) {
    out = x;
    return true;
  }
  if (x <= 0) {
    domain_error();
    return false;
  }
  out = std::log(x);
  return true;
}

Ref m_log(Value, const Value* args, size_t nargs, Tuple*) {
  double num;
  if (!log_of(args[0], num)) return Ref();
  if (nargs == 1) return make_float(num);
  double den;
  if (!log_of(args[1], den)) return Ref();
  if (den == 0) return raise(zero_division_error_type, "float division by zero");
  return make_float(num / den);
}

// log2 and log10 of floats use the libm functions, which are exact on powers of the base.
template <double (*F)(double)>
Ref m_log_exact(Value, const Value* args, size_t, Tuple*) {
  number::IntView view(0);
  if (is_int(args[0]) && int_view(args[0], view) && !view.is_small()) {
    // CPython's loghelper: F(mantissa) + exponent * F(2) over frexp of the int.
    if (view.big().sign() <= 0) return domain_error();
    long exponent;
    double mantissa = mpz_get_d_2exp(&exponent, view.big().get());
    return make_float(F(mantissa) + static_cast<double>(exponent) * F(2.0));
  }
  double x;
  if (!to_double(args[0], x)) return Ref();
  if (std::isnan(x)) return make_float(x);
  if (x <= 0) return domain_error();
  return make_float(F(x));
}
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

bool two_doubles(const Value* args, double& x, double& y) { return to_double(args[0], x) && to_double(args[1], y); }

Ref m_atan2(Value, const Value* args, size_t, Tuple*) {
  double y, x;
  if (!two_doubles(args, y, x)) return Ref();
  return make_float(std::atan2(y, x));
}

Ref m_copysign(Value, const Value* args, size_t, Tuple*) {
  double x, y;
  if (!two_doubles(args, x, y)) return Ref();
  return make_float(std::copysign(x, y));
}

Ref m_fmod(Value, const Value* args, size_t, Tuple*) {
  double x, y;
  if (!two_doubles(args, x, y)) return Ref();
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return make_float(r);
}

Ref m_remainder(Value, const Value* args, size_t, Tuple*) {
  double x, y;
  if (!two_doubles(args, x, y)) return Ref();
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return make_float(r);
}

Ref m_pow(Value, const Value* args, size_t, Tuple*) {
  double x, y;
  if (!two_doubles(args, x, y)) return Ref();
  // CPython's special cases first: 1**nan and nan**0 are 1.
  if (x == 1.0 || y == 0.0) return make_float(1.0);
  if (std::isnan(x) || std::isnan(y)) return make_float(std::numeric_limits<double>::quiet_NaN());
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) return domain_error();
    if (std::isinf(r)) return x == 0.0 ? domain_error() : range_error();
  }
  return make_float(r);
}

Ref m_hypot(Value, const Value* args, size_t nargs, Tuple*) {
  double result = 0;
  bool saw_nan = false, saw_inf = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(args[i], x)) return Ref();
    if (std::isinf(x)) saw_inf = true;
    if (std::isnan(x)) saw_nan = true;
    result = std::hypot(result, x);
  }
  if (saw_inf) return make_float(INFINITY);
  if (saw_nan) return make_float(std::numeric_limits<double>::quiet_NaN());
  return make_float(result);
}

Ref m_dist(Value, const Value* args, size_t, Tuple*) {
  Ref p = call1(value_of(tuple_type), args[0]);
  if (!p) return p;
  Ref q = call1(value_of(tuple_type), args[1]);
  if (!q) return q;
  Tuple* a = as_tuple(p.get());
  Tuple* b = as_tuple(q.get());
  if (a->size != b->size) return raise(value_error_type, "both points must have the same number of dimensions");
  double result = 0;
  for (size_t i = 0; i < a->size; ++i) {
    double x, y;
    if (!to_double(a->items[i], x) || !to_double(b->items[i], y)) return Ref();
    result = std::hypot(result, x - y);
  }
  return make_float(result);
}

template <bool (*P)(double)>
Ref predicate(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  return Ref::steal(Value::boolean(P(x)));
}
bool p_isfinite(double x) { return std::isfinite(x); }
bool p_isinf(double x) { return std::isinf(x); }
bool p_isnan(double x) { return std::isnan(x); }

Ref m_isclose(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos != 2) return raise_format(type_error_type, "isclose() takes exactly 2 positional arguments ({} given)", npos);
  double a, b, rel_tol = 1e-9, abs_tol = 0.0;
  if (!two_doubles(args, a, b)) return Ref();
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    double* target = name == "rel_tol" ? &rel_tol : name == "abs_tol" ? &abs_tol : nullptr;
    if (!target) return raise_format(type_error_type, "isclose() got an unexpected keyword argument '{}'", name);
    if (!to_double(args[npos + k], *target)) return Ref();
  }
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(value_error_type, "tolerances must be non-negative");
  if (a == b) return Ref::steal(Value::boolean(true));
  if (std::isinf(a) || std::isinf(b)) return Ref::steal(Value::boolean(false));
  double diff = std::fabs(b - a);
  bool close = (diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || diff <= abs_tol;
  return Ref::steal(Value::boolean(close));
}

Ref m_modf(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  double whole;
  double fraction = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
  if (std::isinf(x)) whole = x;
  Ref f = make_float(fraction), w = make_float(whole);
  return make_tuple({f.get(), w.get()});
}

Ref m_frexp(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  int exponent = 0;
  double mantissa = std::isfinite(x) ? std::frexp(x, &exponent) : x;
  Ref m = make_float(mantissa), e = make_int(exponent);
  return make_tuple({m.get(), e.get()});
}

Ref m_ldexp(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  if (!is_int(args[1])) return raise(type_error_type, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!index_to_int64(args[1], e)) {
    if (!error_matches(overflow_error_type)) return Ref();
    clear_error();
    number::IntView view(0);
    int_view(args[1], view);
    e = view.sign() > 0 ? 100000 : -100000;
  }
  if (x == 0 || !std::isfinite(x)) return make_float(x);
  e = std::clamp<int64_t>(e, -100000, 100000);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error();
  return make_float(r);
}

Ref m_nextafter(Value, const Value* args, size_t, Tuple*) {
  double x, y;
  if (!two_doubles(args, x, y)) return Ref();
  return make_float(std::nextafter(x, y));
}

Ref m_ulp(Value, const Value* args, size_t, Tuple*) {
  double x;
  if (!to_double(args[0], x)) return Ref();
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return make_float(x - std::nextafter(x, -INFINITY));
  return make_float(next - x);
}

// floor/ceil/trunc: ints as they are, floats rounded to an int of any size, other objects
// through __floor__ / __ceil__ / __trunc__ (floor/ceil fall back to float()).
template <number::FloatRounding Mode>
Ref rounding(Value, const Value* args, size_t, Tuple*) {
  Value x = args[0];
  if (is_int(x)) return call1(value_of(int_type), x);
  if (!is_float(x)) {
    const char* dunder = Mode == number::FloatRounding::Floor ? "__floor__"
                         : Mode == number::FloatRounding::Ceiling ? "__ceil__" : "__trunc__";
    Ref method = getattr_optional(x, intern(dunder));
    if (method) return call0(method.get());
    if (error_pending()) return Ref();
    if (Mode == number::FloatRounding::Truncate) {
      return raise_format(type_error_type, "type {} doesn't define __trunc__ method", type_name(type_of(x)));
    }
  }
  double d;
  if (!to_double(x, d)) return Ref();
  number::Result<number::Int> r = number::float_to_int(d, Mode);
  if (!r) return raise_number_error(r.error());
  return make_int(std::move(r).value());
}

// ---- integer functions over GMP
bool to_bigint(Value v, BigInt& out) {
  Ref i = index(v);
  if (!i) return false;
  number::IntView view(0);
  int_view(i.get(), view);
  if (view.is_small()) mpz_set_si(out.get_mut(), view.small());
  else mpz_set(out.get_mut(), view.big().get());
  return true;
}
Ref from_bigint(BigInt&& b) { return make_int(number::Int::from_big(std::move(b))); }

template <bool Lcm>
Ref gcd_lcm(Value, const Value* args, size_t nargs, Tuple*) {
  BigInt result;
  if (Lcm) mpz_set_ui(result.get_mut(), 1);
  for (size_t i = 0; i < nargs; ++i) {
    BigInt x;
    if (!to_bigint(args[i], x)) return Ref();
    if (Lcm) mpz_lcm(result.get_mut(), result.get(), x.get());
    else mpz_gcd(result.get_mut(), result.get(), x.get());
  }
  return from_bigint(std::move(result));
}

// A non-negative int argument that fits an unsigned long, with CPython's messages.
bool small_nonnegative(Value v, const char* negative_message, const char* overflow_message, unsigned long& out) {
  if (is_float(v)) {
    raise(type_error_type, "'float' object cannot be interpreted as an integer");
    return false;
  }
  BigInt x;
  if (!to_bigint(v, x)) return false;
  if (x.sign() < 0) {
    raise(value_error_type, negative_message);
    return false;
  }
  if (!mpz_fits_slong_p(x.get())) {
    raise(overflow_error_type, overflow_message);
    return false;
  }
  out = mpz_get_ui(x.get());
  return true;
}

Ref m_factorial(Value, const Value* args, size_t, Tuple*) {
  unsigned long n;
  if (!small_nonnegative(args[0], "factorial() not defined for negative values",
                         "factorial() argument should not exceed 9223372036854775807", n))
    return Ref();
  BigInt result;
  mpz_fac_ui(result.get_mut(), n);
  return from_bigint(std::move(result));
}

bool comb_perm_args(const Value* args, BigInt& n, BigInt& k) {
  if (!to_bigint(args[0], n) || !to_bigint(args[1], k)) return false;
  if (n.sign() < 0) {
    raise(value_error_type, "n must be a non-negative integer");
    return false;
  }
  if (k.sign() < 0) {
    raise(value_error_type, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Ref m_comb(Value, const Value* args, size_t, Tuple*) {
  BigInt n, k;
  if (!comb_perm_args(args, n, k)) return Ref();
  BigInt result;
  if (mpz_cmp(k.get(), n.get()) > 0) return make_int(0);
  BigInt rest;
  mpz_sub(rest.get_mut(), n.get(), k.get());
  if (mpz_cmp(rest.get(), k.get()) < 0) mpz_swap(rest.get_mut(), k.get_mut());
  if (!mpz_fits_ulong_p(k.get())) return raise(overflow_error_type, "min(n - k, k) must not exceed 9223372036854775807");
  mpz_bin_ui(result.get_mut(), n.get(), mpz_get_ui(k.get()));
  return from_bigint(std::move(result));
}

Ref m_perm(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 1 || args[1].is_none()) return m_factorial(self, args, 1, kw);
  BigInt n, k;
  if (!comb_perm_args(args, n, k)) return Ref();
  if (mpz_cmp(k.get(), n.get()) > 0) return make_int(0);
  if (!mpz_fits_ulong_p(k.get())) return raise(overflow_error_type, "k must not exceed 9223372036854775807");
  unsigned long count = mpz_get_ui(k.get());
  BigInt result, factor;
  mpz_set_ui(result.get_mut(), 1);
  mpz_set(factor.get_mut(), n.get());
  for (unsigned long i = 0; i < count; ++i) {
    mpz_mul(result.get_mut(), result.get(), factor.get());
    mpz_sub_ui(factor.get_mut(), factor.get(), 1);
  }
  return from_bigint(std::move(result));
}

Ref m_isqrt(Value, const Value* args, size_t, Tuple*) {
  BigInt n;
  if (!to_bigint(args[0], n)) return Ref();
  if (n.sign() < 0) return raise(value_error_type, "isqrt() argument must be nonnegative");
  BigInt root;
  mpz_sqrt(root.get_mut(), n.get());
  return from_bigint(std::move(root));
}

// fsum: Shewchuk's exact partial sums, then one correctly rounded result (the final
// half-way correction as in CPython's math_fsum).
Ref m_fsum(Value, const Value* args, size_t, Tuple*) {
  Ref it = get_iter(args[0]);
  if (!it) return it;
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) {
      if (error_pending()) return Ref();
      break;
    }
    double x;
    if (!to_double(item.get(), x)) return Ref();
    double original = x;
    size_t used = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[used++] = lo;
      x = hi;
    }
    partials.resize(used);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // an infinity or NaN among the inputs is summed apart; a finite overflow is an error
        if (std::isfinite(original)) return raise(overflow_error_type, "intermediate overflow in fsum");
        if (std::isinf(original)) inf_sum += original;
        special_sum += original;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(value_error_type, "-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(hi);
}

Ref m_prod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos != 1) return raise_format(type_error_type, "prod() takes exactly 1 positional argument ({} given)", npos);
  Ref result = make_int(1);
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (name != "start") return raise_format(type_error_type, "prod() got an unexpected keyword argument '{}'", name);
    result = Ref::borrow(args[npos + k]);
  }
  Ref it = get_iter(args[0]);
  if (!it) return it;
  while (true) {
    Ref item = iter_next(it.get());
    if (!item) return error_pending() ? Ref() : std::move(result);
    result = binary_op(result.get(), item.get(), BinaryOp::Mul);
    if (!result) return result;
  }
}

const MethodDef kMathFunctions[] = {
    {"sqrt", unary<c_sqrt, false>, Arity::kOneArg},
    {"exp", unary<c_exp, true>, Arity::kOneArg},
    {"exp2", unary<c_exp2, true>, Arity::kOneArg},
    {"expm1", unary<c_expm1, true>, Arity::kOneArg},
    {"log1p", unary<c_log1p, false>, Arity::kOneArg},
    {"sin", unary<c_sin, false>, Arity::kOneArg},
    {"cos", unary<c_cos, false>, Arity::kOneArg},
    {"tan", unary<c_tan, false>, Arity::kOneArg},
    {"asin", unary<c_asin, false>, Arity::kOneArg},
    {"acos", unary<c_acos, false>, Arity::kOneArg},
    {"atan", unary<c_atan, false>, Arity::kOneArg},
    {"sinh", unary<c_sinh, true>, Arity::kOneArg},
    {"cosh", unary<c_cosh, true>, Arity::kOneArg},
    {"tanh", unary<c_tanh, false>, Arity::kOneArg},
    {"asinh", unary<c_asinh, false>, Arity::kOneArg},
    {"acosh", unary<c_acosh, false>, Arity::kOneArg},
    {"atanh", unary<c_atanh, false>, Arity::kOneArg},
    {"fabs", unary<c_fabs, false>, Arity::kOneArg},
    {"cbrt", unary<c_cbrt, false>, Arity::kOneArg},
    {"erf", unary<c_erf, false>, Arity::kOneArg},
    {"erfc", unary<c_erfc, false>, Arity::kOneArg},
    {"gamma", unary<c_gamma, true>, Arity::kOneArg},
    {"lgamma", unary<c_lgamma, true>, Arity::kOneArg},
    {"degrees", unary<c_degrees, true>, Arity::kOneArg},
    {"radians", unary<c_radians, false>, Arity::kOneArg},
    {"log", m_log, Arity::kRange, 1, 2},
    {"log2", m_log_exact<c_log2>, Arity::kOneArg},
    {"log10", m_log_exact<c_log10>, Arity::kOneArg},
    {"atan2", m_atan2, Arity::kRange, 2, 2},
    {"copysign", m_copysign, Arity::kRange, 2, 2},
    {"fmod", m_fmod, Arity::kRange, 2, 2},
    {"remainder", m_remainder, Arity::kRange, 2, 2},
    {"pow", m_pow, Arity::kRange, 2, 2},
    {"hypot", m_hypot},
    {"dist", m_dist, Arity::kRange, 2, 2},
    {"isfinite", predicate<p_isfinite>, Arity::kOneArg},
    {"isinf", predicate<p_isinf>, Arity::kOneArg},
    {"isnan", predicate<p_isnan>, Arity::kOneArg},
    {"isclose", m_isclose, Arity::kAny, 0, 0, true},
    {"modf", m_modf, Arity::kOneArg},
    {"frexp", m_frexp, Arity::kOneArg},
    {"ldexp", m_ldexp, Arity::kRange, 2, 2},
    {"nextafter", m_nextafter, Arity::kRange, 2, 2},
    {"ulp", m_ulp, Arity::kOneArg},
    {"floor", rounding<number::FloatRounding::Floor>, Arity::kOneArg},
    {"ceil", rounding<number::FloatRounding::Ceiling>, Arity::kOneArg},
    {"trunc", rounding<number::FloatRounding::Truncate>, Arity::kOneArg},
    {"gcd", gcd_lcm<false>},
    {"lcm", gcd_lcm<true>},
    {"factorial", m_factorial, Arity::kOneArg},
    {"comb", m_comb, Arity::kRange, 2, 2},
    {"perm", m_perm, Arity::kRange, 1, 2},
    {"isqrt", m_isqrt, Arity::kOneArg},
    {"fsum", m_fsum, Arity::kOneArg},
    {"prod", m_prod, Arity::kAny, 0, 0, true},
    {nullptr, nullptr},
};

}  // namespace

Ref make_math_module() {
  Ref m = make_function_module("math", kMathFunctions);
  Dict* d = as_module(m.get())->dict;
  dict_set_str(d, "pi", Value::from_double(M_PI));
  dict_set_str(d, "e", Value::from_double(M_E));
  dict_set_str(d, "tau", Value::from_double(2 * M_PI));
  dict_set_str(d, "inf", Value::from_double(INFINITY));
  dict_set_str(d, "nan", Value::from_double(std::numeric_limits<double>::quiet_NaN()));
  return m;
}

}  // namespace gyre::stdlib
