// Unit tests of parser/pyrepr.hpp (and parser::is_printable). Every expected string below is
// CPython 3.11's repr() of the same value.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "vm/text/pyrepr.hpp"
#include "parser/unicode.hpp"

namespace gyre::text {
namespace {

struct ReprCase {
  const char* value;  // UTF-8 (surrogates as WTF-8) or raw bytes
  size_t size;
  const char* repr;
};
struct FloatCase {
  double value;
  const char* repr;       // repr(value)
  const char* imaginary;  // repr(complex(0, value))
};

// clang-format off
const ReprCase kStrCases[] = {
    {"", 0, "''"},
    {"abc", 3, "'abc'"},
    {"'", 1, "\"'\""},
    {"\"", 1, "'\"'"},
    {"'\"", 2, "'\\'\"'"},
    {"a'b", 3, "\"a'b\""},
    {"a\"b", 3, "'a\"b'"},
    {"it's \"x\"", 8, "'it\\'s \"x\"'"},
    {"\\", 1, "'\\\\'"},
    {"\\'", 2, "\"\\\\'\""},
    {"\t\n\015", 3, "'\\t\\n\\r'"},
    {"\000", 1, "'\\x00'"},
    {"\001\037", 2, "'\\x01\\x1f'"},
    {"\177", 1, "'\\x7f'"},
    {"\302\200", 2, "'\\x80'"},
    {"\302\205", 2, "'\\x85'"},
    {"\302\237", 2, "'\\x9f'"},
    {"\302\240", 2, "'\\xa0'"},
    {"\302\241", 2, "'\302\241'"},
    {"\302\255", 2, "'\\xad'"},
    {"\303\251", 2, "'\303\251'"},
    {"\315\270", 2, "'\\u0378'"},
    {"\342\200\213", 3, "'\\u200b'"},
    {"\342\200\215", 3, "'\\u200d'"},
    {"\342\200\250", 3, "'\\u2028'"},
    {"\342\200\251", 3, "'\\u2029'"},
    {"\343\200\200", 3, "'\\u3000'"},
    {"\357\273\277", 3, "'\\ufeff'"},
    {"\357\277\277", 3, "'\\uffff'"},
    {"\356\200\200", 3, "'\\ue000'"},
    {"\342\202\254", 3, "'\342\202\254'"},
    {"\360\237\230\200", 4, "'\360\237\230\200'"},
    {"\360\237\247\221\342\200\215\360\237\222\273", 11, "'\360\237\247\221\\u200d\360\237\222\273'"},
    {"\363\240\200\201", 4, "'\\U000e0001'"},
    {"\363\260\200\200", 4, "'\\U000f0000'"},
    {"\364\217\277\277", 4, "'\\U0010ffff'"},
    {"\360\235\220\200", 4, "'\360\235\220\200'"},
    {"\355\240\200", 3, "'\\ud800'"},
    {"\355\257\277", 3, "'\\udbff'"},
    {"\355\260\200", 3, "'\\udc00'"},
    {"\355\277\277", 3, "'\\udfff'"},
    {"a\355\240\275\355\270\200b", 8, "'a\\ud83d\\ude00b'"},
    {"\344\270\200", 3, "'\344\270\200'"},
    {"\352\260\200", 3, "'\352\260\200'"},
    {"\314\200", 2, "'\314\200'"},
    {"e\314\201", 3, "'e\314\201'"},
    {"\033[0m", 4, "'\\x1b[0m'"},
    {"tab\there", 8, "'tab\\there'"},
    {"quote ' and \\ backslash", 23, "\"quote ' and \\\\ backslash\""},
};
const ReprCase kBytesCases[] = {
    {"", 0, "b''"},
    {"abc", 3, "b'abc'"},
    {"'", 1, "b\"'\""},
    {"\"", 1, "b'\"'"},
    {"'\"", 2, "b'\\'\"'"},
    {"a'b", 3, "b\"a'b\""},
    {"\\", 1, "b'\\\\'"},
    {"\t\n\015", 3, "b'\\t\\n\\r'"},
    {"\000\001\037", 3, "b'\\x00\\x01\\x1f'"},
    {"\177\200\377", 3, "b'\\x7f\\x80\\xff'"},
    {" ~", 2, "b' ~'"},
    {"\000\007\016\025\034#*18\?FMT[bipw~\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374", 37, "b'\\x00\\x07\\x0e\\x15\\x1c#*18\?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'"},
};
const FloatCase kFloatCases[] = {
    {0.0, "0.0", "0j"},
    {-0.0, "-0.0", "-0j"},
    {1.0, "1.0", "1j"},
    {-1.0, "-1.0", "-1j"},
    {0.1, "0.1", "0.1j"},
    {0.2, "0.2", "0.2j"},
    {0.30000000000000004, "0.30000000000000004", "0.30000000000000004j"},
    {0.3333333333333333, "0.3333333333333333", "0.3333333333333333j"},
    {0.6666666666666666, "0.6666666666666666", "0.6666666666666666j"},
    {1e+22, "1e+22", "1e+22j"},
    {1e+23, "1e+23", "1e+23j"},
    {5e-324, "5e-324", "5e-324j"},
    {1e+16, "1e+16", "1e+16j"},
    {1000000000000000.0, "1000000000000000.0", "1000000000000000j"},
    {123456789.0, "123456789.0", "123456789j"},
    {1234567890123456.0, "1234567890123456.0", "1234567890123456j"},
    {1.2345678901234568e+16, "1.2345678901234568e+16", "1.2345678901234568e+16j"},
    {0.0001, "0.0001", "0.0001j"},
    {1e-05, "1e-05", "1e-05j"},
    {0.00012345, "0.00012345", "0.00012345j"},
    {1.5e-07, "1.5e-07", "1.5e-07j"},
    {2.5, "2.5", "2.5j"},
    {100.0, "100.0", "100j"},
    {1e+100, "1e+100", "1e+100j"},
    {1e-100, "1e-100", "1e-100j"},
    {1.7976931348623157e+308, "1.7976931348623157e+308", "1.7976931348623157e+308j"},
    {2.2250738585072014e-308, "2.2250738585072014e-308", "2.2250738585072014e-308j"},
    {9007199254740992.0, "9007199254740992.0", "9007199254740992j"},
    {3.141592653589793, "3.141592653589793", "3.141592653589793j"},
    {2.718281828459045, "2.718281828459045", "2.718281828459045j"},
    {1e+300, "1e+300", "1e+300j"},
    {123.456, "123.456", "123.456j"},
    {0.001, "0.001", "0.001j"},
    {1e-07, "1e-07", "1e-07j"},
    {4.35, "4.35", "4.35j"},
    {1e+23, "1e+23", "1e+23j"},
    {1.5e+16, "1.5e+16", "1.5e+16j"},
    {1.5e+16, "1.5e+16", "1.5e+16j"},
};
// clang-format on

TEST(ReprStr, MatchesCPython) {
  for (const ReprCase& c : kStrCases) {
    EXPECT_EQ(repr_str(std::string_view(c.value, c.size)), c.repr) << c.repr;
  }
}

TEST(ReprStr, InvalidUtf8BytesShowAsEscapedSurrogates) {
  // Not produced by the parser; shown like Python's surrogateescape would decode them.
  EXPECT_EQ(repr_str("a\xff" "b"), "'a\\udcffb'");
  EXPECT_EQ(repr_str("\xc3"), "'\\udcc3'");
}

TEST(ReprBytes, MatchesCPython) {
  for (const ReprCase& c : kBytesCases) {
    EXPECT_EQ(repr_bytes(std::string_view(c.value, c.size)), c.repr) << c.repr;
  }
}

TEST(ReprFloat, MatchesCPython) {
  for (const FloatCase& c : kFloatCases) {
    EXPECT_EQ(repr_float(c.value), c.repr) << c.repr;
    EXPECT_EQ(repr_imaginary(c.value), c.imaginary) << c.repr;
  }
}

TEST(ReprFloat, NonFinite) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(repr_float(inf), "inf");
  EXPECT_EQ(repr_float(-inf), "-inf");
  EXPECT_EQ(repr_float(nan), "nan");
  EXPECT_EQ(repr_float(-nan), "nan");
  EXPECT_EQ(repr_imaginary(inf), "infj");
  EXPECT_EQ(repr_imaginary(-inf), "-infj");
  EXPECT_EQ(repr_imaginary(nan), "nanj");
}

TEST(IsPrintable, AsStrIsprintable) {
  using parser::is_printable;
  EXPECT_TRUE(is_printable(' '));
  EXPECT_TRUE(is_printable('~'));
  EXPECT_FALSE(is_printable(0x7F));
  EXPECT_FALSE(is_printable(0x85));
  EXPECT_FALSE(is_printable(0xA0));
  EXPECT_TRUE(is_printable(0xA1));
  EXPECT_FALSE(is_printable(0xAD));
  EXPECT_FALSE(is_printable(0x200B));
  EXPECT_FALSE(is_printable(0x2028));
  EXPECT_FALSE(is_printable(0x3000));
  EXPECT_FALSE(is_printable(0xD800));
  EXPECT_FALSE(is_printable(0xE000));
  EXPECT_TRUE(is_printable(0x4E00));
  EXPECT_TRUE(is_printable(0x1F600));
  EXPECT_FALSE(is_printable(0xE0001));
  EXPECT_FALSE(is_printable(0x10FFFF));
  EXPECT_FALSE(is_printable(0x110000));
}

}  // namespace
}  // namespace gyre::text
