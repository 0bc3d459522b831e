#include "compiler/ast_opt.hpp"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <string>
#include <vector>

#include "parser/unicode.hpp"

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

namespace {

// An arbitrary-precision int (GMP), copyable.
class BigInt {
 public:
  BigInt() { mpz_init(v_); }
  explicit BigInt(long n) { mpz_init_set_si(v_, n); }
  BigInt(const BigInt& other) { mpz_init_set(v_, other.v_); }
  BigInt& operator=(const BigInt& other) {
    if (this != &other) mpz_set(v_, other.v_);
    return *this;
  }
  ~BigInt() { mpz_clear(v_); }
  mpz_t& get() { return v_; }
  const mpz_t& get() const { return v_; }
  int sign() const { return mpz_sgn(v_); }
  size_t bits() const { return sign() == 0 ? 0 : mpz_sizeinbase(v_, 2); }  // _PyLong_NumBits
  bool fits_long() const { return mpz_fits_slong_p(v_) != 0; }
  long to_long() const { return mpz_get_si(v_); }
  double to_double() const { return mpz_get_d(v_); }

 private:
  mpz_t v_;
};

// A folded constant's value: only what the folding rules below need.
struct Value {
  ConstType type = ConstType::None;
  bool boolean = false;       // Bool
  BigInt integer;             // Int (and Bool as 0/1 via as_int)
  double real = 0, imag = 0;  // Float (real), Complex
  std::string text;           // Str (UTF-8), Bytes
  size_t length = 0;          // Str: code points
  std::vector<Value> items;   // Tuple
};

using Folded = std::optional<Value>;

constexpr size_t kMaxIntSize = 128;         // bits
constexpr size_t kMaxCollectionSize = 256;  // items
constexpr size_t kMaxStrSize = 4096;        // characters
constexpr long kMaxTotalItems = 1024;       // including nested collections

bool is_intlike(const Value& v) { return v.type == ConstType::Int || v.type == ConstType::Bool; }
bool is_number(const Value& v) {
  return is_intlike(v) || v.type == ConstType::Float || v.type == ConstType::Complex;
}

BigInt as_int(const Value& v) {
  if (v.type == ConstType::Bool) return BigInt(v.boolean ? 1 : 0);
  return v.integer;
}

double as_float(const Value& v) {
  if (v.type == ConstType::Float || v.type == ConstType::Complex) return v.real;
  return as_int(v).to_double();
}

Value make_int(const BigInt& n) {
  Value v;
  v.type = ConstType::Int;
  v.integer = n;
  return v;
}

Value make_bool(bool b) {
  Value v;
  v.type = ConstType::Bool;
  v.boolean = b;
  return v;
}

Folded make_float(double d) {
  if (std::isinf(d)) return std::nullopt;  // CPython's float ops raise OverflowError instead
  Value v;
  v.type = ConstType::Float;
  v.real = d;
  return v;
}

Value make_complex(double re, double im) {
  Value v;
  v.type = ConstType::Complex;
  v.real = re;
  v.imag = im;
  return v;
}

bool truthy(const Value& v) {
  switch (v.type) {
    case ConstType::None:
      return false;
    case ConstType::Ellipsis:
      return true;
    case ConstType::Bool:
      return v.boolean;
    case ConstType::Int:
      return v.integer.sign() != 0;
    case ConstType::Float:
      return v.real != 0;
    case ConstType::Complex:
      return v.real != 0 || v.imag != 0;
    case ConstType::Str:
    case ConstType::Bytes:
      return !v.text.empty();
    case ConstType::Tuple:
      return !v.items.empty();
  }
  return true;
}

Folded fold(const ast::Node* e);

Folded fold_constant_node(const ast::Constant* c) {
  using T = ast::ConstantValue::Type;
  Value v;
  switch (c->value.type) {
    case T::None:
      v.type = ConstType::None;
      return v;
    case T::Ellipsis:
      v.type = ConstType::Ellipsis;
      return v;
    case T::True:
      return make_bool(true);
    case T::False:
      return make_bool(false);
    case T::Int:
      v.type = ConstType::Int;
      if (mpz_set_str(v.integer.get(), c->value.text.c_str(), 10) != 0) return std::nullopt;
      return v;
    case T::Float:
      v.type = ConstType::Float;
      v.real = c->value.number;
      return v;
    case T::Complex:
      return make_complex(0, c->value.number);
    case T::Str:
      v.type = ConstType::Str;
      v.text = c->value.text;
      v.length = parser::count_code_points(v.text);
      return v;
    case T::Bytes:
      v.type = ConstType::Bytes;
      v.text = c->value.text;
      return v;
  }
  return std::nullopt;
}

// fold_unaryop.
Folded fold_unary(ast::UnaryOperator op, const Value& a) {
  switch (op) {
    case ast::UnaryOperator::Not:
      return make_bool(!truthy(a));
    case ast::UnaryOperator::Invert: {
      if (!is_intlike(a)) return std::nullopt;
      BigInt r;
      mpz_com(r.get(), as_int(a).get());
      return make_int(r);
    }
    case ast::UnaryOperator::UAdd:
    case ast::UnaryOperator::USub: {
      const bool neg = op == ast::UnaryOperator::USub;
      if (is_intlike(a)) {
        BigInt r = as_int(a);
        if (neg) mpz_neg(r.get(), r.get());
        return make_int(r);
      }
      if (a.type == ConstType::Float) return make_float(neg ? -a.real : a.real);
      if (a.type == ConstType::Complex) return neg ? make_complex(-a.real, -a.imag) : a;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// check_complexity: the number of items in nested tuples may not exceed `limit`.
long check_complexity(const Value& v, long limit) {
  if (v.type == ConstType::Tuple) {
    limit -= static_cast<long>(v.items.size());
    for (const Value& item : v.items) {
      if (limit < 0) break;
      limit = check_complexity(item, limit);
    }
  }
  return limit;
}

Folded repeat(const Value& seq, const Value& count) {
  BigInt n = as_int(count);
  size_t size = seq.type == ConstType::Tuple ? seq.items.size()
                : seq.type == ConstType::Str ? seq.length
                                             : seq.text.size();
  long times = 0;
  if (size != 0) {
    // safe_multiply's limits
    if (!n.fits_long()) return std::nullopt;
    times = n.to_long();
    size_t limit = seq.type == ConstType::Tuple ? kMaxCollectionSize : kMaxStrSize;
    if (times < 0 || static_cast<size_t>(times) > limit / size) return std::nullopt;
    if (seq.type == ConstType::Tuple && times != 0 &&
        check_complexity(seq, kMaxTotalItems / times) < 0) {
      return std::nullopt;
    }
  } else {
    times = n.fits_long() ? std::max(0L, n.to_long()) : 0;
    if (times > 0) times = 1;  // repeating an empty sequence gives an empty one
  }
  Value r;
  r.type = seq.type;
  for (long i = 0; i < times; ++i) {
    if (seq.type == ConstType::Tuple) {
      r.items.insert(r.items.end(), seq.items.begin(), seq.items.end());
    } else {
      r.text += seq.text;
      r.length += seq.length;
    }
  }
  return r;
}

Folded complex_div(double ar, double ai, double br, double bi) {
  if (br == 0 && bi == 0) return std::nullopt;  // ZeroDivisionError
  std::complex<double> q = std::complex<double>(ar, ai) / std::complex<double>(br, bi);
  return make_complex(q.real(), q.imag());
}

// Python's float floor division and modulo.
Folded float_divmod(double a, double b, bool want_div) {
  if (b == 0) return std::nullopt;
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  return make_float(want_div ? floordiv : mod);
}

Folded int_binop(ast::BinOperator op, const Value& a, const Value& b) {
  const BigInt x = as_int(a), y = as_int(b);
  BigInt r;
  switch (op) {
    case ast::BinOperator::Add:
      mpz_add(r.get(), x.get(), y.get());
      break;
    case ast::BinOperator::Sub:
      mpz_sub(r.get(), x.get(), y.get());
      break;
    case ast::BinOperator::Mult:
      if (x.sign() != 0 && y.sign() != 0 && x.bits() + y.bits() > kMaxIntSize) return std::nullopt;
      mpz_mul(r.get(), x.get(), y.get());
      break;
    case ast::BinOperator::Div: {
      if (y.sign() == 0) return std::nullopt;
      return make_float(x.to_double() / y.to_double());
    }
    case ast::BinOperator::FloorDiv:
      if (y.sign() == 0) return std::nullopt;
      mpz_fdiv_q(r.get(), x.get(), y.get());
      break;
    case ast::BinOperator::Mod:
      if (y.sign() == 0) return std::nullopt;
      mpz_fdiv_r(r.get(), x.get(), y.get());
      break;
    case ast::BinOperator::Pow: {
      if (y.sign() < 0) {  // a float result
        if (x.sign() == 0) return std::nullopt;
        return make_float(std::pow(x.to_double(), y.to_double()));
      }
      if (x.sign() != 0 && y.sign() > 0) {
        if (!y.fits_long() || x.bits() > kMaxIntSize / static_cast<size_t>(y.to_long())) {
          return std::nullopt;
        }
      }
      mpz_pow_ui(r.get(), x.get(), static_cast<unsigned long>(y.sign() == 0 ? 0 : y.to_long()));
      break;
    }
    case ast::BinOperator::LShift:
      if (y.sign() < 0) return std::nullopt;
      if (x.sign() != 0 && y.sign() != 0) {
        if (!y.fits_long() || static_cast<size_t>(y.to_long()) > kMaxIntSize ||
            x.bits() > kMaxIntSize - static_cast<size_t>(y.to_long())) {
          return std::nullopt;
        }
      }
      mpz_mul_2exp(r.get(), x.get(), y.sign() == 0 ? 0 : static_cast<unsigned long>(y.to_long()));
      break;
    case ast::BinOperator::RShift:
      if (y.sign() < 0) return std::nullopt;
      mpz_fdiv_q_2exp(r.get(), x.get(),
                      y.fits_long() ? static_cast<unsigned long>(y.to_long()) : (1UL << 30));
      break;
    case ast::BinOperator::BitOr:
    case ast::BinOperator::BitXor:
    case ast::BinOperator::BitAnd:
      if (a.type == ConstType::Bool && b.type == ConstType::Bool) {
        bool v = op == ast::BinOperator::BitOr    ? (a.boolean || b.boolean)
                 : op == ast::BinOperator::BitXor ? (a.boolean != b.boolean)
                                                  : (a.boolean && b.boolean);
        return make_bool(v);
      }
      if (op == ast::BinOperator::BitOr) mpz_ior(r.get(), x.get(), y.get());
      if (op == ast::BinOperator::BitXor) mpz_xor(r.get(), x.get(), y.get());
      if (op == ast::BinOperator::BitAnd) mpz_and(r.get(), x.get(), y.get());
      break;
    default:
      return std::nullopt;
  }
  return make_int(r);
}

Folded float_binop(ast::BinOperator op, double x, double y) {
  switch (op) {
    case ast::BinOperator::Add:
      return make_float(x + y);
    case ast::BinOperator::Sub:
      return make_float(x - y);
    case ast::BinOperator::Mult:
      return make_float(x * y);
    case ast::BinOperator::Div:
      if (y == 0) return std::nullopt;
      return make_float(x / y);
    case ast::BinOperator::FloorDiv:
      return float_divmod(x, y, true);
    case ast::BinOperator::Mod:
      return float_divmod(x, y, false);
    case ast::BinOperator::Pow:
      if (x == 0 && y < 0) return std::nullopt;  // ZeroDivisionError
      if (x < 0 && y != std::floor(y)) {         // a complex result
        std::complex<double> r = std::pow(std::complex<double>(x, 0), std::complex<double>(y, 0));
        return make_complex(r.real(), r.imag());
      }
      return make_float(std::pow(x, y));
    default:
      return std::nullopt;
  }
}

Folded complex_binop(ast::BinOperator op, const Value& a, const Value& b) {
  double ar = a.type == ConstType::Complex ? a.real : as_float(a);
  double ai = a.type == ConstType::Complex ? a.imag : 0;
  double br = b.type == ConstType::Complex ? b.real : as_float(b);
  double bi = b.type == ConstType::Complex ? b.imag : 0;
  switch (op) {
    case ast::BinOperator::Add:
      return make_complex(ar + br, ai + bi);
    case ast::BinOperator::Sub:
      return make_complex(ar - br, ai - bi);
    case ast::BinOperator::Mult:
      return make_complex(ar * br - ai * bi, ar * bi + ai * br);
    case ast::BinOperator::Div:
      return complex_div(ar, ai, br, bi);
    case ast::BinOperator::Pow: {
      if (ar == 0 && ai == 0) {
        if (bi != 0 || br < 0) return std::nullopt;  // ZeroDivisionError
        return make_complex(br == 0 ? 1 : 0, 0);
      }
      std::complex<double> r = std::pow(std::complex<double>(ar, ai), std::complex<double>(br, bi));
      if (std::isinf(r.real()) || std::isinf(r.imag())) return std::nullopt;  // OverflowError
      return make_complex(r.real(), r.imag());
    }
    default:
      return std::nullopt;
  }
}

// fold_binop (safe_multiply, safe_power, safe_lshift, safe_mod).
Folded fold_binary(ast::BinOperator op, const Value& a, const Value& b) {
  if (op == ast::BinOperator::MatMult) return std::nullopt;
  if (is_number(a) && is_number(b)) {
    if (a.type == ConstType::Complex || b.type == ConstType::Complex)
      return complex_binop(op, a, b);
    if (a.type == ConstType::Float || b.type == ConstType::Float) {
      switch (op) {
        case ast::BinOperator::LShift:
        case ast::BinOperator::RShift:
        case ast::BinOperator::BitOr:
        case ast::BinOperator::BitXor:
        case ast::BinOperator::BitAnd:
          return std::nullopt;
        default:
          return float_binop(op, as_float(a), as_float(b));
      }
    }
    return int_binop(op, a, b);
  }
  const bool seq_a =
      a.type == ConstType::Str || a.type == ConstType::Bytes || a.type == ConstType::Tuple;
  const bool seq_b =
      b.type == ConstType::Str || b.type == ConstType::Bytes || b.type == ConstType::Tuple;
  if (op == ast::BinOperator::Add && seq_a && a.type == b.type) {
    Value r = a;
    r.text += b.text;
    r.length += b.length;
    r.items.insert(r.items.end(), b.items.begin(), b.items.end());
    return r;
  }
  if (op == ast::BinOperator::Mult) {
    if (seq_a && is_intlike(b)) return repeat(a, b);
    if (seq_b && is_intlike(a)) return repeat(b, a);
  }
  return std::nullopt;  // TypeError (and str/bytes % anything: not folded)
}

// fold_subscr: PyObject_GetItem on a str, bytes or tuple with an int index.
Folded fold_subscript(const Value& seq, const Value& index) {
  if (!is_intlike(index)) return std::nullopt;
  BigInt i = as_int(index);
  size_t size = seq.type == ConstType::Tuple   ? seq.items.size()
                : seq.type == ConstType::Str   ? seq.length
                : seq.type == ConstType::Bytes ? seq.text.size()
                                               : 0;
  if (seq.type != ConstType::Tuple && seq.type != ConstType::Str && seq.type != ConstType::Bytes) {
    return std::nullopt;
  }
  if (!i.fits_long()) return std::nullopt;
  long k = i.to_long();
  if (k < 0) k += static_cast<long>(size);
  if (k < 0 || static_cast<size_t>(k) >= size) return std::nullopt;  // IndexError
  if (seq.type == ConstType::Tuple) return seq.items[static_cast<size_t>(k)];
  if (seq.type == ConstType::Bytes) {
    return make_int(BigInt(static_cast<unsigned char>(seq.text[static_cast<size_t>(k)])));
  }
  // The k-th code point of the UTF-8 text.
  size_t at = 0;
  for (long n = 0; n < k; ++n) {
    char32_t cp;
    at += std::max<size_t>(1, parser::decode_wtf8(seq.text, at, cp));
  }
  char32_t cp;
  size_t len = std::max<size_t>(1, parser::decode_wtf8(seq.text, at, cp));
  Value r;
  r.type = ConstType::Str;
  r.text = seq.text.substr(at, len);
  r.length = 1;
  return r;
}

Folded fold(const ast::Node* e) {
  switch (e->kind) {
    case ast::Kind::Constant:
      return fold_constant_node(static_cast<const ast::Constant*>(e));
    case ast::Kind::Name:
      if (is_debug_load(e)) return make_bool(true);
      return std::nullopt;
    case ast::Kind::Tuple: {  // fold_tuple: a loaded tuple of constants
      const auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ast::Ctx::Load) return std::nullopt;
      Value r;
      r.type = ConstType::Tuple;
      for (const ast::Node* elt : t->elts) {
        Folded item = fold(elt);
        if (!item) return std::nullopt;
        r.items.push_back(std::move(*item));
      }
      return r;
    }
    case ast::Kind::UnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      Folded operand = fold(u->operand);
      if (!operand) return std::nullopt;
      return fold_unary(u->op, *operand);
    }
    case ast::Kind::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      Folded left = fold(b->left);
      if (!left) return std::nullopt;
      Folded right = fold(b->right);
      if (!right) return std::nullopt;
      return fold_binary(b->op, *left, *right);
    }
    case ast::Kind::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      if (s->ctx != ast::Ctx::Load) return std::nullopt;
      Folded value = fold(s->value);
      if (!value) return std::nullopt;
      Folded index = fold(s->slice);
      if (!index) return std::nullopt;
      return fold_subscript(*value, *index);
    }
    default:
      return std::nullopt;
  }
}

// simple_format_arg_parse + parse_format: one conversion after a '%' at text[pos] (code points);
// true when it is %s, %r or %a with flags, a width and a precision of at most two digits.
bool simple_format(const std::u32string& fmt, size_t& pos) {
  size_t len = fmt.size();
  char32_t ch = 0;
  auto next = [&]() {
    if (pos >= len) return false;
    ch = fmt[pos++];
    return true;
  };
  for (;;) {
    if (!next()) return false;
    if (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
    break;
  }
  if (ch >= '0' && ch <= '9') {
    int digits = 0;
    while (ch >= '0' && ch <= '9') {
      if (!next()) return false;
      if (++digits >= 3) return false;
    }
  }
  if (ch == '.') {
    if (!next()) return false;
    int digits = 0;
    while (ch >= '0' && ch <= '9') {
      if (!next()) return false;
      if (++digits >= 3) return false;
    }
  }
  return ch == 's' || ch == 'r' || ch == 'a';
}

}  // namespace

bool folds_to_fstring(const ast::Node* e) {
  const auto* b = e->as<ast::BinOp>();
  if (b == nullptr || b->op != ast::BinOperator::Mod) return false;
  const auto* tuple = b->right->as<ast::Tuple>();
  if (tuple == nullptr || fold(b->right)) return false;  // an all-constant tuple is folded first
  for (const ast::Node* elt : tuple->elts) {
    if (elt->is(ast::Kind::Starred)) return false;
  }
  Folded left = fold(b->left);
  if (!left || left->type != ConstType::Str) return false;
  // optimize_format: literal text (with %%) and conversions, one per tuple item.
  std::u32string fmt;
  for (size_t at = 0; at < left->text.size();) {
    char32_t cp;
    at += std::max<size_t>(1, parser::decode_wtf8(left->text, at, cp));
    fmt += cp;
  }
  size_t pos = 0, count = 0;
  for (;;) {
    while (pos < fmt.size()) {
      if (fmt[pos] != '%') {
        pos++;
      } else if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
        pos += 2;
      } else {
        break;
      }
    }
    if (pos >= fmt.size()) break;
    if (count >= tuple->elts.size()) return false;  // more conversions than items
    pos++;
    if (!simple_format(fmt, pos)) return false;
    count++;
  }
  return count == tuple->elts.size();
}

std::optional<ConstType> folded_constant(const ast::Node* e) {
  Folded v = fold(e);
  if (!v) return std::nullopt;
  return v->type;
}

const char* type_name(ConstType type) {
  switch (type) {
    case ConstType::None:
      return "NoneType";
    case ConstType::Ellipsis:
      return "ellipsis";
    case ConstType::Bool:
      return "bool";
    case ConstType::Int:
      return "int";
    case ConstType::Float:
      return "float";
    case ConstType::Complex:
      return "complex";
    case ConstType::Str:
      return "str";
    case ConstType::Bytes:
      return "bytes";
    case ConstType::Tuple:
      return "tuple";
  }
  return "object";
}

namespace {

// A comparison with one invertible operator (is, is not, in, not in), possibly under `not`s
// that the optimizer folded into it; sets `inverted` to the parity of those `not`s.
const ast::Compare* invertible_compare(const ast::Node* e, bool& inverted) {
  if (const auto* c = e->as<ast::Compare>()) {
    if (c->ops.size() != 1) return nullptr;
    switch (c->ops[0]) {
      case ast::CmpOperator::Is:
      case ast::CmpOperator::IsNot:
      case ast::CmpOperator::In:
      case ast::CmpOperator::NotIn:
        inverted = false;
        return c;
      default:
        return nullptr;
    }
  }
  const auto* u = e->as<ast::UnaryOp>();
  if (u == nullptr || u->op != ast::UnaryOperator::Not) return nullptr;
  const ast::Compare* c = invertible_compare(u->operand, inverted);
  if (c != nullptr) inverted = !inverted;
  return c;
}

}  // namespace

const ast::Compare* folded_not_compare(const ast::Node* e, bool& inverted) {
  if (!e->is(ast::Kind::UnaryOp)) return nullptr;
  return invertible_compare(e, inverted);
}

}  // namespace gyre::compiler
