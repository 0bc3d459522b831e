// A Python value in one 64-bit word (NaN-boxing; see vm/DESIGN.md for the layout and why).
//
// Invariants:
// - A float is stored as its own bits; every NaN is the canonical quiet NaN kCanonicalNaN, so
//   no float has a bit pattern at or above kBoxed, which is where the tagged values live.
// - Small ints are 48-bit two's complement (kSmallIntMin..kSmallIntMax); larger ints are heap
//   objects. Code that makes an int must go through the int type, which picks the form.
// - Absent (a null pointer) is not a Python value: it marks an unbound local, an empty slot, "no
//   result" (with an exception pending).
// All representation details live in this header, behind these small inline accessors.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace gyre::vm {

struct Object;  // every heap object starts with an Object header (vm/object.hpp)

class Value {
 public:
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
  static constexpr uint64_t kBoxed = 0xFFF8000000000000ull;  // first tagged pattern
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);

  constexpr Value() : bits_(kTagPointer) {}  // absent

  static Value from_double(double d) {
    uint64_t bits = std::bit_cast<uint64_t>(d);
    return Value(std::isnan(d) ? kCanonicalNaN : bits);
  }
  // `i` must be within kSmallIntMin..kSmallIntMax (fits_small_int).
  static constexpr Value from_small_int(int64_t i) {
    return Value(kTagSmallInt | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  static Value from_object(Object* o) {
    return Value(kTagPointer | reinterpret_cast<uint64_t>(o));
  }
  static constexpr Value none() { return Value(kTagConstant | kNone); }
  static constexpr Value boolean(bool b) { return Value(kTagConstant | (b ? kTrue : kFalse)); }
  static constexpr Value absent() { return Value(); }

  constexpr bool is_double() const { return bits_ < kBoxed; }
  constexpr bool is_small_int() const { return (bits_ & kTagMask) == kTagSmallInt; }
  // A pointer tag with a non-null payload, in one compare: absent (the null payload) wraps
  // around to the largest value, and every other tag lands at or above kPayloadMask.
  constexpr bool is_object() const { return bits_ - (kTagPointer + 1) < kPayloadMask; }
  constexpr bool is_absent() const { return bits_ == kTagPointer; }
  constexpr bool is_none() const { return bits_ == (kTagConstant | kNone); }
  constexpr bool is_bool() const { return (bits_ | 1) == (kTagConstant | kTrue); }
  constexpr bool is_true() const { return bits_ == (kTagConstant | kTrue); }

  double as_double() const { return std::bit_cast<double>(bits_); }
  constexpr int64_t as_small_int() const {
    // Sign-extend the 48-bit payload.
    return static_cast<int64_t>(bits_ << 16) >> 16;
  }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_ & kPayloadMask); }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool operator==(const Value& other) const { return bits_ == other.bits_; }  // identity

 private:
  static constexpr uint64_t kTagMask = 0xFFFF000000000000ull;
  static constexpr uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
  static constexpr uint64_t kTagPointer = 0xFFF8000000000000ull;
  static constexpr uint64_t kTagSmallInt = 0xFFF9000000000000ull;
  static constexpr uint64_t kTagConstant = 0xFFFA000000000000ull;
  static constexpr uint64_t kNone = 0, kFalse = 2, kTrue = 3;

  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace gyre::vm
