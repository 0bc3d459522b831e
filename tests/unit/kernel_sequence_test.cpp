// tuple and list: hashing as python3, repr (recursive too), comparison, methods through
// getattr with CPython's argument errors, sort.
#include "kernel_test_util.hpp"
#include "vm/attributes.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/range.hpp"
#include "vm/slice.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using Sequences = KernelTest;

TEST_F(Sequences, TupleHashMatchesPython) {
  EXPECT_EQ(hash(make_tuple({small(1), small(2)}).get()), -3550055125485641917);  // hash((1, 2))
  EXPECT_EQ(hash(empty_tuple() ? Value::from_object(empty_tuple()) : Value()),
            5740354900026072187);  // hash(())
  Ref t = make_tuple({Value::from_double(1.5), small(-1), Value::boolean(true)});
  EXPECT_EQ(hash(t.get()), -7468410823527812167);  // hash((1.5, -1, True))
  Ref l = make_list();
  Ref bad = make_tuple({small(1), l.get()});
  EXPECT_EQ(hash(bad.get()), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'list'");
}

TEST_F(Sequences, Reprs) {
  Ref inner = make_list();
  list_append(inner.as<List>(), small(3));
  Ref mid = make_list();
  list_append(mid.as<List>(), small(2));
  list_append(mid.as<List>(), inner.get());
  Ref outer = make_list();
  list_append(outer.as<List>(), small(1));
  list_append(outer.as<List>(), mid.get());
  EXPECT_EQ(repr_of(outer.get()), "[1, [2, [3]]]");
  EXPECT_EQ(repr_of(make_tuple({small(1)}).get()), "(1,)");
  EXPECT_EQ(repr_of(make_tuple({Value::from_object(empty_tuple())}).get()), "((),)");
  EXPECT_EQ(repr_of(make_list().get()), "[]");
  // l = [1]; l.append(l); repr(l) == '[1, [...]]'
  Ref l = make_list();
  list_append(l.as<List>(), small(1));
  list_append(l.as<List>(), l.get());
  EXPECT_EQ(repr_of(l.get()), "[1, [...]]");
  Ref t = make_tuple({l.get()});
  EXPECT_EQ(repr_of(t.get()), "([1, [...]],)");
  list_clear(l.as<List>());
}

TEST_F(Sequences, Comparison) {
  Ref a = make_tuple({small(1), small(2)});
  Ref b = make_tuple({small(1), small(3)});
  Ref c = make_tuple({small(1)});
  EXPECT_EQ(rich_compare_bool(a.get(), b.get(), CompareOp::Lt), 1);
  EXPECT_EQ(rich_compare_bool(c.get(), a.get(), CompareOp::Lt), 1);
  EXPECT_EQ(rich_compare_bool(a.get(), make_tuple({small(1), Value::from_double(2.0)}).get(),
                              CompareOp::Eq),
            1);
  Ref d = make_tuple({small(1), make_str("x").get()});
  EXPECT_EQ(rich_compare_bool(a.get(), d.get(), CompareOp::Lt), -1);
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  Ref l = make_list();
  EXPECT_EQ(rich_compare_bool(l.get(), a.get(), CompareOp::Lt), -1);
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'list' and 'tuple'");
}

TEST_F(Sequences, ListMethodsThroughGetattrAndTheType) {
  Ref l = make_list();
  Ref append = getattr(l.get(), intern("append"));
  ASSERT_TRUE(append);
  Value one = small(1);
  EXPECT_TRUE(call(append.get(), &one, 1));
  // list.append(l, 2)
  Ref unbound = getattr(Value::from_object(list_type), intern("append"));
  Value args[] = {l.get(), small(2)};
  EXPECT_TRUE(call(unbound.get(), args, 2));
  EXPECT_EQ(repr_of(l.get()), "[1, 2]");
  EXPECT_FALSE(call(append.get(), nullptr, 0));
  EXPECT_EQ(take_error(), "TypeError: append() takes exactly one argument (0 given)");
  Value three[] = {small(1), small(2), small(3)};
  Ref insert = getattr(l.get(), intern("insert"));
  EXPECT_FALSE(call(insert.get(), three, 1));
  EXPECT_EQ(take_error(), "TypeError: insert expected 2 arguments, got 1");
  Ref pop = getattr(l.get(), intern("pop"));
  EXPECT_FALSE(call(pop.get(), three, 2));
  EXPECT_EQ(take_error(), "TypeError: pop expected at most 1 argument, got 2");
  Ref clear = getattr(l.get(), intern("clear"));
  EXPECT_FALSE(call(clear.get(), three, 1));
  EXPECT_EQ(take_error(), "TypeError: clear() takes no arguments (1 given)");
  Value wrong[] = {small(5), small(1)};
  EXPECT_FALSE(call(unbound.get(), wrong, 2));
  EXPECT_EQ(take_error(),
            "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
  EXPECT_FALSE(call(unbound.get(), nullptr, 0));
  EXPECT_EQ(take_error(), "TypeError: unbound method list.append() needs an argument");
  EXPECT_EQ(repr_of(unbound.get()), "<method 'append' of 'list' objects>");
}

TEST_F(Sequences, ListMutations) {
  Ref l = make_list();
  for (int i : {3, 1, 2, 3, 1}) list_append(l.as<List>(), small(i));
  EXPECT_EQ(list_index(l.as<List>(), small(2)), 2);
  EXPECT_EQ(list_count(l.as<List>(), small(3)), 2);
  EXPECT_EQ(list_remove(l.as<List>(), small(1)), 0);
  EXPECT_EQ(repr_of(l.get()), "[3, 2, 3, 1]");
  EXPECT_EQ(list_index(l.as<List>(), small(7)), -1);
  EXPECT_EQ(take_error(), "ValueError: 7 is not in list");
  EXPECT_EQ(list_remove(l.as<List>(), small(7)), -1);
  EXPECT_EQ(take_error(), "ValueError: list.remove(x): x not in list");
  list_insert(l.as<List>(), -100, small(0));
  list_insert(l.as<List>(), 100, small(9));
  EXPECT_EQ(repr_of(l.get()), "[0, 3, 2, 3, 1, 9]");
  list_reverse(l.as<List>());
  EXPECT_EQ(repr_of(l.get()), "[9, 1, 3, 2, 3, 0]");
  Ref sl = make_slice(small(1), small(-1), Value::none());
  Ref part = get_item(l.get(), sl.get());
  EXPECT_EQ(repr_of(part.get()), "[1, 3, 2, 3]");
  EXPECT_EQ(del_item(l.get(), sl.get()), 0);
  EXPECT_EQ(repr_of(l.get()), "[9, 0]");
  Ref empty = make_list();
  EXPECT_FALSE(list_pop(empty.as<List>()));
  EXPECT_EQ(take_error(), "IndexError: pop from empty list");
}

TEST_F(Sequences, SortIsStableWithKeyAndReverse) {
  Ref l = make_list();
  for (int i : {3, 1, 2, 3, 1}) list_append(l.as<List>(), small(i));
  ASSERT_EQ(list_sort(l.as<List>(), Value(), true), 0);
  EXPECT_EQ(repr_of(l.get()), "[3, 3, 2, 1, 1]");  // l.sort(reverse=True)
  Ref words = make_list();
  for (const char* w : {"bb", "a", "ccc", "dd"}) list_append(words.as<List>(), make_str(w).get());
  Ref len_fn = make_native_function(
      [] {
        static const MethodDef def{"len", [](Value, const Value* args, size_t, Tuple*) -> Ref {
                                     int64_t n = length(args[0]);
                                     if (n < 0) return Ref();
                                     return Ref::steal(Value::from_small_int(n));
                                   },
                                   Arity::kOneArg};
        return &def;
      }(),
      Value());
  ASSERT_EQ(list_sort(words.as<List>(), len_fn.get(), false), 0);
  EXPECT_EQ(repr_of(words.get()), "['a', 'bb', 'dd', 'ccc']");  // sort(key=len)
  ASSERT_EQ(list_sort(words.as<List>(), len_fn.get(), true), 0);
  EXPECT_EQ(repr_of(words.get()), "['ccc', 'bb', 'dd', 'a']");  // sort(key=len, reverse=True)
  list_append(words.as<List>(), small(1));
  EXPECT_EQ(list_sort(words.as<List>(), Value(), false), -1);
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST_F(Sequences, RangeAndSliceIndices) {
  Ref r = make_range(10, 0, -3);
  EXPECT_EQ(repr_of(r.get()), "range(10, 0, -3)");
  Ref l = make_list();
  list_extend(l.as<List>(), r.get());
  EXPECT_EQ(repr_of(l.get()), "[10, 7, 4, 1]");  // list(range(10, 0, -3))
  EXPECT_EQ(repr_of(make_range(0, 5).get()), "range(0, 5)");
  SliceIndices si;
  Ref s1 = make_slice(Value::none(), Value::none(), small(-1));
  ASSERT_TRUE(slice_indices(as_slice(s1.get()), 5, si));
  EXPECT_EQ(si.start, 4);  // slice(None, None, -1).indices(5) == (4, -1, -1)
  EXPECT_EQ(si.stop, -1);
  EXPECT_EQ(si.count, 5u);
  Ref s2 = make_slice(small(-100), small(100), small(3));
  ASSERT_TRUE(slice_indices(as_slice(s2.get()), 10, si));
  EXPECT_EQ(si.start, 0);  // slice(-100, 100, 3).indices(10) == (0, 10, 3)
  EXPECT_EQ(si.stop, 10);
  EXPECT_EQ(si.count, 4u);
  Ref s3 = make_slice(Value::none(), Value::none(), small(0));
  EXPECT_FALSE(slice_indices(as_slice(s3.get()), 10, si));
  EXPECT_EQ(take_error(), "ValueError: slice step cannot be zero");
  EXPECT_FALSE(make_range(0, 1, 0));
  EXPECT_EQ(take_error(), "ValueError: range() arg 3 must not be zero");
}

}  // namespace
}  // namespace gyre::vm::testing
