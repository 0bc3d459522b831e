// str objects: creation, measurements, indexing, repr, interning, hashing, concatenation.
#include "kernel_test_util.hpp"
#include "vm/slice.hpp"

namespace gyre::vm::testing {
namespace {

using StrObject = KernelTest;

TEST_F(StrObject, MeasuresCodePointsAndAsciiness) {
  Ref a = make_str("hello");
  EXPECT_EQ(as_str(a.get())->length, 5u);
  EXPECT_TRUE(as_str(a.get())->ascii);
  Ref u = make_str("h\xc3\xa9llo \xf0\x9f\x98\x80");  // 'héllo 😀'
  EXPECT_EQ(as_str(u.get())->length, 7u);            // len('héllo 😀') == 7
  EXPECT_EQ(as_str(u.get())->size, 11u);
  EXPECT_FALSE(as_str(u.get())->ascii);
  EXPECT_EQ(length(u.get()), 7);
}

TEST_F(StrObject, IndexingAsciiAndNonAscii) {
  Ref u = make_str("h\xc3\xa9llo \xf0\x9f\x98\x80");
  Ref c1 = get_item(u.get(), small(1));
  EXPECT_EQ(as_str(c1.get())->view(), "\xc3\xa9");
  Ref last = get_item(u.get(), small(-1));
  EXPECT_EQ(as_str(last.get())->view(), "\xf0\x9f\x98\x80");
  Ref a = make_str("abc");
  Ref b = get_item(a.get(), small(-2));
  EXPECT_EQ(as_str(b.get())->view(), "b");
  EXPECT_FALSE(get_item(a.get(), small(3)));
  EXPECT_EQ(take_error(), "IndexError: string index out of range");
  Ref key = make_str("x");
  EXPECT_FALSE(get_item(a.get(), key.get()));
  EXPECT_EQ(take_error(), "TypeError: string indices must be integers, not 'str'");
}

TEST_F(StrObject, Slicing) {
  Ref s = make_str("h\xc3\xa9llo");
  Ref sl = make_slice(Value::none(), Value::none(), small(-1));
  Ref r = get_item(s.get(), sl.get());
  EXPECT_EQ(as_str(r.get())->view(), "oll\xc3\xa9h");  // 'héllo'[::-1] == 'olléh'
}

TEST_F(StrObject, ReprChoosesQuotesAndEscapes) {
  // python3: repr("a'b") == '"a\'b"' ... see each comment.
  EXPECT_EQ(repr_of(make_str("a'b").get()), "\"a'b\"");               // repr("a'b")
  EXPECT_EQ(repr_of(make_str("a\"b'").get()), "'a\"b\\''");           // repr('a"b\'')
  EXPECT_EQ(repr_of(make_str("\xc3\xa9\n").get()), "'\xc3\xa9\\n'");  // repr('é\n')
  EXPECT_EQ(repr_of(make_str(std::string_view("\0", 1)).get()), "'\\x00'");
  EXPECT_EQ(repr_of(make_str("\xe2\x80\x8b").get()), "'\\u200b'");    // repr('\u200b')
}

TEST_F(StrObject, InterningGivesOneObjectPerText) {
  Str* a = intern("spam");
  Str* b = intern(std::string("sp") + "am");
  EXPECT_EQ(a, b);
  Ref c = make_str("spam");
  EXPECT_NE(static_cast<Object*>(a), c.object());
  EXPECT_TRUE(str_equal(a, as_str(c.get())));
}

TEST_F(StrObject, HashIsStableAndNeverMinusOne) {
  Ref a = make_str("abc"), b = make_str("abc"), c = make_str("abd");
  EXPECT_EQ(hash(a.get()), hash(b.get()));
  EXPECT_NE(hash(a.get()), hash(c.get()));
  for (int i = 0; i < 1000; ++i) EXPECT_NE(hash(make_str(std::to_string(i)).get()), -1);
}

TEST_F(StrObject, ConcatenationAndRepetition) {
  Ref a = make_str("ab"), b = make_str("\xc3\xa9");
  Ref c = binary_op(a.get(), b.get(), BinaryOp::Add);
  EXPECT_EQ(as_str(c.get())->view(), "ab\xc3\xa9");
  EXPECT_EQ(as_str(c.get())->length, 3u);
  Ref d = binary_op(a.get(), small(3), BinaryOp::Mul);
  EXPECT_EQ(as_str(d.get())->view(), "ababab");
  EXPECT_FALSE(binary_op(a.get(), small(1), BinaryOp::Add));
  EXPECT_EQ(take_error(), "TypeError: can only concatenate str (not \"int\") to str");
}

TEST_F(StrObject, ComparisonAndContains) {
  Ref a = make_str("apple"), b = make_str("banana"), p = make_str("ppl");
  EXPECT_EQ(rich_compare_bool(a.get(), b.get(), CompareOp::Lt), 1);
  EXPECT_EQ(rich_compare_bool(b.get(), a.get(), CompareOp::Le), 0);
  EXPECT_EQ(contains(a.get(), p.get()), 1);
  EXPECT_EQ(contains(a.get(), small(1)), -1);
  EXPECT_EQ(take_error(), "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST_F(StrObject, Iteration) {
  Ref s = make_str("a\xc3\xa9");
  Ref it = get_iter(s.get());
  Ref x = iter_next(it.get());
  Ref y = iter_next(it.get());
  Ref z = iter_next(it.get());
  EXPECT_EQ(as_str(x.get())->view(), "a");
  EXPECT_EQ(as_str(y.get())->view(), "\xc3\xa9");
  EXPECT_FALSE(z);
  EXPECT_FALSE(error_pending());
}

}  // namespace
}  // namespace gyre::vm::testing
