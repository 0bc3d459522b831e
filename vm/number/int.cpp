// Int and IntView (see int.hpp), and the names of the error kinds.
#include "vm/number/int.hpp"

namespace gyre::vm::number {

Int Int::from_uint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(kSmallIntMax)) return Int(static_cast<int64_t>(v));
  return Int(BigInt::from_uint64(v));
}

Int Int::from_big(BigInt&& v) {
  if (v.fits_int64()) {
    const int64_t small = v.to_int64();
    if (fits_small_int(small)) return Int(small);
  }
  return Int(std::move(v));
}

Int Int::from_view(IntView v) {
  return v.is_small() ? from_int64(v.small()) : from_big(BigInt(v.big()));
}

int Int::sign() const { return IntView(*this).sign(); }

bool Int::operator==(const Int& other) const {
  if (is_small() != other.is_small()) return false;  // canonical forms
  return is_small() ? small() == other.small() : big() == other.big();
}

bool IntView::to_int64(int64_t& out) const {
  if (is_small()) {
    out = small_;
    return true;
  }
  if (!big_->fits_int64()) return false;
  out = big_->to_int64();
  return true;
}

std::string_view exception_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::MemoryError: return "MemoryError";
    case ErrorKind::ComplexResult: return "ComplexResult";
  }
  return "?";
}

}  // namespace gyre::vm::number
