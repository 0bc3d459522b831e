// vm/number: the representations (Int's canonical small/big form, IntView, BigInt) and the
// behaviours the python3 tables of number_cases_test.cpp do not reach (limits, MemoryError,
// int/float hash agreement). Expectations are python3's, with the expression in a comment.
#include <gtest/gtest.h>

#include <cmath>

#include "vm/text/pyrepr.hpp"
#include "vm/number/number.hpp"
#include "vm/value.hpp"

using namespace gyre::vm::number;

namespace {

std::string text(IntView v) { return *to_string(v, 10, 0); }

TEST(NumberInt, SmallRangeIsValues) {
  static_assert(kSmallIntMax == gyre::vm::Value::kSmallIntMax);
  static_assert(kSmallIntMin == gyre::vm::Value::kSmallIntMin);
  EXPECT_TRUE(Int::from_int64(kSmallIntMax).is_small());
  EXPECT_TRUE(Int::from_int64(kSmallIntMin).is_small());
  EXPECT_FALSE(Int::from_int64(kSmallIntMax + 1).is_small());
  EXPECT_FALSE(Int::from_int64(kSmallIntMin - 1).is_small());
  EXPECT_FALSE(Int::from_uint64(UINT64_MAX).is_small());
  EXPECT_EQ(text(Int::from_uint64(UINT64_MAX)), "18446744073709551615");  // 2**64 - 1
}

TEST(NumberInt, ResultsAreCanonical) {
  const Int over = add(kSmallIntMax, 1);
  EXPECT_FALSE(over.is_small());
  EXPECT_EQ(text(over), "140737488355328");  // 2**47
  const Int back = subtract(over, 1);
  ASSERT_TRUE(back.is_small());
  EXPECT_EQ(back.small(), kSmallIntMax);
  // A BigInt holding a small value is a valid (non-canonical) view; results are canonical.
  const BigInt five(5);
  const Int sum = add(five, five);
  ASSERT_TRUE(sum.is_small());
  EXPECT_EQ(sum.small(), 10);
  EXPECT_TRUE(Int::from_big(BigInt(-7)).is_small());
  EXPECT_EQ(Int::from_big(BigInt(-7)), Int::from_int64(-7));
  // INT64_MIN edge cases of the machine-word paths.
  EXPECT_EQ(text(negate(INT64_MIN)), "9223372036854775808");            // -(-2**63)
  EXPECT_EQ(text(*floor_divide(INT64_MIN, -1)), "9223372036854775808");  // -2**63 // -1
  EXPECT_EQ(text(absolute(INT64_MIN)), "9223372036854775808");
}

TEST(NumberInt, TakeBigMovesThePayload) {
  Int big = multiply(int64_t{1} << 40, int64_t{1} << 40);
  ASSERT_FALSE(big.is_small());
  BigInt payload = std::move(big).take_big();
  EXPECT_EQ(text(payload), "1208925819614629174706176");  // 2**80
  BigInt copy = payload;
  BigInt moved = std::move(payload);
  EXPECT_EQ(copy, moved);
  EXPECT_EQ(payload.sign(), 0);  // a moved-from BigInt is 0 and still usable
  mpz_add_ui(payload.get_mut(), payload.get(), 3);
  EXPECT_EQ(text(payload), "3");
}

TEST(NumberInt, BigIntConstruction) {
  EXPECT_EQ(text(*BigInt::from_double(1e20)), "100000000000000000000");  // int(1e20)
  EXPECT_EQ(text(*BigInt::from_double(-2.9)), "-2");                      // int(-2.9)
  EXPECT_EQ(text(*BigInt::from_double(1.7976931348623157e308)).size(), 309u);
  auto inf = BigInt::from_double(INFINITY);
  ASSERT_FALSE(inf.ok());
  EXPECT_EQ(inf.error(), overflow_error("cannot convert float infinity to integer"));
  auto nan = BigInt::from_double(NAN);
  ASSERT_FALSE(nan.ok());
  EXPECT_EQ(nan.error(), value_error("cannot convert float NaN to integer"));
  EXPECT_EQ(text(*BigInt::from_digits("-ff", 16)), "-255");
  EXPECT_EQ(text(*BigInt::from_digits("ZZ", 36)), "1295");
  EXPECT_FALSE(BigInt::from_digits("12a", 10).has_value());
  EXPECT_FALSE(BigInt::from_digits("", 10).has_value());
  EXPECT_FALSE(BigInt::from_digits("-", 10).has_value());
  EXPECT_FALSE(BigInt::from_digits(" 1", 10).has_value());
  EXPECT_EQ(BigInt(INT64_MIN).to_int64(), INT64_MIN);
  EXPECT_FALSE(BigInt::from_uint64(uint64_t{1} << 63).fits_int64());
}

TEST(NumberInt, PrefixedStrings) {
  EXPECT_EQ(to_prefixed_string(-255, 16), "-0xff");  // hex(-255)
  EXPECT_EQ(to_prefixed_string(0, 2), "0b0");        // bin(0)
  EXPECT_EQ(to_prefixed_string(8, 8), "0o10");       // oct(8)
  EXPECT_EQ(to_prefixed_string(*BigInt::from_digits("-100000000000000000000", 10), 16),
            "-0x56bc75e2d63100000");  // hex(-10**20)
}

TEST(NumberInt, StrDigitLimit) {
  const Int big = Int::from_int64(12345678901);
  auto r = to_string(big, 10, 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message,
            "Exceeds the limit (10 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_TRUE(to_string(big, 16, 1).ok());  // powers of two are not limited
  EXPECT_EQ(*to_string(-1234567890, 10, 10), "-1234567890");  // the sign does not count
  auto p = parse_int("12345678901", 10, gyre::text::repr_str, TextSource::Str, 10);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message,
            "Exceeds the limit (10 digits) for integer string conversion: value has 11 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_TRUE(parse_int("1" + std::string(5000, '0'), 10, gyre::text::repr_str,
                        TextSource::Str, 0)
                  .ok());
}

TEST(NumberInt, HugeResultsAreMemoryErrors) {
  const Int two_40 = Int::from_int64(int64_t{1} << 40);
  auto p = power(2, two_40);  // 2 ** 2**40
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().kind, ErrorKind::MemoryError);
  auto s = left_shift(1, two_40);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::MemoryError);
  EXPECT_EQ(text(*left_shift(0, two_40)), "0");  // 0 << 2**40
  EXPECT_EQ(std::get<Int>(*power(-1, two_40)), Int::from_int64(1));
  EXPECT_EQ(exception_name(ErrorKind::MemoryError), "MemoryError");
  EXPECT_EQ(exception_name(ErrorKind::ZeroDivisionError), "ZeroDivisionError");
}

TEST(NumberInt, HashesAgreeWithFloats) {
  // hash(2**53) == hash(2.0**53); hash(-2**70) == hash(-2.0**70); hash(10**300) == hash(1e300)?
  // (1e300 is not 10**300: compare with int(1e300)).
  for (double d : {0.0, 1.0, -1.0, 9007199254740992.0, -1180591620717411303424.0, 1e300, -1e22,
                   2.305843009213694e18 /* 2**61 */}) {
    const Int i = *float_to_int(d, FloatRounding::Truncate);
    EXPECT_EQ(hash_int(i), *float_hash(d)) << d;
    EXPECT_EQ(compare_with_float(i, d), std::partial_ordering::equivalent);
  }
  EXPECT_EQ(hash_int(-1), -2);             // hash(-1)
  EXPECT_EQ(*float_hash(-1.0), -2);        // hash(-1.0)
  EXPECT_FALSE(float_hash(NAN).has_value());
  EXPECT_EQ(*float_hash(INFINITY), 314159);  // hash(math.inf)
}

TEST(NumberInt, ExactIntFloatComparison) {
  const Int n = add(int64_t{1} << 53, 1);  // 2**53 + 1
  EXPECT_EQ(compare_with_float(n, 9007199254740992.0), std::partial_ordering::greater);
  EXPECT_EQ(*to_double(n), 9007199254740992.0);  // float(2**53 + 1) == 2.0**53 (half to even)
  EXPECT_EQ(compare_with_float(n, NAN), std::partial_ordering::unordered);
}

TEST(NumberFloat, ComplexPowerIsReported) {
  auto r = float_power(-8.0, 1.0 / 3.0);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::ComplexResult);
  EXPECT_EQ(*float_power(-8.0, 3.0), -512.0);
}

TEST(NumberFloat, RoundExamplesOfTheBrief) {
  EXPECT_EQ(*float_round(2.675, 2), 2.67);                            // round(2.675, 2)
  EXPECT_EQ(*float_to_int(0.5, FloatRounding::HalfEven), Int());      // round(0.5)
  EXPECT_EQ(*float_to_int(1.5, FloatRounding::HalfEven), Int::from_int64(2));
  EXPECT_EQ(round_int(1234, -2), Int::from_int64(1200));              // round(1234, -2)
  EXPECT_EQ(*float_round(1e300, 1000000), 1e300);                     // huge ndigits
  EXPECT_TRUE(std::signbit(*float_round(-0.4, 0)));                   // round(-0.4, 0) == -0.0
}

}  // namespace
