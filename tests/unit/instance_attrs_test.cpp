// Instance attributes (vm/instance_attrs.hpp): which form an instance is in after each kind of
// change, the block sizes, and the class's shared key table.
#include "kernel_test_util.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using InstanceAttrs = KernelTest;

Ref make_plain_class(const char* name, Value base = Value()) {
  Ref bases = base.is_absent() ? make_tuple({}) : make_tuple({base});
  Ref ns = make_dict();
  return make_heap_type(type_type, intern(name), bases.as<Tuple>(), ns.as<Dict>());
}

Dict* word_of(Value obj) { return *instance_dict_slot(obj); }
InstanceValues* block_of(Value obj) {
  Dict* word = word_of(obj);
  return word_holds_values(word) ? values_of_word(word) : nullptr;
}

TEST_F(InstanceAttrs, PlainClassesAndTheirSubclassesShareKeys) {
  Ref cls = make_plain_class("C");
  Ref sub = make_plain_class("D", cls.get());
  EXPECT_TRUE(cls.as<Type>()->has_flag(TypeFlag::kCompactAttrs));
  EXPECT_TRUE(sub.as<Type>()->has_flag(TypeFlag::kCompactAttrs));
  EXPECT_FALSE(object_type->has_flag(TypeFlag::kCompactAttrs));
}

TEST_F(InstanceAttrs, StoresFillOneBlockInTheClassOrder) {
  Ref cls = make_plain_class("C");
  Ref first = call0(cls.get());
  EXPECT_EQ(word_of(first.get()), nullptr);
  for (const char* name : {"left", "key", "right"}) ASSERT_EQ(setattr(first.get(), intern(name), small(1)), 0);
  HashTable& keys = cls.as<Type>()->instance_keys;
  EXPECT_EQ(keys.used, 3u);
  ASSERT_NE(block_of(first.get()), nullptr);
  EXPECT_EQ(block_of(first.get())->end, 3u);
  // A later instance gets a block for every shared name at once: 8 + 3 * 8 = 32 bytes.
  Ref second = call0(cls.get());
  ASSERT_EQ(setattr(second.get(), intern("left"), small(2)), 0);
  ASSERT_NE(block_of(second.get()), nullptr);
  EXPECT_EQ(block_of(second.get())->capacity, 3u);
  ASSERT_EQ(setattr(second.get(), intern("key"), small(3)), 0);
  ASSERT_EQ(setattr(second.get(), intern("right"), small(4)), 0);
  EXPECT_EQ(keys.used, 3u);
  EXPECT_EQ(getattr(second.get(), intern("right")).get().as_small_int(), 4);
  EXPECT_EQ(repr_of(value_of(instance_dict(second.get().as_object(), instance_dict_slot(second.get())))),
            "{'left': 2, 'key': 3, 'right': 4}");
}

TEST_F(InstanceAttrs, DeletionStaysInTheValuesForm) {
  Ref cls = make_plain_class("C");
  Ref obj = call0(cls.get());
  for (const char* name : {"a", "b", "c"}) ASSERT_EQ(setattr(obj.get(), intern(name), small(1)), 0);
  ASSERT_EQ(delattr(obj.get(), intern("c")), 0);
  ASSERT_NE(block_of(obj.get()), nullptr);
  EXPECT_EQ(block_of(obj.get())->end, 2u);
  ASSERT_EQ(delattr(obj.get(), intern("a")), 0);
  EXPECT_EQ(block_of(obj.get())->end, 2u);
  // "c" set again lands after "b": still in order.
  ASSERT_EQ(setattr(obj.get(), intern("c"), small(3)), 0);
  ASSERT_NE(block_of(obj.get()), nullptr);
  // "a" set again would come before "b": the instance moves to a dict, in insertion order.
  ASSERT_EQ(setattr(obj.get(), intern("a"), small(4)), 0);
  EXPECT_EQ(block_of(obj.get()), nullptr);
  EXPECT_EQ(repr_of(value_of(word_of(obj.get()))), "{'b': 1, 'c': 3, 'a': 4}");
}

TEST_F(InstanceAttrs, DictRequestMovesToTheDictFormForGood) {
  Ref cls = make_plain_class("C");
  Ref obj = call0(cls.get());
  ASSERT_EQ(setattr(obj.get(), intern("x"), small(1)), 0);
  Ref d1 = getattr(obj.get(), intern("__dict__"));
  ASSERT_TRUE(d1);
  EXPECT_EQ(word_of(obj.get()), d1.as<Dict>());
  ASSERT_EQ(setattr(obj.get(), intern("y"), small(2)), 0);
  Ref d2 = getattr(obj.get(), intern("__dict__"));
  EXPECT_EQ(d1.get(), d2.get());
  EXPECT_EQ(repr_of(d1.get()), "{'x': 1, 'y': 2}");
}

TEST_F(InstanceAttrs, PastTheSharedLimitNewNamesGoToADict) {
  Ref cls = make_plain_class("C");
  Ref obj = call0(cls.get());
  for (size_t i = 0; i < kMaxSharedKeys; ++i) {
    std::string name = "a" + std::to_string(i);
    ASSERT_EQ(setattr(obj.get(), intern(name), small(static_cast<int64_t>(i))), 0);
  }
  ASSERT_NE(block_of(obj.get()), nullptr);
  EXPECT_EQ(block_of(obj.get())->end, kMaxSharedKeys);
  ASSERT_EQ(setattr(obj.get(), intern("one_more"), small(0)), 0);
  EXPECT_EQ(block_of(obj.get()), nullptr);
  EXPECT_EQ(dict_size(word_of(obj.get())), kMaxSharedKeys + 1);
  EXPECT_EQ(cls.as<Type>()->instance_keys.used, kMaxSharedKeys);
  // Another instance still uses the values form for the shared names.
  Ref other = call0(cls.get());
  ASSERT_EQ(setattr(other.get(), intern("a0"), small(1)), 0);
  EXPECT_NE(block_of(other.get()), nullptr);
}

TEST_F(InstanceAttrs, DictAssignmentReplacesEitherForm) {
  Ref cls = make_plain_class("C");
  Ref obj = call0(cls.get());
  ASSERT_EQ(setattr(obj.get(), intern("x"), small(1)), 0);
  Ref replacement = make_dict();
  ASSERT_EQ(setattr(obj.get(), intern("__dict__"), replacement.get()), 0);
  EXPECT_EQ(word_of(obj.get()), replacement.as<Dict>());
  EXPECT_FALSE(getattr(obj.get(), intern("x")));
  EXPECT_EQ(take_error(), "AttributeError: 'C' object has no attribute 'x'");
  EXPECT_EQ(setattr(obj.get(), intern("__dict__"), small(1)), -1);
  EXPECT_EQ(take_error(), "TypeError: __dict__ must be set to a dictionary, not a 'int'");
  ASSERT_EQ(delattr(obj.get(), intern("__dict__")), 0);
  EXPECT_EQ(word_of(obj.get()), nullptr);
}

}  // namespace
}  // namespace gyre::vm::testing
