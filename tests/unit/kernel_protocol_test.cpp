// The abstract protocol: comparisons with mixed numbers, error messages of comparisons,
// operators, calls, iteration and truth.
#include "kernel_test_util.hpp"
#include "vm/list.hpp"
#include "vm/singletons.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using Protocol = KernelTest;

TEST_F(Protocol, MixedNumbersCompareAndHashAlike) {
  Value one = small(1), one_f = Value::from_double(1.0), yes = Value::boolean(true);
  EXPECT_EQ(rich_compare_bool(one, one_f, CompareOp::Eq), 1);  // 1 == 1.0
  EXPECT_EQ(rich_compare_bool(one_f, yes, CompareOp::Eq), 1);  // 1.0 == True
  EXPECT_EQ(rich_compare_bool(yes, one, CompareOp::Eq), 1);
  EXPECT_EQ(hash(one), hash(one_f));
  EXPECT_EQ(hash(one), hash(yes));
  EXPECT_EQ(rich_compare_bool(small(2), Value::from_double(2.5), CompareOp::Lt), 1);
  EXPECT_EQ(rich_compare_bool(Value::from_double(2.5), small(2), CompareOp::Gt), 1);
  double nan = std::nan("");
  EXPECT_EQ(rich_compare_bool(small(0), Value::from_double(nan), CompareOp::Lt), 0);
  EXPECT_EQ(repr_of(Value::from_double(0.1)), "0.1");
  EXPECT_EQ(repr_of(Value::from_double(1e16)), "1e+16");
  EXPECT_EQ(repr_of(Value::from_double(2.0)), "2.0");
  EXPECT_EQ(repr_of(Value::boolean(false)), "False");
  EXPECT_EQ(repr_of(Value::none()), "None");
  EXPECT_EQ(repr_of(not_implemented()), "NotImplemented");
  EXPECT_EQ(repr_of(ellipsis()), "Ellipsis");
}

TEST_F(Protocol, ComparisonErrors) {
  Ref s = make_str("a");
  EXPECT_FALSE(rich_compare(small(1), s.get(), CompareOp::Lt));
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_FALSE(rich_compare(s.get(), Value::none(), CompareOp::Ge));
  EXPECT_EQ(take_error(),
            "TypeError: '>=' not supported between instances of 'str' and 'NoneType'");
  // == and != fall back to identity.
  EXPECT_EQ(rich_compare_bool(small(1), s.get(), CompareOp::Eq), 0);
  EXPECT_EQ(rich_compare_bool(small(1), s.get(), CompareOp::Ne), 1);
}

TEST_F(Protocol, OperatorErrors) {
  Ref a = make_str("a"), b = make_str("b");
  EXPECT_FALSE(binary_op(small(1), a.get(), BinaryOp::Add));
  EXPECT_EQ(take_error(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_FALSE(binary_op(small(1), a.get(), BinaryOp::Pow));
  EXPECT_EQ(take_error(),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  EXPECT_FALSE(inplace_op(small(1), a.get(), BinaryOp::Add));
  EXPECT_EQ(take_error(), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_FALSE(binary_op(a.get(), b.get(), BinaryOp::Mul));
  EXPECT_EQ(take_error(), "TypeError: can't multiply sequence by non-int of type 'str'");
  Ref l = make_list();
  EXPECT_FALSE(binary_op(l.get(), Value::from_object(empty_tuple()), BinaryOp::Add));
  EXPECT_EQ(take_error(), "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_FALSE(unary_op(a.get(), UnaryOp::Neg));
  EXPECT_EQ(take_error(), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_FALSE(unary_op(a.get(), UnaryOp::Abs));
  EXPECT_EQ(take_error(), "TypeError: bad operand type for abs(): 'str'");
  Ref sum = binary_op(small(2), Value::from_double(0.5), BinaryOp::Add);
  EXPECT_EQ(sum.get().as_double(), 2.5);
  Ref diff = binary_op(small(2), small(5), BinaryOp::Sub);
  EXPECT_EQ(diff.get().as_small_int(), -3);
}

TEST_F(Protocol, CallIterLenItemErrors) {
  EXPECT_FALSE(call0(small(1)));
  EXPECT_EQ(take_error(), "TypeError: 'int' object is not callable");
  EXPECT_FALSE(get_iter(small(1)));
  EXPECT_EQ(take_error(), "TypeError: 'int' object is not iterable");
  EXPECT_FALSE(iter_next(small(1)));
  EXPECT_EQ(take_error(), "TypeError: 'int' object is not an iterator");
  EXPECT_EQ(length(small(1)), -1);
  EXPECT_EQ(take_error(), "TypeError: object of type 'int' has no len()");
  EXPECT_FALSE(get_item(small(1), small(0)));
  EXPECT_EQ(take_error(), "TypeError: 'int' object is not subscriptable");
  Ref t = make_tuple({small(1)});
  EXPECT_EQ(set_item(t.get(), small(0), small(2)), -1);
  EXPECT_EQ(take_error(), "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(contains(small(1), small(0)), -1);
  EXPECT_EQ(take_error(), "TypeError: argument of type 'int' is not iterable");
}

TEST_F(Protocol, Truth) {
  EXPECT_EQ(is_true(Value::none()), 0);
  EXPECT_EQ(is_true(small(0)), 0);
  EXPECT_EQ(is_true(Value::from_double(-0.0)), 0);
  EXPECT_EQ(is_true(make_str("").get()), 0);
  EXPECT_EQ(is_true(make_str("x").get()), 1);
  EXPECT_EQ(is_true(make_list().get()), 0);
  EXPECT_EQ(is_true(make_tuple({small(0)}).get()), 1);
}

TEST_F(Protocol, RecursionLimit) {
  int saved = thread().recursion_limit;
  thread().recursion_limit = 5;
  Ref l = make_list();
  Ref cur = l;
  for (int i = 0; i < 10; ++i) {
    Ref next = make_list();
    list_append(cur.as<List>(), next.get());
    cur = next;
  }
  EXPECT_FALSE(repr(l.get()));
  EXPECT_EQ(take_error(),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  EXPECT_EQ(thread().recursion_depth, 0);
  thread().recursion_limit = saved;
}

}  // namespace
}  // namespace gyre::vm::testing
