// set/frozenset, bytes, module objects, and cycles through instances and classes.
#include "kernel_test_util.hpp"
#include "vm/attributes.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/gc.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/set.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using Containers = KernelTest;

TEST_F(Containers, SetsAndFrozensets) {
  Ref s = make_set();
  for (int i : {1, 2, 3, 2, 1}) ASSERT_EQ(set_add(s.as<Set>(), small(i)), 0);
  EXPECT_EQ(set_size(s.as<Set>()), 3u);
  EXPECT_EQ(repr_of(s.get()), "{1, 2, 3}");  // repr({1, 2, 3})
  EXPECT_EQ(set_contains(s.as<Set>(), Value::from_double(2.0)), 1);
  EXPECT_EQ(set_discard(s.as<Set>(), small(2)), 1);
  EXPECT_EQ(set_discard(s.as<Set>(), small(2)), 0);
  EXPECT_EQ(repr_of(s.get()), "{1, 3}");
  EXPECT_EQ(hash(s.get()), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'set'");
  Ref f = make_frozenset();
  set_add(f.as<Set>(), small(1));
  EXPECT_EQ(repr_of(f.get()), "frozenset({1})");
  EXPECT_EQ(repr_of(make_set().get()), "set()");
  EXPECT_EQ(repr_of(make_frozenset().get()), "frozenset()");
  // frozensets with the same items are equal and hash alike, whatever the insertion order
  Ref a = make_frozenset(), b = make_frozenset();
  for (int i : {1, 2, 3}) set_add(a.as<Set>(), small(i));
  for (int i : {3, 1, 2}) set_add(b.as<Set>(), small(i));
  EXPECT_EQ(rich_compare_bool(a.get(), b.get(), CompareOp::Eq), 1);
  EXPECT_EQ(hash(a.get()), hash(b.get()));
  EXPECT_EQ(hash(a.get()), -272375401224217160);  // hash(frozenset({1, 2, 3}))
  EXPECT_EQ(hash(make_frozenset().get()), 133146708735736);  // hash(frozenset())
  EXPECT_EQ(rich_compare_bool(f.get(), a.get(), CompareOp::Lt), 1);  // proper subset
  Ref remove = getattr(s.get(), intern("remove"));
  Value nine = small(9);
  EXPECT_FALSE(call(remove.get(), &nine, 1));
  EXPECT_EQ(take_error(), "KeyError: 9");
}

TEST_F(Containers, Bytes) {
  Ref b = make_bytes(std::string_view("a'\0\xff", 4));
  EXPECT_EQ(repr_of(b.get()), "b\"a'\\x00\\xff\"");  // repr(b'a\'\x00\xff')
  EXPECT_EQ(length(b.get()), 4);
  Ref item = get_item(b.get(), small(-1));
  EXPECT_EQ(item.get().as_small_int(), 255);
  Ref c = make_bytes(std::string_view("a'\0\xff", 4));
  EXPECT_EQ(rich_compare_bool(b.get(), c.get(), CompareOp::Eq), 1);
  EXPECT_EQ(hash(b.get()), hash(c.get()));
  Ref s = make_str("a");
  EXPECT_EQ(rich_compare_bool(b.get(), s.get(), CompareOp::Eq), 0);
}

TEST_F(Containers, Modules) {
  Ref m = make_module("mymod");
  EXPECT_EQ(repr_of(m.get()), "<module 'mymod'>");
  EXPECT_FALSE(getattr(m.get(), intern("x")));
  EXPECT_EQ(take_error(), "AttributeError: module 'mymod' has no attribute 'x'");
  EXPECT_EQ(setattr(m.get(), intern("x"), small(3)), 0);
  EXPECT_EQ(getattr(m.get(), intern("x")).get().as_small_int(), 3);
  EXPECT_EQ(dict_get_str(as_module(m.get())->dict, "x").as_small_int(), 3);
  EXPECT_EQ(str_of(getattr(m.get(), intern("__name__")).get()), "mymod");
}

TEST_F(Containers, CollectReclaimsInstanceAndClassCycles) {
  collect();
  size_t before = gc_tracked_count();
  {
    Ref ns = make_dict();
    Ref cls = make_heap_type(type_type, intern("Node"), nullptr, ns.as<Dict>());
    ASSERT_TRUE(cls);
    Ref a = call0(cls.get());
    Ref b = call0(cls.get());
    ASSERT_EQ(setattr(a.get(), intern("other"), b.get()), 0);  // a.other = b
    ASSERT_EQ(setattr(b.get(), intern("other"), a.get()), 0);  // b.other = a
    ASSERT_EQ(setattr(cls.get(), intern("me"), cls.get()), 0);  // Node.me = Node
  }
  EXPECT_GT(gc_tracked_count(), before);
  EXPECT_GT(collect(), 0u);
  EXPECT_EQ(gc_tracked_count(), before);
}

}  // namespace
}  // namespace gyre::vm::testing
