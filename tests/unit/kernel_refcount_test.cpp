// Reference counting and deterministic destruction; the cycle collector.
#include "kernel_test_util.hpp"
#include "vm/dict.hpp"
#include "vm/gc.hpp"
#include "vm/list.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

int destroyed = 0;

// A builtin type whose instances count their destruction.
Type* counted_type() {
  static Type* t = [] {
    Type* type = make_builtin_type("counted", nullptr, sizeof(Object), 0);
    type->dealloc = [](Object* o) {
      ++destroyed;
      free_object(o);
    };
    EXPECT_TRUE(type_ready(type));
    return type;
  }();
  return t;
}

Ref make_counted() { return Ref::steal(allocate_object(counted_type(), sizeof(Object))); }

using Refcount = KernelTest;

TEST_F(Refcount, RefReleasesItsReferenceAtScopeEnd) {
  destroyed = 0;
  {
    Ref a = make_counted();
    EXPECT_EQ(a.object()->refcount, 1u);
    Ref b = a;  // copy increfs
    EXPECT_EQ(a.object()->refcount, 2u);
    Ref c = std::move(b);  // move does not
    EXPECT_EQ(a.object()->refcount, 2u);
    EXPECT_FALSE(b);
    EXPECT_EQ(destroyed, 0);
  }
  EXPECT_EQ(destroyed, 1);
}

TEST_F(Refcount, ReleaseAndStealHandOverOwnership) {
  destroyed = 0;
  Value raw = make_counted().release();
  EXPECT_EQ(raw.as_object()->refcount, 1u);
  Ref borrowed = Ref::borrow(raw);
  EXPECT_EQ(raw.as_object()->refcount, 2u);
  borrowed.reset();
  EXPECT_EQ(destroyed, 0);
  Ref owner = Ref::steal(raw);
  owner.reset();
  EXPECT_EQ(destroyed, 1);
}

TEST_F(Refcount, ImmediatesAreSkipped) {
  Ref i = Ref::steal(Value::from_small_int(5));
  Ref f = Ref::steal(Value::from_double(2.5));
  Ref n = Ref::steal(Value::none());
  Ref copy = i;  // no memory touched
  EXPECT_EQ(copy.get().as_small_int(), 5);
  incref(Value());  // absent: nothing happens
  decref(Value());
}

TEST_F(Refcount, ContainersOwnTheirItems) {
  destroyed = 0;
  Ref list = make_list();
  {
    Ref item = make_counted();
    list_append(list.as<List>(), item.get());
    Ref tuple = make_tuple({item.get(), item.get()});
    EXPECT_EQ(item.object()->refcount, 4u);
    Ref dict = make_dict();
    dict_set(dict.as<Dict>(), small(1), item.get());
    EXPECT_EQ(item.object()->refcount, 5u);
  }
  EXPECT_EQ(destroyed, 0);  // the list still holds it
  Ref popped = list_pop(list.as<List>());
  EXPECT_EQ(destroyed, 0);
  popped.reset();
  EXPECT_EQ(destroyed, 1);
}

TEST_F(Refcount, CollectReclaimsCyclesOfListsDictsAndTuples) {
  counted_type();
  collect();  // garbage left by other tests
  destroyed = 0;
  size_t before = gc_tracked_count();
  {
    // l = [counted]; l.append(l)
    Ref l = make_list();
    Ref item = make_counted();
    list_append(l.as<List>(), item.get());
    list_append(l.as<List>(), l.get());
    // d = {}; t = (d,); d['t'] = t
    Ref d = make_dict();
    Ref t = make_tuple({d.get()});
    dict_set_str(d.as<Dict>(), "t", t.get());
  }
  EXPECT_EQ(destroyed, 0);  // refcounting alone cannot free cycles
  EXPECT_GT(gc_tracked_count(), before);
  size_t freed = collect();
  EXPECT_EQ(freed, 3u);  // the list, the dict and the tuple
  EXPECT_EQ(destroyed, 1);
  EXPECT_EQ(gc_tracked_count(), before);
}

TEST_F(Refcount, CollectKeepsWhatIsReachableFromOutside) {
  Ref outer = make_list();
  {
    Ref inner = make_list();
    list_append(inner.as<List>(), inner.get());  // a cycle...
    list_append(outer.as<List>(), inner.get());  // ...referenced from a live list
  }
  EXPECT_EQ(collect(), 0u);
  List* inner = as_list(outer.as<List>()->items[0]);
  EXPECT_EQ(inner->size, 1u);
  EXPECT_EQ(inner->items[0].as_object(), inner);
  list_clear(inner);  // break the cycle so the test leaks nothing
}

}  // namespace
}  // namespace gyre::vm::testing
