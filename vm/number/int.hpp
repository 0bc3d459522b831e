// Int: a Python int as the interpreter stores it, in canonical form; IntView: an int argument.
//
// Invariants:
// - Int is small (an int64_t) exactly when the value fits the 48-bit small-int range of
//   Value (Value::kSmallIntMin..kSmallIntMax); otherwise it is a BigInt. So the wrapper maps an
//   Int to a Value in one test: is_small() ? Value::from_small_int(small()) : a heap int owning
//   take_big().
// - IntView is a non-owning view of either an int64_t (any int64 value, not only 48-bit ones)
//   or a BigInt (any value, canonical or not); the BigInt must outlive the view. Every
//   operation of vm/number takes IntViews and returns canonical Ints.
#pragma once

#include <cstdint>
#include <variant>

#include "vm/number/bigint.hpp"

namespace gyre::vm::number {

inline constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;  // == Value::kSmallIntMax
inline constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);     // == Value::kSmallIntMin
constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }

class IntView;

class Int {
 public:
  Int() : repr_(int64_t{0}) {}
  static Int from_int64(int64_t v) { return fits_small_int(v) ? Int(v) : Int(BigInt(v)); }
  static Int from_uint64(uint64_t v);
  static Int from_big(BigInt&& v);  // demotes to small when the value fits
  static Int from_view(IntView v);  // copies

  bool is_small() const { return repr_.index() == 0; }
  int64_t small() const { return *std::get_if<0>(&repr_); }       // precondition: is_small()
  const BigInt& big() const { return *std::get_if<1>(&repr_); }   // precondition: !is_small()
  BigInt take_big() && { return std::move(*std::get_if<1>(&repr_)); }

  int sign() const;
  bool operator==(const Int& other) const;

 private:
  explicit Int(int64_t v) : repr_(v) {}
  explicit Int(BigInt&& v) : repr_(std::move(v)) {}
  std::variant<int64_t, BigInt> repr_;
};

class IntView {
 public:
  IntView(int64_t v) : small_(v), big_(nullptr) {}
  IntView(const BigInt& v) : small_(0), big_(&v) {}
  IntView(const Int& v) : small_(v.is_small() ? v.small() : 0), big_(v.is_small() ? nullptr : &v.big()) {}

  bool is_small() const { return big_ == nullptr; }
  int64_t small() const { return small_; }      // precondition: is_small()
  const BigInt& big() const { return *big_; }   // precondition: !is_small()
  int sign() const { return big_ ? big_->sign() : (small_ > 0) - (small_ < 0); }
  // The value as int64 when it fits.
  bool to_int64(int64_t& out) const;

 private:
  int64_t small_;
  const BigInt* big_;
};

}  // namespace gyre::vm::number
