// MpzArg (internal to vm/number): an IntView as a GMP operand. Borrows the BigInt of a big view;
// holds a small view's int64 in its own mpz_t (long is 64 bits on the platforms we build for).
#pragma once

#include <gmp.h>

#include "vm/number/int.hpp"

namespace gyre::vm::number::detail {

static_assert(sizeof(long) == 8, "vm/number assumes 64-bit long for GMP's _si/_ui functions");

class MpzArg {
 public:
  explicit MpzArg(IntView v) : owned_(v.is_small()) {
    if (owned_) {
      mpz_init_set_si(temp_, v.small());
      ptr_ = temp_;
    } else {
      ptr_ = v.big().get();
    }
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  ~MpzArg() {
    if (owned_) mpz_clear(temp_);
  }
  mpz_srcptr get() const { return ptr_; }
  operator mpz_srcptr() const { return ptr_; }

 private:
  bool owned_;
  mpz_t temp_;
  mpz_srcptr ptr_;
};

}  // namespace gyre::vm::number::detail
