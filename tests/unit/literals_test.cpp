// Unit tests of parser/literals.hpp: numbers, string bodies, \N{...} names and f-string
// splitting. Every expected value and message below was produced by CPython 3.11 (ast.parse /
// compile of the same token).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "parser/literals.hpp"
#include "vm/text/pyrepr.hpp"

namespace gyre::parser {
namespace {

using Type = ast::ConstantValue::Type;
constexpr double kInf = std::numeric_limits<double>::infinity();

struct IntCase {
  const char* token;
  const char* digits;
};
struct FloatCase {
  const char* token;
  double value;
  const char* repr;  // repr() of the constant (float, or complex for imaginaries)
};
struct ErrorCase {
  const char* token;
  const char* msg;
  size_t offset;  // CPython's SyntaxError.offset - 1
  std::optional<size_t> end_offset;
};
struct StrCase {
  const char* token;
  const char* value;  // UTF-8 (WTF-8 for surrogates) or raw bytes
  size_t size;
};
struct StrErrorCase {
  const char* token;
  const char* msg;
};

// clang-format off
const IntCase kIntCases[] = {
    {"0", "0"},
    {"00", "0"},
    {"000_0", "0"},
    {"0_0", "0"},
    {"7", "7"},
    {"123", "123"},
    {"1_000", "1000"},
    {"1_000_000", "1000000"},
    {"0x_FF", "255"},
    {"0XfF", "255"},
    {"0x1_f", "31"},
    {"0o17", "15"},
    {"0O7", "7"},
    {"0o_7", "7"},
    {"0b1010", "10"},
    {"0B1", "1"},
    {"0b_1_0", "2"},
    {"123456789012345678901234567890", "123456789012345678901234567890"},
    {"0xffffffffffffffffffffffffffffffff", "340282366920938463463374607431768211455"},
    {"0o777777777777777777777777", "4722366482869645213695"},
    {"0b1111111111111111111111111111111111111111111111111111111111111111111111", "1180591620717411303423"},
    {"999999999999999999999999999999999999999999999999999999999999", "999999999999999999999999999999999999999999999999999999999999"},
};
const FloatCase kFloatCases[] = {
    {"1.5", 1.5, "1.5"},
    {".5", 0.5, "0.5"},
    {"5.", 5.0, "5.0"},
    {"0.0", 0.0, "0.0"},
    {"00.5", 0.5, "0.5"},
    {"0012.5", 12.5, "12.5"},
    {"0012e3", 12000.0, "12000.0"},
    {"09.5", 9.5, "9.5"},
    {"0_9.5", 9.5, "9.5"},
    {"0e0", 0.0, "0.0"},
    {"1e10", 10000000000.0, "10000000000.0"},
    {"1E-5", 1e-05, "1e-05"},
    {"1E+1", 10.0, "10.0"},
    {"1e1_0", 10000000000.0, "10000000000.0"},
    {"1_0.0_1e+1_0", 100100000000.0, "100100000000.0"},
    {"1.e5", 100000.0, "100000.0"},
    {"0.1", 0.1, "0.1"},
    {"3.141592653589793", 3.141592653589793, "3.141592653589793"},
    {"1e22", 1e+22, "1e+22"},
    {"1e23", 1e+23, "1e+23"},
    {"1e16", 1e+16, "1e+16"},
    {"123456789.0", 123456789.0, "123456789.0"},
    {"9007199254740993.0", 9007199254740992.0, "9007199254740992.0"},
    {"1.7976931348623157e308", 1.7976931348623157e+308, "1.7976931348623157e+308"},
    {"5e-324", 5e-324, "5e-324"},
    {"2e-324", 0.0, "0.0"},
    {"3e-324", 5e-324, "5e-324"},
    {"4.9406564584124654e-324", 5e-324, "5e-324"},
    {"2.2250738585072014e-308", 2.2250738585072014e-308, "2.2250738585072014e-308"},
    {"1e400", kInf, "inf"},
    {"1e-400", 0.0, "0.0"},
    {"1.8e308", kInf, "inf"},
    {"0.000001", 1e-06, "1e-06"},
    {"1_2.3_4e5_6", 1.234e+57, "1.234e+57"},
};
const FloatCase kImaginaryCases[] = {
    {"3j", 3.0, "3j"},
    {"1.5J", 1.5, "1.5j"},
    {"1e3j", 1000.0, "1000j"},
    {"0j", 0.0, "0j"},
    {"00j", 0.0, "0j"},
    {"0012j", 12.0, "12j"},
    {"0.j", 0.0, "0j"},
    {".0j", 0.0, "0j"},
    {"1E5J", 100000.0, "100000j"},
    {"1e+5j", 100000.0, "100000j"},
    {"1e-5j", 1e-05, "1e-05j"},
    {"1_000j", 1000.0, "1000j"},
    {"1_1.1_1J", 11.11, "11.11j"},
    {"1e400j", kInf, "infj"},
    {"1.j", 1.0, "1j"},
    {"1_2.3_4e5_6j", 1.234e+57, "1.234e+57j"},
};
const ErrorCase kNumberErrors[] = {
    {"1abc", "invalid decimal literal", 0, std::nullopt},
    {"0x", "invalid hexadecimal literal", 1, std::nullopt},
    {"0xg", "invalid hexadecimal literal", 1, std::nullopt},
    {"0x_", "invalid hexadecimal literal", 2, std::nullopt},
    {"0x1_", "invalid hexadecimal literal", 3, std::nullopt},
    {"0x1__2", "invalid hexadecimal literal", 3, std::nullopt},
    {"0x\303\251", "invalid hexadecimal literal", 1, std::nullopt},
    {"0o", "invalid octal literal", 1, std::nullopt},
    {"0o8", "invalid digit '8' in octal literal", 2, std::nullopt},
    {"0o18", "invalid digit '8' in octal literal", 3, std::nullopt},
    {"0o1_8", "invalid digit '8' in octal literal", 4, std::nullopt},
    {"0o_", "invalid octal literal", 2, std::nullopt},
    {"0o1a", "invalid octal literal", 2, std::nullopt},
    {"0o79", "invalid digit '9' in octal literal", 3, std::nullopt},
    {"0b", "invalid binary literal", 1, std::nullopt},
    {"0b2", "invalid digit '2' in binary literal", 2, std::nullopt},
    {"0b12", "invalid digit '2' in binary literal", 3, std::nullopt},
    {"0b1a", "invalid binary literal", 2, std::nullopt},
    {"0b1_", "invalid binary literal", 3, std::nullopt},
    {"0b19", "invalid digit '9' in binary literal", 3, std::nullopt},
    {"01", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 1},
    {"0_1", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 2},
    {"00012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 3},
    {"09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 1},
    {"0_7", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 2},
    {"1_", "invalid decimal literal", 1, std::nullopt},
    {"1__0", "invalid decimal literal", 1, std::nullopt},
    {"1e", "invalid decimal literal", 0, std::nullopt},
    {"1ex", "invalid decimal literal", 0, std::nullopt},
    {"1jx", "invalid imaginary literal", 1, std::nullopt},
    {"1._5", "invalid decimal literal", 1, std::nullopt},
    {"1_.5", "invalid decimal literal", 1, std::nullopt},
    {"1.5_", "invalid decimal literal", 3, std::nullopt},
    {"1e_5", "invalid decimal literal", 0, std::nullopt},
    {"1e5_", "invalid decimal literal", 3, std::nullopt},
    {"1e-_1", "invalid decimal literal", 2, std::nullopt},
    {"1.real", "invalid decimal literal", 1, std::nullopt},
    {"00.real", "invalid decimal literal", 2, std::nullopt},
    {"1andy", "invalid decimal literal", 0, std::nullopt},
    {"1.e", "invalid decimal literal", 1, std::nullopt},
    {"1.ej", "invalid decimal literal", 1, std::nullopt},
    {"1.5e5e5", "invalid decimal literal", 4, std::nullopt},
    {"0.real", "invalid decimal literal", 1, std::nullopt},
    {"0e", "invalid decimal literal", 0, std::nullopt},
    {"0_", "invalid decimal literal", 1, std::nullopt},
    {"0__0", "invalid decimal literal", 1, std::nullopt},
    {"1a", "invalid decimal literal", 0, std::nullopt},
    {"1_a", "invalid decimal literal", 1, std::nullopt},
    {"1_000.real", "invalid decimal literal", 5, std::nullopt},
    {"1.__class__", "invalid decimal literal", 1, std::nullopt},
    {"0xfg", "invalid hexadecimal literal", 2, std::nullopt},
};
const StrCase kStrCases[] = {
    {"'abc'", "abc", 3},
    {"\"abc\"", "abc", 3},
    {"''", "", 0},
    {"\"\"", "", 0},
    {"''''''", "", 0},
    {"\"\"\"x\"\"\"", "x", 1},
    {"'''a\nb'''", "a\nb", 3},
    {"'\\\\'", "\\", 1},
    {"'\\''", "'", 1},
    {"'\\\"'", "\"", 1},
    {"'\\a\\b\\f\\n\\r\\t\\v'", "\007\010\014\n\015\t\013", 7},
    {"'\\0'", "\000", 1},
    {"'\\00'", "\000", 1},
    {"'\\000'", "\000", 1},
    {"'\\0000'", "\0000", 2},
    {"'\\18'", "\0018", 2},
    {"'\\101\\x41\\u0041\\U00000041'", "AAAA", 4},
    {"'\\777'", "\307\277", 2},
    {"'\\400'", "\304\200", 2},
    {"'\\q'", "\\q", 2},
    {"'\\8'", "\\8", 2},
    {"'\\{'", "\\{", 2},
    {"'a\\\nb'", "ab", 2},
    {"'''a\\\nb'''", "ab", 2},
    {"'\303\251'", "\303\251", 2},
    {"'\342\202\254\360\237\230\200'", "\342\202\254\360\237\230\200", 7},
    {"'\\xe9'", "\303\251", 2},
    {"'\\u20ac'", "\342\202\254", 3},
    {"'\\U0001F600'", "\360\237\230\200", 4},
    {"'\\U0010FFFF'", "\364\217\277\277", 4},
    {"'\\ud800'", "\355\240\200", 3},
    {"'\\udfff'", "\355\277\277", 3},
    {"'\\ud83d\\ude00'", "\355\240\275\355\270\200", 6},
    {"'\\\303\251'", "\\\303\251", 3},
    {"'\\\\\303\251'", "\\\303\251", 3},
    {"'\\N{LATIN SMALL LETTER A}'", "a", 1},
    {"'\\N{latin small letter a}'", "a", 1},
    {"'\\N{GRINNING FACE}'", "\360\237\230\200", 4},
    {"'\\N{NULL}'", "\000", 1},
    {"'\\N{LF}'", "\n", 1},
    {"'\\N{BOM}'", "\357\273\277", 3},
    {"'\\N{VS1}'", "\357\270\200", 3},
    {"'\\N{vs256}'", "\363\240\207\257", 4},
    {"'\\N{LATIN SMALL LETTER GHA}'", "\306\243", 2},
    {"'\\N{BYTE ORDER MARK}'", "\357\273\277", 3},
    {"'\\N{HANGUL SYLLABLE GA}'", "\352\260\200", 3},
    {"'\\N{HANGUL SYLLABLE GAG}'", "\352\260\201", 3},
    {"'\\N{HANGUL SYLLABLE A}'", "\354\225\204", 3},
    {"'\\N{HANGUL SYLLABLE HIH}'", "\355\236\243", 3},
    {"'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "\344\270\200", 3},
    {"'\\N{CJK UNIFIED IDEOGRAPH-04E00}'", "\344\270\200", 3},
    {"'\\N{CJK UNIFIED IDEOGRAPH-3134A}'", "\360\261\215\212", 4},
    {"'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "\357\244\200", 3},
    {"'\\N{cjk compatibility ideograph-f900}'", "\357\244\200", 3},
    {"'\\N{NUSHU CHARACTER-1B170}'", "\360\233\205\260", 4},
    {"'x\\N{DIGIT ONE}\\N{DIGIT TWO}y'", "x12y", 4},
    {"r'\\x41\\n'", "\\x41\\n", 6},
    {"R'\\N{x}'", "\\N{x}", 5},
    {"u'\\x41'", "A", 1},
    {"U'\\t'", "\t", 1},
    {"r'\\''", "\\'", 2},
    {"r'a\\\nb'", "a\\\nb", 4},
};
const StrCase kBytesCases[] = {
    {"b'abc'", "abc", 3},
    {"B'\\x41\\x4a\\x4F\\xff\\x80'", "AJO\377\200", 5},
    {"b'\\a\\b\\f\\n\\r\\t\\v'", "\007\010\014\n\015\t\013", 7},
    {"b'\\777'", "\377", 1},
    {"b'\\400'", "\000", 1},
    {"b'\\101'", "A", 1},
    {"b'\\q\\8'", "\\q\\8", 4},
    {"b'\\u1234'", "\\u1234", 6},
    {"b'\\N{DIGIT ONE}'", "\\N{DIGIT ONE}", 13},
    {"b'a\\\nb'", "ab", 2},
    {"b'\\\\'", "\\", 1},
    {"b'\\''", "'", 1},
    {"rb'\\x41'", "\\x41", 4},
    {"Rb'\\x41'", "\\x41", 4},
    {"bR'\\x41'", "\\x41", 4},
    {"BR'\\''", "\\'", 2},
    {"br''", "", 0},
    {"b''''''", "", 0},
};
const StrErrorCase kStringErrors[] = {
    {"'\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"'ab\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
    {"'ab\\x4g'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
    {"'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
    {"'\\u004g'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape"},
    {"'\\U1234'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape"},
    {"'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
    {"'\\UFFFFFFFF'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
    {"'\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
    {"'\\N{'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
    {"'\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
    {"'\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"},
    {"'\\N{LATIN SMALL LETTER A'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: malformed \\N character escape"},
    {"'\\N{ LATIN SMALL LETTER A}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name"},
    {"'\\N{latin  small letter a}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name"},
    {"'\303\251\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape"},
    {"'\303\251\303\251\303\251\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 30-36: unknown Unicode character name"},
    {"'\\N\303\251'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
    {"'\\N{\303\251}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name"},
    {"'\\N{LATIN SMALL LETTER \303\211}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-32: unknown Unicode character name"},
    {"'\\N{cjk unified ideograph-4E00}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"},
    {"'\\N{CJK UNIFIED IDEOGRAPH-4e00}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"},
    {"'\\N{CJK UNIFIED IDEOGRAPH-0041}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"},
    {"'\\N{HANGUL SYLLABLE ga}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"},
    {"'\\N{hangul syllable GA}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"},
    {"'\\N{HANGUL SYLLABLE GAGX}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name"},
    {"'\\N{HANGUL SYLLABLE }'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-19: unknown Unicode character name"},
    {"'\\N{TANGUT IDEOGRAPH-17000}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name"},
    {"'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name"},
    {"'a\\x4\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape"},
    {"b'\\x'", "(value error) invalid \\x escape at position 0"},
    {"b'ab\\x4'", "(value error) invalid \\x escape at position 2"},
    {"b'\\xg0'", "(value error) invalid \\x escape at position 0"},
    {"b'\303\251'", "bytes can only contain ASCII literal characters"},
    {"rb'a\342\202\254'", "bytes can only contain ASCII literal characters"},
    {"b'''\n\\x'''", "(value error) invalid \\x escape at position 1"},
};
const StrErrorCase kFStringErrors[] = {
    {"f'{'", "f-string: expecting '}'"},
    {"f'}'", "f-string: single '}' is not allowed"},
    {"f'a}b'", "f-string: single '}' is not allowed"},
    {"f'{}'", "f-string: empty expression not allowed"},
    {"f'{ }'", "f-string: empty expression not allowed"},
    {"f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'{a!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'{a! r}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'{a!r'", "f-string: expecting '}'"},
    {"f'{a!r }'", "f-string: expecting '}'"},
    {"f'{a!rr}'", "f-string: expecting '}'"},
    {"f'{a:'", "f-string: expecting '}'"},
    {"f'{a'", "f-string: expecting '}'"},
    {"f'{a=b}'", "f-string: expecting '}'"},
    {"f'{a!r=}'", "f-string: expecting '}'"},
    {"f'{(}'", "f-string: closing parenthesis '}' does not match opening parenthesis '('"},
    {"f'{[}'", "f-string: closing parenthesis '}' does not match opening parenthesis '['"},
    {"f'{)}'", "f-string: unmatched ')'"},
    {"f'{a]}'", "f-string: unmatched ']'"},
    {"f'{a#}'", "f-string expression part cannot include '#'"},
    {"f'{\"#\"#}'", "f-string expression part cannot include '#'"},
    {"f'{\\'a\\'}'", "f-string expression part cannot include a backslash"},
    {"f'{\"a\\\\\"}'", "f-string expression part cannot include a backslash"},
    {"f'{\"a}'", "f-string: unterminated string"},
    {"f'{\"\"\"a}'", "f-string: unterminated string"},
    {"f'{a}}'", "f-string: single '}' is not allowed"},
    {"f'{a:}}'", "f-string: single '}' is not allowed"},
    {"f'{a:x}}'", "f-string: single '}' is not allowed"},
    {"f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"},
    {"f'{a:{b!x}}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'{!r}'", "f-string: expression required before '!'"},
    {"f'{=}'", "f-string: expression required before '='"},
    {"f'{:}'", "f-string: expression required before ':'"},
    {"f'{ !r}'", "f-string: expression required before '!'"},
    {"f'\\}'", "f-string: single '}' is not allowed"},
    {"f'\\x{a}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"f'{a}\\x'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"f'{a:\\x}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"f'\\N}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
    {"f'{a:{{}}'", "f-string: expecting '}'"},
    {"f'{a!s!r}'", "f-string: expecting '}'"},
    {"f'{a = !r :>5}'", "f-string: expecting '}'"},
    {"f'{((((a)))'", "f-string: unmatched '('"},
    {"f'{a:{b'", "f-string: expecting '}'"},
    {"f'{a:{b}'", "f-string: expecting '}'"},
    {"f'''{a!\nr}'''", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"f'''{\n}'''", "f-string: empty expression not allowed"},
    {"rf'\\{a}}'", "f-string: single '}' is not allowed"},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Numbers

TEST(DecodeNumber, Integers) {
  for (const IntCase& c : kIntCases) {
    ast::ConstantValue v;
    auto err = decode_number(c.token, v);
    ASSERT_FALSE(err) << c.token << ": " << err->msg;
    EXPECT_EQ(v.type, Type::Int) << c.token;
    EXPECT_EQ(v.text, c.digits) << c.token;
  }
}

TEST(DecodeNumber, Floats) {
  for (const FloatCase& c : kFloatCases) {
    ast::ConstantValue v;
    auto err = decode_number(c.token, v);
    ASSERT_FALSE(err) << c.token << ": " << err->msg;
    EXPECT_EQ(v.type, Type::Float) << c.token;
    EXPECT_EQ(v.number, c.value) << c.token;
    EXPECT_EQ(text::repr_float(v.number), c.repr) << c.token;
  }
}

TEST(DecodeNumber, Imaginaries) {
  for (const FloatCase& c : kImaginaryCases) {
    ast::ConstantValue v;
    auto err = decode_number(c.token, v);
    ASSERT_FALSE(err) << c.token << ": " << err->msg;
    EXPECT_EQ(v.type, Type::Complex) << c.token;
    EXPECT_EQ(v.number, c.value) << c.token;
    EXPECT_EQ(text::repr_imaginary(v.number), c.repr) << c.token;
  }
}

TEST(DecodeNumber, ErrorsAsCPythonTokenizer) {
  for (const ErrorCase& c : kNumberErrors) {
    ast::ConstantValue v;
    auto err = decode_number(c.token, v);
    ASSERT_TRUE(err) << c.token;
    EXPECT_EQ(err->msg, c.msg) << c.token;
    EXPECT_EQ(err->offset, c.offset) << c.token;
    EXPECT_EQ(err->end_offset, c.end_offset) << c.token;
  }
}

TEST(DecodeNumber, HugeDecimalIntsHitTheIntMaxStrDigitsLimit) {
  ast::ConstantValue v;
  EXPECT_FALSE(decode_number(std::string(4300, '7'), v));
  EXPECT_EQ(v.text, std::string(4300, '7'));
  EXPECT_FALSE(decode_number(std::string(5000, '0'), v));
  EXPECT_EQ(v.text, "0");
  EXPECT_FALSE(decode_number("0x" + std::string(5000, 'f'), v));
  EXPECT_FALSE(decode_number(std::string(5000, '1') + "j", v));
  auto err = decode_number(std::string(4301, '1'), v);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
            "huge integer literals to avoid decimal conversion limits.");
  EXPECT_TRUE(err->no_columns);
  std::string underscored;
  for (int i = 0; i < 4300; ++i) underscored += "1_";
  err = decode_number(underscored + "1", v);
  ASSERT_TRUE(err);
  EXPECT_NE(err->msg.find("value has 4301 digits"), std::string::npos);
}

TEST(DecodeNumber, TokenLongerThanCPythonsNumber) {
  ast::ConstantValue v;
  // "1.2" ".3": CPython's parser fails at the second NUMBER (offset 4, end 6).
  auto err = decode_number("1.2.3", v);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->msg, "invalid syntax");
  EXPECT_EQ(err->offset, 3u);
  EXPECT_EQ(err->end_offset, std::optional<size_t>(5));
  // "1j" then ".0J0l3": the tokenizer error of the second number wins.
  err = decode_number("9J.0J0l3", v);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->msg, "invalid imaginary literal");
  EXPECT_EQ(err->offset, 4u);
  err = decode_number("2j.60X", v);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->msg, "invalid decimal literal");
  EXPECT_EQ(err->offset, 4u);
  err = decode_number("1if", v);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->msg, "invalid syntax");
  EXPECT_EQ(err->offset, 1u);
}

TEST(NumberTokenLength, StopsWhereCPythonsTokenizerStops) {
  const std::pair<const char*, size_t> cases[] = {
      {"1j.imag", 2},      {"0x1.real", 3},      {"1..real", 2},     {"1.0.real", 3},
      {"1e5.real", 3},     {"0b1.bit_length()", 3}, {"0o7.real", 3}, {"0j.real", 2},
      {"1if 1 else 2", 1}, {"1or 2", 1},         {"1and 2", 1},      {"0x1for x in y", 4},
      {"1in x", 1},        {"1is x", 1},         {"1not in x", 1},   {"1else", 1},
      {"1.5if x", 3},      {"1e5if x", 3},       {"1jif x", 2},      {"00if x", 2},
      {"1_0if x", 3},      {"1+2", 1},           {"1e+5+1", 4},      {"1e-5-1", 4},
      {"0x1e+5", 4},       {"1E+5j)", 5},        {"1.j.imag", 3},    {".5.real", 2},
      {"1 .real", 1},      {"1.e5.real", 4},     {"1\xc3\xa9", 1},   {"123", 3},
      // Malformed: as far as the grammar's token reaches, for decode_number's error.
      {"1abc+1", 4},       {"1_000.real", 10},   {"0x", 2},          {"09 ", 2},
      {"1andy", 5},        {"1e+", 3} /* the sign is read, then the digit is missing */,
  };
  for (const auto& [text, length] : cases) {
    EXPECT_EQ(number_token_length(text), length) << text;
  }
}

// ---------------------------------------------------------------------------------------------
// String tokens

TEST(SplitStringToken, PrefixesAndQuotes) {
  StringParts p = split_string_token("rb'\\d'");
  EXPECT_TRUE(p.prefix.raw);
  EXPECT_TRUE(p.prefix.bytes);
  EXPECT_FALSE(p.prefix.unicode);
  EXPECT_FALSE(p.prefix.format);
  EXPECT_EQ(p.body, "\\d");
  EXPECT_EQ(p.body_offset, 3u);

  p = split_string_token("\"\"\"x\"y\"\"\"");
  EXPECT_EQ(p.body, "x\"y");
  EXPECT_EQ(p.body_offset, 3u);

  p = split_string_token("''");
  EXPECT_EQ(p.body, "");
  EXPECT_EQ(p.body_offset, 1u);
  p = split_string_token("''''''");
  EXPECT_EQ(p.body, "");
  EXPECT_EQ(p.body_offset, 3u);

  for (const char* prefix : {"f", "F", "fr", "fR", "Fr", "FR", "rf", "rF", "Rf", "RF"}) {
    const std::string token = std::string(prefix) + "'{x}'";
    p = split_string_token(token);
    EXPECT_TRUE(p.prefix.format) << prefix;
    EXPECT_EQ(p.prefix.raw, std::string(prefix).size() == 2) << prefix;
    EXPECT_EQ(p.body, "{x}") << prefix;
  }
  for (const char* prefix : {"b", "B", "br", "bR", "Br", "BR", "rb", "rB", "Rb", "RB"}) {
    const std::string token = std::string(prefix) + "\"x\"";
    p = split_string_token(token);
    EXPECT_TRUE(p.prefix.bytes) << prefix;
    EXPECT_EQ(p.prefix.raw, std::string(prefix).size() == 2) << prefix;
    EXPECT_EQ(p.body_offset, std::string(prefix).size() + 1) << prefix;
  }
  p = split_string_token("U'x'");
  EXPECT_TRUE(p.prefix.unicode);
  EXPECT_FALSE(p.prefix.raw);
}

std::optional<LiteralError> decode_token(std::string_view token, std::string& out) {
  StringParts parts = split_string_token(token);
  return decode_string_body(parts.body, parts.prefix, out);
}

TEST(DecodeStringBody, Str) {
  for (const StrCase& c : kStrCases) {
    std::string out;
    auto err = decode_token(c.token, out);
    ASSERT_FALSE(err) << c.token << ": " << err->msg;
    EXPECT_EQ(out, std::string(c.value, c.size)) << c.token;
  }
}

TEST(DecodeStringBody, Bytes) {
  for (const StrCase& c : kBytesCases) {
    std::string out;
    auto err = decode_token(c.token, out);
    ASSERT_FALSE(err) << c.token << ": " << err->msg;
    EXPECT_EQ(out, std::string(c.value, c.size)) << c.token;
  }
}

TEST(DecodeStringBody, Errors) {
  for (const StrErrorCase& c : kStringErrors) {
    std::string out;
    auto err = decode_token(c.token, out);
    ASSERT_TRUE(err) << c.token;
    EXPECT_EQ(err->msg, c.msg) << c.token;
  }
}

TEST(DecodeStringBody, ErrorOffsetsPointIntoTheBody) {
  std::string out;
  auto err = decode_string_body("ab\\x4", StringPrefix{}, out);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->offset, 2u);
  out.clear();
  err = decode_string_body("\xc3\xa9\\N{foo}", StringPrefix{}, out);  // "position 10-16"
  ASSERT_TRUE(err);
  EXPECT_EQ(err->offset, 2u);
  StringPrefix bytes;
  bytes.bytes = true;
  err = decode_string_body("ab\xc3\xa9", bytes, out);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->offset, 2u);
}

TEST(DecodeStringBody, AppendsToOutput) {
  std::string out = "x";
  ASSERT_FALSE(decode_string_body("a\\n", StringPrefix{}, out));
  ASSERT_FALSE(decode_string_body("b", StringPrefix{}, out));
  StringPrefix raw;
  raw.raw = true;
  ASSERT_FALSE(decode_string_body("\\n", raw, out));
  EXPECT_EQ(out, "xa\nb\\n");
}

TEST(DecodeStringBody, EveryAliasKind) {
  const std::pair<const char*, std::string> cases[] = {
      {"\\N{NUL}", std::string(1, '\0')},
      {"\\N{CHARACTER TABULATION}", "\t"},
      {"\\N{END OF LINE}", "\n"},
      {"\\N{nbsp}", "\xc2\xa0"},
      {"\\N{ZWJ}", "\xe2\x80\x8d"},
      {"\\N{HENTAIGANA LETTER E-1}", "\xf0\x9b\x80\x81"},
      {"\\N{VS17}", "\xf3\xa0\x84\x80"},
      {"\\N{TIBETAN MARK BKA- SHOG GI MGO RGYAN}", "\xe0\xbf\x90"},
  };
  for (const auto& [body, expected] : cases) {
    std::string out;
    auto err = decode_string_body(body, StringPrefix{}, out);
    ASSERT_FALSE(err) << body << ": " << err->msg;
    EXPECT_EQ(out, expected) << body;
  }
}

// ---------------------------------------------------------------------------------------------
// f-strings

// A compact rendering of split parts: 'text' for literals; {expr!c=debug:[spec]} for fields.
std::string dump(const std::vector<FStringPart>& parts) {
  std::string out;
  for (const FStringPart& p : parts) {
    if (!out.empty()) out += ' ';
    if (p.type == FStringPart::Type::Literal) {
      out += "'" + p.literal + "'";
      continue;
    }
    out += "{" + std::string(p.expression) + "@" + std::to_string(p.expression_offset);
    if (p.conversion) out += std::string("!") + p.conversion;
    if (!p.debug_text.empty()) out += " debug=" + p.debug_text;
    if (p.has_format_spec) out += " :[" + dump(p.format_spec) + "]";
    out += "}";
  }
  return out;
}

std::string split(std::string_view token, std::optional<std::string>* error = nullptr) {
  StringParts parts = split_string_token(token);
  EXPECT_TRUE(parts.prefix.format) << token;
  std::vector<FStringPart> out;
  auto err = split_fstring(parts.body, parts.prefix.raw, out);
  if (error) {
    *error = err ? std::optional<std::string>(err->msg) : std::nullopt;
  } else {
    EXPECT_FALSE(err) << token << ": " << err->msg;
  }
  return dump(out);
}

TEST(SplitFString, LiteralsAndFields) {
  EXPECT_EQ(split("f''"), "");
  EXPECT_EQ(split("f'abc'"), "'abc'");
  EXPECT_EQ(split("f'a{{b'"), "'a{b'");  // one Constant, as CPython's AST
  EXPECT_EQ(split("f'{{a}}'"), "'{a}'");
  EXPECT_EQ(split("f'}}'"), "'}'");
  EXPECT_EQ(split("f'{a}}}'"), "{a@1} '}'");
  EXPECT_EQ(split("f'{a}b{c!a}d'"), "{a@1} 'b' {c@5!a} 'd'");
  EXPECT_EQ(split("f'{ a }'"), "{ a @1}");
  EXPECT_EQ(split("f'\\n{a}\\t'"), "'\n' {a@3} '\t'");
  EXPECT_EQ(split("rf'\\n{a}\\t'"), "'\\n' {a@3} '\\t'");
  EXPECT_EQ(split("f'\\{a}'"), "'\\' {a@2}");  // backslash, then a field
  EXPECT_EQ(split("f'\\{{'"), "'\\{'");
  EXPECT_EQ(split("f'\\N{DIGIT ONE}{a}'"), "'1' {a@14}");
  EXPECT_EQ(split("f'\xc3\xa9{a}\xc3\xa9'"), "'\xc3\xa9' {a@3} '\xc3\xa9'");
  EXPECT_EQ(split("f'''{\na}'''"), "{\na@1}");
}

TEST(SplitFString, ExpressionEnds) {
  EXPECT_EQ(split("f'{a!=b}'"), "{a!=b@1}");
  EXPECT_EQ(split("f'{a==b}'"), "{a==b@1}");
  EXPECT_EQ(split("f'{a<=b}'"), "{a<=b@1}");
  EXPECT_EQ(split("f'{a>=b}'"), "{a>=b@1}");
  EXPECT_EQ(split("f'{a<b>c}'"), "{a<b>c@1}");
  EXPECT_EQ(split("f'{a:=b}'"), "{a@1 :['=b']}");
  EXPECT_EQ(split("f'{(a:=b)}'"), "{(a:=b)@1}");
  EXPECT_EQ(split("f'{a[1:2]}'"), "{a[1:2]@1}");
  EXPECT_EQ(split("f'{\"a:b}\"}'"), "{\"a:b}\"@1}");
  EXPECT_EQ(split("f'''{\"\"\"a'}\"\"\"}'''"), "{\"\"\"a'}\"\"\"@1}");
  EXPECT_EQ(split("f'{ {1: 2}[1] }'"), "{ {1: 2}[1] @1}");
  EXPECT_EQ(split("f'{lambda x:1}'"), "{lambda x@1 :['1']}");  // CPython then fails to parse
}

TEST(SplitFString, ConversionsDebugAndSpecs) {
  EXPECT_EQ(split("f'{a!r}'"), "{a@1!r}");
  EXPECT_EQ(split("f'{a!s:>10}'"), "{a@1!s :['>10']}");
  EXPECT_EQ(split("f'{a=}'"), "{a@1!r debug=a=}");
  EXPECT_EQ(split("f'{ a = }'"), "{ a @1!r debug= a = }");
  EXPECT_EQ(split("f'{a=!s}'"), "{a@1!s debug=a=}");
  EXPECT_EQ(split("f'{a=:>5}'"), "{a@1 debug=a= :['>5']}");  // no 'r' with a spec
  EXPECT_EQ(split("f'{a=!r:>5}'"), "{a@1!r debug=a= :['>5']}");
  EXPECT_EQ(split("f'x{a=}y'"), "'x' {a@2!r debug=a=} 'y'");
  EXPECT_EQ(split("f'{a:}'"), "{a@1 :[]}");
  EXPECT_EQ(split("f'{a!r:}'"), "{a@1!r :[]}");
  EXPECT_EQ(split("f'{a:{b}}'"), "{a@1 :[{b@4}]}");
  EXPECT_EQ(split("f'{a!r:>{b}}'"), "{a@1!r :['>' {b@7}]}");
  EXPECT_EQ(split("f'{a:x{b}y{c!r}z}'"), "{a@1 :['x' {b@5} 'y' {c@9!r} 'z']}");
  EXPECT_EQ(split("f'{a:{{}}}'"), "{a@1 :[{{}@4}]}");  // no '{{' escape inside a spec
  EXPECT_EQ(split("f'{a:{b=}}'"), "{a@1 :[{b@4!r debug=b=}]}");
  EXPECT_EQ(split("f'{x:{y:z}}'"), "{x@1 :[{y@4 :['z']}]}");
  EXPECT_EQ(split("f'{a:\\n}'"), "{a@1 :['\n']}");
  EXPECT_EQ(split("rf'{a:\\n}'"), "{a@1 :['\\n']}");
}

TEST(SplitFString, ErrorsAsCPython) {
  for (const StrErrorCase& c : kFStringErrors) {
    std::optional<std::string> error;
    split(c.token, &error);
    ASSERT_TRUE(error) << c.token;
    EXPECT_EQ(*error, c.msg) << c.token;
  }
}

TEST(SplitFString, NestingLimit) {
  std::optional<std::string> error;
  split("f'{" + std::string(200, '(') + "a" + std::string(200, ')') + "}'", &error);
  EXPECT_FALSE(error);  // CPython then fails parsing it: "too many nested parentheses"
  split("f'{" + std::string(201, '(') + "a" + std::string(201, ')') + "}'", &error);
  ASSERT_TRUE(error);
  EXPECT_EQ(*error, "f-string: too many nested parenthesis");
}

TEST(SplitFString, PartialPartsOnError) {
  // CPython compiles `a b` (and fails on it) before seeing the bad conversion, and compiles
  // both `a` and `b c` before the empty field: the parts returned let the caller do the same.
  std::optional<std::string> error;
  EXPECT_EQ(split("f'{a b!x}'", &error), "{a b@1}");
  EXPECT_EQ(error, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(split("f'x{a:{b c}{}}'", &error), "'x' {a@2 :[{b c@5}]}");
  EXPECT_EQ(error, "f-string: empty expression not allowed");
  EXPECT_EQ(split("f'{a}{b c}{'", &error), "{a@1} {b c@4}");
  EXPECT_EQ(error, "f-string: expecting '}'");
  // Nothing compiled yet: no partial field.
  EXPECT_EQ(split("f'{a!r}{(}'", &error), "{a@1!r}");
  EXPECT_EQ(error, "f-string: closing parenthesis '}' does not match opening parenthesis '('");
}

TEST(SplitFString, AppendsToParts) {
  std::vector<FStringPart> parts(1);
  parts[0].literal = "x";
  ASSERT_FALSE(split_fstring("{a}", false, parts));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].expression, "a");
}

}  // namespace
}  // namespace gyre::parser
