// dict: many int and str keys, deletion and re-insertion order, equal numeric keys, repr,
// views and errors.
#include <vector>

#include "kernel_test_util.hpp"
#include "vm/dict.hpp"
#include "vm/list.hpp"
#include "vm/numbers.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using DictObject = KernelTest;

Ref s(const std::string& text) { return make_str(text); }

TEST_F(DictObject, TenThousandIntAndStrKeysWithDeletionAndReinsertion) {
  Ref d = make_dict();
  Dict* dict = d.as<Dict>();
  for (int i = 0; i < 10000; ++i) {
    ASSERT_EQ(dict_set(dict, small(i), small(i * 2)), 0);
    ASSERT_EQ(dict_set(dict, s(std::to_string(i)).get(), small(i)), 0);
  }
  EXPECT_EQ(dict_size(dict), 20000u);
  for (int i = 0; i < 10000; i += 2) {
    ASSERT_EQ(dict_del(dict, small(i)), 1);
    ASSERT_EQ(dict_del(dict, s(std::to_string(i)).get()), 1);
  }
  EXPECT_EQ(dict_del(dict, small(0)), 0);  // already gone
  for (int i = 0; i < 100; i += 4) ASSERT_EQ(dict_set(dict, small(i), small(-i)), 0);
  // python3: the same operations give len(d) == 10025, list(d)[:6] == [1, '1', 3, '3', 5, '5'],
  // list(d)[-4:] == [84, 88, 92, 96], d[96] == -96, d.get(98) is None.
  EXPECT_EQ(dict_size(dict), 10025u);
  Ref keys = dict_keys_list(dict);
  List* k = keys.as<List>();
  EXPECT_EQ(repr_of(Ref(make_list(std::span<const Value>(k->items, 6))).get()),
            "[1, '1', 3, '3', 5, '5']");
  EXPECT_EQ(repr_of(Ref(make_list(std::span<const Value>(k->items + k->size - 4, 4))).get()),
            "[84, 88, 92, 96]");
  EXPECT_EQ(dict_get(dict, small(96)).as_small_int(), -96);
  EXPECT_TRUE(dict_get(dict, small(98)).is_absent());
  for (int i = 1; i < 10000; i += 2) {
    ASSERT_EQ(dict_get(dict, small(i)).as_small_int(), i * 2);
    ASSERT_EQ(dict_get(dict, s(std::to_string(i)).get()).as_small_int(), i);
  }
  // Every live key is visited once, in insertion order.
  size_t pos = 0, count = 0;
  Value key, value;
  while (dict_next(dict, pos, key, value)) ++count;
  EXPECT_EQ(count, 10025u);
}

TEST_F(DictObject, EqualNumbersAreTheSameKey) {
  // python3: d = {1: 'x'}; d[1.0] = 'y'; d[True] = 'z'; d == {1: 'z'}
  Ref d = make_dict();
  dict_set(d.as<Dict>(), small(1), s("x").get());
  dict_set(d.as<Dict>(), Value::from_double(1.0), s("y").get());
  dict_set(d.as<Dict>(), Value::boolean(true), s("z").get());
  EXPECT_EQ(repr_of(d.get()), "{1: 'z'}");
  EXPECT_EQ(hash(small(1)), hash(Value::from_double(1.0)));
  EXPECT_EQ(hash(Value::boolean(true)), 1);
  EXPECT_EQ(hash(small(-1)), -2);  // hash(-1) == -2
  EXPECT_EQ(hash(Value::from_double(1.5)), 1152921504606846977);   // hash(1.5)
  EXPECT_EQ(hash(Value::from_double(0.1)), 230584300921369408);    // hash(0.1)
  EXPECT_EQ(hash(Value::from_double(1e300)), 1224995262755759164); // hash(1e300)
  EXPECT_EQ(hash(Value::from_double(-2.5)), -1152921504606846978); // hash(-2.5)
}

TEST_F(DictObject, ReprNestedAndRecursive) {
  Ref d = make_dict();
  Ref l = make_list();
  list_append(l.as<List>(), small(1));
  list_append(l.as<List>(), Value::from_double(2.5));
  dict_set(d.as<Dict>(), small(1), s("a").get());
  dict_set(d.as<Dict>(), s("b").get(), l.get());
  Ref t = make_tuple({small(1), small(2)});
  dict_set(d.as<Dict>(), t.get(), Value::none());
  // python3: repr({1: 'a', 'b': [1, 2.5], (1, 2): None})
  EXPECT_EQ(repr_of(d.get()), "{1: 'a', 'b': [1, 2.5], (1, 2): None}");
  dict_set(d.as<Dict>(), s("me").get(), d.get());
  EXPECT_EQ(repr_of(d.get()), "{1: 'a', 'b': [1, 2.5], (1, 2): None, 'me': {...}}");
  dict_clear(d.as<Dict>());  // break the cycle
}

TEST_F(DictObject, UnhashableKeysAndMissingKeys) {
  Ref d = make_dict();
  Ref l = make_list();
  EXPECT_EQ(dict_set(d.as<Dict>(), l.get(), small(1)), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'list'");
  EXPECT_FALSE(get_item(d.get(), s("k").get()));
  EXPECT_EQ(take_error(), "KeyError: 'k'");
  EXPECT_EQ(del_item(d.get(), small(3)), -1);
  EXPECT_EQ(take_error(), "KeyError: 3");
}

TEST_F(DictObject, ViewsAndMethodsThroughGetattr) {
  Ref d = make_dict();
  dict_set(d.as<Dict>(), s("a").get(), small(1));
  dict_set(d.as<Dict>(), s("b").get(), small(2));
  Ref keys = call_method(d.get(), intern("keys"), nullptr, 0);
  EXPECT_EQ(repr_of(keys.get()), "dict_keys(['a', 'b'])");
  Ref items = call_method(d.get(), intern("items"), nullptr, 0);
  EXPECT_EQ(repr_of(items.get()), "dict_items([('a', 1), ('b', 2)])");
  EXPECT_EQ(length(items.get()), 2);
  Value args[] = {s("z").get(), small(9)};
  Ref got = call_method(d.get(), intern("get"), args, 2);
  EXPECT_EQ(got.get().as_small_int(), 9);
  Value key = s("a").get();
  Ref popped = call_method(d.get(), intern("pop"), &key, 1);
  EXPECT_EQ(popped.get().as_small_int(), 1);
  EXPECT_EQ(repr_of(d.get()), "{'b': 2}");
  // Size change during iteration.
  Ref it = get_iter(d.get());
  dict_set(d.as<Dict>(), s("c").get(), small(3));
  EXPECT_FALSE(iter_next(it.get()));
  EXPECT_EQ(take_error(), "RuntimeError: dictionary changed size during iteration");
}

TEST_F(DictObject, VersionChangesOnMutation) {
  Ref d = make_dict();
  uint64_t v0 = d.as<Dict>()->version;
  dict_set(d.as<Dict>(), small(1), small(1));
  uint64_t v1 = d.as<Dict>()->version;
  EXPECT_NE(v0, v1);
  dict_del(d.as<Dict>(), small(1));
  EXPECT_NE(d.as<Dict>()->version, v1);
}

}  // namespace
}  // namespace gyre::vm::testing
