// Python int bit operations (see int_bits.hpp).
#include "vm/number/int_bits.hpp"

#include "vm/number/mpz_arg.hpp"

namespace gyre::vm::number {

using detail::MpzArg;

namespace {

constexpr uint64_t kMaxShiftBits = uint64_t{1} << 32;  // larger results: MemoryError

template <class Op>
Int big_binary(IntView a, IntView b, Op op) {
  MpzArg x(a), y(b);
  BigInt out;
  op(out.get_mut(), x.get(), y.get());
  return Int::from_big(std::move(out));
}

}  // namespace

Int bit_and(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return Int::from_int64(a.small() & b.small());
  return big_binary(a, b, mpz_and);
}

Int bit_or(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return Int::from_int64(a.small() | b.small());
  return big_binary(a, b, mpz_ior);
}

Int bit_xor(IntView a, IntView b) {
  if (a.is_small() && b.is_small()) return Int::from_int64(a.small() ^ b.small());
  return big_binary(a, b, mpz_xor);
}

Int bit_invert(IntView a) {
  if (a.is_small()) return Int::from_int64(~a.small());  // never overflows
  BigInt out;
  mpz_com(out.get_mut(), a.big().get());
  return Int::from_big(std::move(out));
}

Result<Int> left_shift(IntView a, IntView count) {
  if (count.sign() < 0) return value_error(messages::kNegativeShiftCount);
  if (a.sign() == 0) return Int();
  int64_t n = 0;
  if (!count.to_int64(n) || static_cast<uint64_t>(n) > kMaxShiftBits) return memory_error();
  if (a.is_small() && n <= 62) {
    const int64_t v = a.small();
    const int64_t limit = int64_t{1} << (62 - n);
    if (v < limit && v > -limit) return Int::from_int64(v * (int64_t{1} << n));
  }
  MpzArg x(a);
  BigInt out;
  mpz_mul_2exp(out.get_mut(), x, static_cast<mp_bitcnt_t>(n));
  return Int::from_big(std::move(out));
}

Result<Int> right_shift(IntView a, IntView count) {
  if (count.sign() < 0) return value_error(messages::kNegativeShiftCount);
  int64_t n = 0;
  if (!count.to_int64(n) || static_cast<uint64_t>(n) >= bit_length(a)) {
    return Int::from_int64(a.sign() < 0 ? -1 : 0);
  }
  if (a.is_small()) return Int::from_int64(a.small() >> n);  // arithmetic: floors
  BigInt out;
  mpz_fdiv_q_2exp(out.get_mut(), a.big().get(), static_cast<mp_bitcnt_t>(n));
  return Int::from_big(std::move(out));
}

uint64_t bit_length(IntView a) {
  if (!a.is_small()) return a.big().bit_length();
  const int64_t v = a.small();
  const uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : v;
  return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

}  // namespace gyre::vm::number
