// SHA-512 as specified in FIPS 180-4. The round constants and initial hash values are the
// first 64 bits of the fractional parts of the cube roots of the first 80 primes and of the
// square roots of the first 8 primes; they are computed once with GMP's exact integer roots
// rather than tabulated.
#include "stdlib/sha512.hpp"

#include <gmp.h>

#include <string>

namespace gyre::stdlib {

namespace {

struct Constants {
  uint64_t k[80];
  uint64_t h0[8];
};

// floor(frac(root_n(p)) * 2^64) = floor(root_n(p * 2^(64 n))) mod 2^64.
uint64_t fractional_root_bits(unsigned long prime, unsigned long n) {
  mpz_t x;
  mpz_init_set_ui(x, prime);
  mpz_mul_2exp(x, x, 64 * n);
  mpz_root(x, x, n);
  mpz_fdiv_r_2exp(x, x, 64);
  uint64_t result = 0;
  mpz_export(&result, nullptr, -1, sizeof result, 0, 0, x);
  mpz_clear(x);
  return result;
}

const Constants& constants() {
  static const Constants c = [] {
    Constants out{};
    unsigned long prime = 2;
    for (int i = 0; i < 80; ++i) {
      out.k[i] = fractional_root_bits(prime, 3);
      if (i < 8) out.h0[i] = fractional_root_bits(prime, 2);
      for (bool is_prime = false; !is_prime;) {
        ++prime;
        is_prime = true;
        for (unsigned long d = 2; d * d <= prime; ++d)
          if (prime % d == 0) is_prime = false;
      }
    }
    return out;
  }();
  return c;
}

uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void compress(uint64_t state[8], const uint8_t* block, const uint64_t* k) {
  uint64_t w[80];
  for (int i = 0; i < 16; ++i) {
    w[i] = 0;
    for (int j = 0; j < 8; ++j) w[i] = (w[i] << 8) | block[i * 8 + j];
  }
  for (int i = 16; i < 80; ++i) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint64_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (int i = 0; i < 80; ++i) {
    uint64_t t1 = h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
    uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  state[0] += a, state[1] += b, state[2] += c, state[3] += d;
  state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}

}  // namespace

std::array<uint8_t, 64> sha512(std::string_view data) {
  const Constants& c = constants();
  uint64_t state[8];
  for (int i = 0; i < 8; ++i) state[i] = c.h0[i];
  // Padding: 0x80, zeros, then the 128-bit big-endian bit length (high half zero here).
  std::string message(data);
  uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  message += static_cast<char>(0x80);
  while (message.size() % 128 != 112) message += '\0';
  message.append(8, '\0');
  for (int i = 7; i >= 0; --i) message += static_cast<char>((bits >> (i * 8)) & 0xFF);
  for (size_t offset = 0; offset < message.size(); offset += 128) {
    compress(state, reinterpret_cast<const uint8_t*>(message.data() + offset), c.k);
  }
  std::array<uint8_t, 64> digest;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 8; ++j) digest[i * 8 + j] = static_cast<uint8_t>(state[i] >> (56 - 8 * j));
  return digest;
}

}  // namespace gyre::stdlib
