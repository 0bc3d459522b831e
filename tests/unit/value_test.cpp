// The NaN-boxed Value: every kind round-trips, kinds never overlap, NaNs are canonical.
#include "vm/value.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using gyre::vm::Object;
using gyre::vm::Value;

TEST(Value, DoublesRoundTripAndAreOnlyDoubles) {
  const double samples[] = {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324,
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity()};
  for (double d : samples) {
    Value v = Value::from_double(d);
    EXPECT_TRUE(v.is_double()) << d;
    EXPECT_FALSE(v.is_small_int() || v.is_object() || v.is_absent() || v.is_none() || v.is_bool());
    EXPECT_EQ(std::bit_cast<uint64_t>(v.as_double()), std::bit_cast<uint64_t>(d)) << d;
  }
}

TEST(Value, EveryNaNBecomesTheCanonicalNaN) {
  double quiet = std::numeric_limits<double>::quiet_NaN();
  double negative = -quiet;
  double payload = std::bit_cast<double>(0xFFFF123456789ABCull);  // would collide with the tags
  for (double nan : {quiet, negative, payload}) {
    Value v = Value::from_double(nan);
    EXPECT_TRUE(v.is_double());
    EXPECT_TRUE(std::isnan(v.as_double()));
    EXPECT_EQ(v.bits(), Value::kCanonicalNaN);
  }
}

TEST(Value, SmallIntsRoundTripAcrossTheirRange) {
  const int64_t samples[] = {0, 1, -1, 42, -42, 1000000007, Value::kSmallIntMax,
                             Value::kSmallIntMin, Value::kSmallIntMax - 1, Value::kSmallIntMin + 1};
  for (int64_t i : samples) {
    ASSERT_TRUE(Value::fits_small_int(i));
    Value v = Value::from_small_int(i);
    EXPECT_TRUE(v.is_small_int()) << i;
    EXPECT_FALSE(v.is_double() || v.is_object() || v.is_absent() || v.is_none() || v.is_bool());
    EXPECT_EQ(v.as_small_int(), i);
  }
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST(Value, ConstantsAndAbsentAreDistinct) {
  Value none = Value::none(), t = Value::boolean(true), f = Value::boolean(false);
  Value absent = Value::absent();
  EXPECT_TRUE(none.is_none());
  EXPECT_FALSE(none.is_bool());
  EXPECT_TRUE(t.is_bool() && t.is_true());
  EXPECT_TRUE(f.is_bool() && !f.is_true());
  EXPECT_TRUE(absent.is_absent());
  EXPECT_FALSE(absent.is_object() || absent.is_none() || absent.is_double());
  EXPECT_FALSE(none == t || t == f || f == absent || none == absent);
  EXPECT_FALSE(Value::from_small_int(0) == f);  // 0 and False are different values
}

TEST(Value, PointersRoundTrip) {
  alignas(16) static char storage[64];
  auto* object = reinterpret_cast<Object*>(storage);
  Value v = Value::from_object(object);
  EXPECT_TRUE(v.is_object());
  EXPECT_FALSE(v.is_double() || v.is_small_int() || v.is_absent());
  EXPECT_EQ(v.as_object(), object);
}
