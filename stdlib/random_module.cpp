// _random: the Mersenne Twister (MT19937) under random.py, bit-compatible with CPython's
// _random.Random: the same seeding (init_by_array over the 32-bit words of abs(seed), or of
// the int made of bytes + SHA-512(bytes) for str and bytes seeds), random() from two 32-bit
// outputs, getrandbits() in little-endian 32-bit words, and getstate()'s 625-tuple.
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <vector>

#include "stdlib/native_modules.hpp"
#include "stdlib/sha512.hpp"
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
};
RandomObject* as_random(Value v) { return static_cast<RandomObject*>(v.as_object()); }

Type* random_type = nullptr;

void init_genrand(RandomObject* r, uint32_t seed) {
  uint32_t* mt = r->state;
  mt[0] = seed;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i, ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

uint32_t genrand_uint32(RandomObject* r) {
  static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
  uint32_t* mt = r->state;
  if (r->index >= kN) {
    int kk = 0;
    uint32_t y;
    for (; kk < kN - kM; ++kk) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

// The 32-bit words of abs(n), least significant first; [0] for zero.
std::vector<uint32_t> words_of(mpz_srcptr n) {
  size_t count = (mpz_sizeinbase(n, 2) + 31) / 32;
  std::vector<uint32_t> words(count == 0 ? 1 : count, 0);
  if (mpz_sgn(n) != 0) mpz_export(words.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
  return words;
}

void seed_from_urandom(RandomObject* r) {
  std::vector<uint32_t> key(kN);
  std::ifstream source("/dev/urandom", std::ios::binary);
  if (!source.read(reinterpret_cast<char*>(key.data()), static_cast<std::streamsize>(key.size() * 4))) {
    // No /dev/urandom: the time and the process id, as CPython's fallback.
    key.assign({static_cast<uint32_t>(::time(nullptr)), static_cast<uint32_t>(::getpid()),
                static_cast<uint32_t>(::clock())});
  }
  init_by_array(r, key);
}

// seed(a): None -> os.urandom; int -> abs(a); str/bytes -> the int of bytes + sha512(bytes)
// (random.py's version 2); anything else -> hash(a).
bool seed(RandomObject* r, Value a) {
  if (a.is_absent() || a.is_none()) {
    seed_from_urandom(r);
    return true;
  }
  number::BigInt n;
  if (is_str(a) || is_bytes(a)) {
    std::string data(is_str(a) ? as_str(a)->view() : as_bytes(a)->view());
    std::array<uint8_t, 64> digest = sha512(data);
    data.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    mpz_import(n.get_mut(), data.size(), 1, 1, 0, 0, data.data());
  } else {
    Ref value;
    if (is_int(a)) value = Ref::borrow(a);
    else {
      int64_t h = hash(a);
      if (h == -1 && error_pending()) return false;
      value = make_int(h);
    }
    number::IntView view(0);
    int_view(value.get(), view);
    if (view.is_small()) mpz_set_si(n.get_mut(), view.small());
    else mpz_set(n.get_mut(), view.big().get());
  }
  mpz_abs(n.get_mut(), n.get());
  init_by_array(r, words_of(n.get()));
  return true;
}

Ref r_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == random_type && tuple_size(kwnames) > 0) return raise(type_error_type, "Random() takes no keyword arguments");
  if (type == random_type && nargs > 1) return raise(type_error_type, "Random() requires 0 or 1 argument");
  Ref self = Ref::steal(allocate_object(type, type->instance_size));
  // A subclass's __init__ seeds again through seed(); the exact type seeds here.
  if (!seed(as_random(self.get()), type == random_type && nargs == 1 ? args[0] : Value())) return Ref();
  return self;
}

void r_dealloc(Object* self) { free_object(self); }

Ref r_seed(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!seed(as_random(self), nargs > 0 ? args[0] : Value())) return Ref();
  return new_none();
}

Ref r_random(Value self, const Value*, size_t, Tuple*) {
  RandomObject* r = as_random(self);
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return make_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Ref r_getrandbits(Value self, const Value* args, size_t, Tuple*) {
  int64_t k;
  if (!index_to_int64(args[0], k)) return Ref();
  if (k < 0) return raise(value_error_type, "number of bits must be non-negative");
  RandomObject* r = as_random(self);
  if (k == 0) return make_int(0);
  if (k <= 32) return make_int(genrand_uint32(r) >> (32 - k));
  std::vector<uint32_t> words(static_cast<size_t>((k - 1) / 32 + 1));
  for (uint32_t& word : words) {
    uint32_t w = genrand_uint32(r);
    if (k < 32) w >>= (32 - k);  // the last, partial word keeps the top bits
    word = w;
    k -= 32;
  }
  number::BigInt n;
  mpz_import(n.get_mut(), words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return make_int(number::Int::from_big(std::move(n)));
}

Ref r_getstate(Value self, const Value*, size_t, Tuple*) {
  RandomObject* r = as_random(self);
  Ref t = make_tuple_uninitialized(kN + 1);
  for (int i = 0; i < kN; ++i) tuple_init_item(as_tuple(t.get()), static_cast<size_t>(i), make_int(r->state[i]).release());
  tuple_init_item(as_tuple(t.get()), kN, make_int(r->index).release());
  return t;
}

Ref r_setstate(Value self, const Value* args, size_t, Tuple*) {
  if (!is_tuple(args[0])) return raise(type_error_type, "state vector must be a tuple");
  Tuple* t = as_tuple(args[0]);
  if (t->size != kN + 1) return raise(value_error_type, "state vector is the wrong size");
  RandomObject* r = as_random(self);
  uint32_t state[kN];
  for (int i = 0; i < kN; ++i) {
    Ref v = index(t->items[i]);
    if (!v) return v;
    number::IntView view(0);
    int_view(v.get(), view);
    int64_t word;
    if (!view.to_int64(word) || word < 0 || word > 0xFFFFFFFFll) return raise(overflow_error_type, "Python int too large to convert to C unsigned long");
    state[i] = static_cast<uint32_t>(word);
  }
  int64_t position;
  if (!index_to_int64(t->items[kN], position)) return Ref();
  if (position < 0 || position > kN) return raise(value_error_type, "invalid state");
  std::copy(state, state + kN, r->state);
  r->index = static_cast<int>(position);
  return new_none();
}

const MethodDef kRandomMethods[] = {
    {"seed", r_seed, Arity::kRange, 0, 1},
    {"random", r_random, Arity::kNoArgs},
    {"getrandbits", r_getrandbits, Arity::kOneArg},
    {"getstate", r_getstate, Arity::kNoArgs},
    {"setstate", r_setstate, Arity::kOneArg},
    {nullptr, nullptr},
};

}  // namespace

Ref make_random_module() {
  if (!random_type) {
    random_type = make_builtin_type("_random.Random", nullptr, sizeof(RandomObject), TypeFlag::kBaseType);
    random_type->new_ = r_new;
    random_type->dealloc = r_dealloc;
    random_type->methods = kRandomMethods;
    type_ready(random_type);
  }
  Ref m = make_module("_random");
  dict_set_str(as_module(m.get())->dict, "Random", value_of(random_type));
  return m;
}

}  // namespace gyre::stdlib
