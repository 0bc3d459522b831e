// Unit tests of vm/text/bytes_ops.hpp and of the str search functions run over bytes
// (bytes_info): non-UTF-8 bytes, ASCII-only classes and whitespace. Expected values come from
// CPython 3.11 (the Python expression is in each test's comment).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "vm/text/bytes_ops.hpp"
#include "vm/text/str_ops.hpp"

namespace gyre::text {
namespace {

using namespace std::literals;
using Views = std::vector<std::string_view>;

TEST(BytesOps, SearchCountsBytesNotCodePoints) {
  std::string_view s = "\xff\xfe" "ab\xff"sv;  // b'\xff\xfeab\xff'
  auto info = bytes::bytes_info(s);
  EXPECT_EQ(find(s, info, "\xff"sv, 1), 4);     // s.find(b'\xff', 1)
  EXPECT_EQ(rfind(s, info, "\xff"sv), 4);       // s.rfind(b'\xff')
  EXPECT_EQ(count(s, info, ""sv), 6);           // s.count(b'')
  EXPECT_EQ(count(s, info, "\xff"sv), 2);       // s.count(b'\xff')
  EXPECT_EQ(find(s, info, "a"sv, -3), 2);       // s.find(b'a', -3)
  EXPECT_TRUE(startswith(s, info, "\xfe"sv, 1));  // s.startswith(b'\xfe', 1)
  EXPECT_TRUE(endswith(s, info, "b"sv, 0, 4));    // s.endswith(b'b', 0, 4)
}

TEST(BytesOps, SplitOnAsciiWhitespace) {
  EXPECT_EQ(bytes::split_whitespace("\xe9 a\tb"sv), (Views{"\xe9"sv, "a"sv, "b"sv}));  // b'\xe9 a\tb'.split()
  EXPECT_EQ(bytes::split_whitespace(" a  b "sv, 1), (Views{"a"sv, "b "sv}));        // .split(None, 1)
  EXPECT_EQ(bytes::rsplit_whitespace(" a  b "sv, 1), (Views{" a"sv, "b"sv}));       // .rsplit(None, 1)
  // b'a\r\nb\rc\nd\x0be'.splitlines(), b'a\r\nb'.splitlines(True)
  EXPECT_EQ(bytes::splitlines("a\r\nb\rc\nd\x0b" "e"sv), (Views{"a"sv, "b"sv, "c"sv, "d\x0b" "e"sv}));
  EXPECT_EQ(bytes::splitlines("a\r\nb"sv, true), (Views{"a\r\n"sv, "b"sv}));
}

TEST(BytesOps, StripAndReplace) {
  EXPECT_EQ(bytes::strip("\xffx\xff"sv, "\xff"sv), "x"sv);     // b'\xffx\xff'.strip(b'\xff')
  EXPECT_EQ(bytes::strip(" \x0bx\x1c "sv), "x\x1c"sv);          // b' \x0bx\x1c '.strip()
  EXPECT_EQ(bytes::replace("\xe9\xe9"sv, ""sv, "-"sv).value(), "-\xe9-\xe9-");  // b'\xe9\xe9'.replace(b'', b'-')
  EXPECT_EQ(bytes::replace("ab"sv, ""sv, "-"sv, 2).value(), "-a-b");           // b'ab'.replace(b'', b'-', 2)
  EXPECT_EQ(bytes::replace("aaa"sv, "a"sv, "bb"sv, 2).value(), "bbbba");       // b'aaa'.replace(b'a', b'bb', 2)
}

TEST(BytesOps, CaseIsAsciiOnly) {
  EXPECT_EQ(bytes::upper("\xe9" "Ab"sv), "\xe9" "AB");        // b'\xe9Ab'.upper()
  EXPECT_EQ(bytes::swapcase("\xe9" "Ab"sv), "\xe9" "aB");     // b'\xe9Ab'.swapcase()
  EXPECT_EQ(bytes::title("a\xe9" "b c"sv), "A\xe9" "B C");    // b'a\xe9b c'.title()
  EXPECT_EQ(bytes::capitalize("\xe9" "a"sv), "\xe9" "a");     // b'\xe9a'.capitalize()
  EXPECT_TRUE(bytes::istitle("Ab Cd"sv));
  EXPECT_FALSE(bytes::istitle("Ab cd"sv));
  EXPECT_FALSE(bytes::isalpha("\xe9"sv));
  EXPECT_TRUE(bytes::isalnum("ab1"sv));
  EXPECT_TRUE(bytes::isascii(""sv));
}

TEST(BytesOps, PaddingTabsHex) {
  EXPECT_EQ(bytes::center("ab"sv, 5, '\xff'), "\xff\xff" "ab\xff");  // b'ab'.center(5, b'\xff')
  EXPECT_EQ(bytes::zfill("-1"sv, 4), "-001");
  EXPECT_EQ(bytes::expandtabs("\xe9\tx"sv, 4).value(), "\xe9   x");   // b'\xe9\tx'.expandtabs(4)
  EXPECT_EQ(bytes::hex("\x01\x02\x03\x04\x05"sv, ':', 2), "01:0203:0405");
  EXPECT_EQ(bytes::hex("\x01\x02\x03\x04\x05"sv, ':', -2), "0102:0304:05");
  std::string out;
  size_t at = 0;
  EXPECT_TRUE(bytes::fromhex(" 0aFF\tb0 "sv, out, at));
  EXPECT_EQ(out, "\x0a\xff\xb0");
  out.clear();
  EXPECT_FALSE(bytes::fromhex("ab c"sv, out, at));  // non-hexadecimal number ... at position 4
  EXPECT_EQ(at, 4u);
}

}  // namespace
}  // namespace gyre::text
