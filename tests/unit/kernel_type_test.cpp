// Types: the builtin hierarchy, C3 MRO (diamond, inconsistent, duplicate bases), heap types
// and the generic attribute lookup order.
#include "kernel_test_util.hpp"
#include "vm/attributes.hpp"
#include "vm/dict.hpp"
#include "vm/exceptions.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/singletons.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using Types = KernelTest;

// class <name>(*bases): pass, with __module__ = '__main__'.
Ref make_class(const char* name, std::initializer_list<Value> bases) {
  Ref b = make_tuple(bases);
  Ref ns = make_dict();
  Ref module = make_str("__main__");
  dict_set_str(ns.as<Dict>(), "__module__", module.get());
  return make_heap_type(type_type, intern(name), b.as<Tuple>(), ns.as<Dict>());
}

TEST_F(Types, BuiltinHierarchy) {
  EXPECT_EQ(type_of(Value::from_object(type_type)), type_type);  // type(type) is type
  EXPECT_EQ(type_of(Value::from_object(object_type)), type_type);
  EXPECT_EQ(repr_of(Value::from_object(type_type)), "<class 'type'>");
  EXPECT_EQ(type_of(Value::boolean(true)), bool_type);
  EXPECT_TRUE(is_instance(Value::boolean(true), int_type));  // isinstance(True, int)
  EXPECT_EQ(repr_of(Value::from_object(bool_type->mro)),
            "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  EXPECT_EQ(repr_of(Value::from_object(key_error_type->mro)),
            "(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, "
            "<class 'BaseException'>, <class 'object'>)");
  EXPECT_EQ(repr_of(Value::from_object(object_type->bases)), "()");
  Value one = small(1);
  Ref t = call(Value::from_object(type_type), &one, 1);  // type(1)
  EXPECT_EQ(t.object(), int_type);
}

TEST_F(Types, DiamondMro) {
  Ref a = make_class("A", {});
  Ref b = make_class("B", {a.get()});
  Ref c = make_class("C", {a.get()});
  Ref d = make_class("D", {b.get(), c.get()});
  ASSERT_TRUE(d);
  // python3: D.__mro__
  EXPECT_EQ(repr_of(Value::from_object(d.as<Type>()->mro)),
            "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
            "<class '__main__.A'>, <class 'object'>)");
  EXPECT_TRUE(is_subtype(d.as<Type>(), a.as<Type>()));
  EXPECT_FALSE(is_subtype(a.as<Type>(), d.as<Type>()));
}

TEST_F(Types, InconsistentMroAndDuplicateBase) {
  Ref x = make_class("X", {});
  Ref y = make_class("Y", {});
  Ref p = make_class("P", {x.get(), y.get()});
  Ref q = make_class("Q", {y.get(), x.get()});
  EXPECT_FALSE(make_class("R", {p.get(), q.get()}));
  EXPECT_EQ(take_error(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
  Ref a = make_class("A", {});
  Ref b = make_class("B", {a.get()});
  EXPECT_FALSE(make_class("C", {a.get(), b.get()}));
  EXPECT_EQ(take_error(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_FALSE(make_class("Z", {x.get(), y.get(), x.get()}));
  EXPECT_EQ(take_error(), "TypeError: duplicate base class X");
}

TEST_F(Types, VersionTagChangesWithTheTypeAndItsSubclasses) {
  Ref a = make_class("A", {});
  Ref b = make_class("B", {a.get()});
  uint64_t va = a.as<Type>()->version, vb = b.as<Type>()->version;
  EXPECT_NE(va, 0u);
  EXPECT_EQ(setattr(a.get(), intern("x"), small(1)), 0);
  EXPECT_NE(a.as<Type>()->version, va);
  EXPECT_NE(b.as<Type>()->version, vb);
  Ref x = getattr(b.get(), intern("x"));
  EXPECT_EQ(x.get().as_small_int(), 1);
  EXPECT_EQ(setattr(Value::from_object(int_type), intern("x"), small(1)), -1);
  EXPECT_EQ(take_error(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
}

const GetSetDef data_descr_def{"d", [](Value) { return make_str("from data descriptor"); }};
const MethodDef method_def{"n", [](Value, const Value*, size_t, Tuple*) { return new_none(); },
                           Arity::kNoArgs};

TEST_F(Types, GenericGetattrOrder) {
  Ref cls = make_class("C", {});
  Type* c = cls.as<Type>();
  Ref data = make_getset_descriptor(&data_descr_def, object_type);
  Ref method = make_method_descriptor(&method_def, object_type);
  Ref five = Ref::steal(small(5));
  ASSERT_EQ(setattr(cls.get(), intern("d"), data.get()), 0);
  ASSERT_EQ(setattr(cls.get(), intern("n"), method.get()), 0);
  ASSERT_EQ(setattr(cls.get(), intern("c"), five.get()), 0);
  Ref obj = call0(cls.get());
  ASSERT_TRUE(obj);
  EXPECT_EQ(type_of(obj.get()), c);
  // The instance dict has all three names.
  Dict** slot = instance_dict_slot(obj.get());
  ASSERT_NE(slot, nullptr);
  EXPECT_EQ(setattr(obj.get(), intern("n"), make_str("instance n").get()), 0);
  EXPECT_EQ(setattr(obj.get(), intern("c"), make_str("instance c").get()), 0);
  ASSERT_NE(*slot, nullptr);
  // (instance_dict moves the attributes to a dict: the word of a class holds a values block)
  dict_set_str(instance_dict(obj.get().as_object(), slot), "d", make_str("instance d").get());
  // 1. the data descriptor beats the instance dict
  EXPECT_EQ(str_of(getattr(obj.get(), intern("d")).get()), "from data descriptor");
  // 2. the instance dict beats a non-data descriptor and a class attribute
  EXPECT_EQ(str_of(getattr(obj.get(), intern("n")).get()), "instance n");
  EXPECT_EQ(str_of(getattr(obj.get(), intern("c")).get()), "instance c");
  // 3. without instance entries: the non-data descriptor binds, the class attribute is found
  delattr(obj.get(), intern("n"));
  delattr(obj.get(), intern("c"));
  Ref bound = getattr(obj.get(), intern("n"));
  EXPECT_EQ(type_of(bound.get()), builtin_function_type);
  EXPECT_EQ(getattr(obj.get(), intern("c")).get().as_small_int(), 5);
  // Setting through a read-only data descriptor fails.
  EXPECT_EQ(setattr(obj.get(), intern("d"), small(1)), -1);
  EXPECT_EQ(take_error(), "AttributeError: attribute 'd' of 'object' objects is not writable");
  EXPECT_FALSE(getattr(obj.get(), intern("missing")));
  EXPECT_EQ(take_error(), "AttributeError: 'C' object has no attribute 'missing'");
  EXPECT_FALSE(getattr(cls.get(), intern("missing")));
  EXPECT_EQ(take_error(), "AttributeError: type object 'C' has no attribute 'missing'");
  EXPECT_EQ(delattr(obj.get(), intern("c")), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'C' object has no attribute 'c'");
}

TEST_F(Types, InstancesOfClasses) {
  Ref cls = make_class("Point", {});
  Ref p = call0(cls.get());
  std::string text = repr_of(p.get());
  EXPECT_EQ(text.rfind("<__main__.Point object at 0x", 0), 0u) << text;
  EXPECT_EQ(repr_of(cls.get()), "<class '__main__.Point'>");
  Value one = small(1);
  EXPECT_FALSE(call(cls.get(), &one, 1));
  EXPECT_EQ(take_error(), "TypeError: Point() takes no arguments");
  EXPECT_EQ(hash(p.get()), hash(p.get()));
  EXPECT_EQ(rich_compare_bool(p.get(), p.get(), CompareOp::Eq), 1);
  Ref q = call0(cls.get());
  EXPECT_EQ(rich_compare_bool(p.get(), q.get(), CompareOp::Eq), 0);
  EXPECT_FALSE(rich_compare(p.get(), q.get(), CompareOp::Lt));
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'Point' and 'Point'");
  Ref d = getattr(p.get(), intern("__dict__"));
  EXPECT_EQ(repr_of(d.get()), "{}");
}

TEST_F(Types, SubclassesOfExceptionsAndContainers) {
  Ref err = make_class("MyError", {Value::from_object(value_error_type)});
  ASSERT_TRUE(err);
  Ref msg = make_str("boom");
  Value arg = msg.get();
  Ref e = call(err.get(), &arg, 1);
  ASSERT_TRUE(e);
  EXPECT_TRUE(is_exception_instance(e.get()));
  EXPECT_EQ(repr_of(e.get()), "MyError('boom')");
  EXPECT_EQ(str_of(e.get()), "boom");
  EXPECT_EQ(setattr(e.get(), intern("extra"), small(1)), 0);
  raise_value(e.get());
  EXPECT_TRUE(error_matches(value_error_type));
  EXPECT_EQ(take_error(), "MyError: boom");

  Ref my_list = make_class("MyList", {Value::from_object(list_type)});
  Ref items = make_tuple({small(1), small(2)});
  Value items_arg = items.get();
  Ref l = call(my_list.get(), &items_arg, 1);
  ASSERT_TRUE(l);
  EXPECT_EQ(repr_of(l.get()), "[1, 2]");
  EXPECT_EQ(setattr(l.get(), intern("tag"), small(7)), 0);
  EXPECT_EQ(getattr(l.get(), intern("tag")).get().as_small_int(), 7);
  Ref append = getattr(l.get(), intern("append"));
  Value three = small(3);
  EXPECT_TRUE(call(append.get(), &three, 1));
  EXPECT_EQ(length(l.get()), 3);

  Ref my_dict = make_class("MyDict", {Value::from_object(dict_type)});
  Ref d = call0(my_dict.get());
  ASSERT_TRUE(d);
  EXPECT_EQ(set_item(d.get(), small(1), small(2)), 0);
  EXPECT_EQ(repr_of(d.get()), "{1: 2}");
}

TEST_F(Types, BuiltinAttributeErrors) {
  EXPECT_FALSE(getattr(small(1), intern("x")));
  EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(setattr(small(1), intern("x"), small(2)), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'x'");
  Ref l = call0(Value::from_object(list_type));
  EXPECT_EQ(setattr(l.get(), intern("append"), small(2)), -1);
  EXPECT_EQ(take_error(), "AttributeError: 'list' object attribute 'append' is read-only");
  EXPECT_FALSE(getattr(Value::from_object(list_type), intern("x")));
  EXPECT_EQ(take_error(), "AttributeError: type object 'list' has no attribute 'x'");
  Ref name = getattr(Value::from_object(list_type), intern("__name__"));
  EXPECT_EQ(str_of(name.get()), "list");
  Ref cls = getattr(small(1), intern("__class__"));
  EXPECT_EQ(cls.object(), int_type);
}

}  // namespace
}  // namespace gyre::vm::testing

namespace gyre::vm::testing {
namespace {

using SlotWrappers = KernelTest;

TEST_F(SlotWrappers, DunderMethodsOfBuiltinTypes) {
  // int.__add__(2, 3) == 5; (2).__radd__(3) == 5
  Ref add = getattr(Value::from_object(int_type), intern("__add__"));
  EXPECT_EQ(repr_of(add.get()), "<slot wrapper '__add__' of 'int' objects>");
  Value args[] = {small(2), small(3)};
  EXPECT_EQ(call(add.get(), args, 2).get().as_small_int(), 5);
  Ref radd = getattr(small(2), intern("__radd__"));
  Value three = small(3);
  EXPECT_EQ(call(radd.get(), &three, 1).get().as_small_int(), 5);
  // int.__add__(2, 'a') is NotImplemented
  Ref a = make_str("a");
  Value mixed[] = {small(2), a.get()};
  EXPECT_TRUE(is_not_implemented(call(add.get(), mixed, 2).get()));
  Value wrong[] = {a.get(), small(2)};
  EXPECT_FALSE(call(add.get(), wrong, 2));
  EXPECT_EQ(take_error(),
            "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  // len via list.__len__, repr via int.__repr__(True) (int's repr, not bool's)
  Ref l = make_tuple({small(1), small(2)});
  Ref len = getattr(l.get(), intern("__len__"));
  EXPECT_EQ(call0(len.get()).get().as_small_int(), 2);
  Ref int_repr = getattr(Value::from_object(int_type), intern("__repr__"));
  Value yes = Value::boolean(true);
  EXPECT_EQ(str_of(call(int_repr.get(), &yes, 1).get()), "1");
  // list.__hash__ is None
  Ref list_hash = getattr(Value::from_object(list_type), intern("__hash__"));
  EXPECT_TRUE(list_hash.get().is_none());
}

TEST_F(SlotWrappers, ExceptionInitThroughTheBase) {
  // class E(Exception): ... ; e = E.__new__(E); Exception.__init__(e, 'm')  -> e.args == ('m',)
  Ref e_type = make_class("E", {Value::from_object(exception_type)});
  Ref new_fn = getattr(e_type.get(), intern("__new__"));
  Value cls = e_type.get();
  Ref e = call(new_fn.get(), &cls, 1);
  ASSERT_TRUE(e);
  Ref init = getattr(Value::from_object(base_exception_type), intern("__init__"));
  Ref m = make_str("m");
  Value init_args[] = {e.get(), m.get()};
  EXPECT_TRUE(call(init.get(), init_args, 2));
  EXPECT_EQ(repr_of(getattr(e.get(), intern("args")).get()), "('m',)");
  EXPECT_EQ(repr_of(e.get()), "E('m')");
}

}  // namespace
}  // namespace gyre::vm::testing
