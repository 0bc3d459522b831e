// Builtin exceptions: hierarchy, str/repr as CPython, special attributes, raising.
#include "kernel_test_util.hpp"
#include "vm/attributes.hpp"
#include "vm/exceptions.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm::testing {
namespace {

using Exceptions = KernelTest;

Ref make(Type* type, std::initializer_list<Value> args) {
  return make_exception(type, std::span<const Value>(args.begin(), args.size()));
}

TEST_F(Exceptions, StrAndRepr) {
  Ref x = make_str("x");
  // python3: repr(ValueError()), repr(ValueError('x')), repr(ValueError(1, 2)), str(...)
  EXPECT_EQ(repr_of(make(value_error_type, {}).get()), "ValueError()");
  EXPECT_EQ(repr_of(make(value_error_type, {x.get()}).get()), "ValueError('x')");
  EXPECT_EQ(repr_of(make(value_error_type, {small(1), small(2)}).get()), "ValueError(1, 2)");
  EXPECT_EQ(str_of(make(value_error_type, {}).get()), "");
  EXPECT_EQ(str_of(make(value_error_type, {x.get()}).get()), "x");
  EXPECT_EQ(str_of(make(value_error_type, {small(1), small(2)}).get()), "(1, 2)");
  Ref k = make_str("k");
  EXPECT_EQ(str_of(make(key_error_type, {k.get()}).get()), "'k'");  // str(KeyError('k'))
  EXPECT_EQ(str_of(make(key_error_type, {}).get()), "");
  EXPECT_EQ(str_of(make(key_error_type, {small(1), small(2)}).get()), "(1, 2)");
}

TEST_F(Exceptions, Hierarchy) {
  EXPECT_TRUE(is_subtype(key_error_type, lookup_error_type));
  EXPECT_TRUE(is_subtype(file_not_found_error_type, os_error_type));
  EXPECT_TRUE(is_subtype(tab_error_type, syntax_error_type));
  EXPECT_TRUE(is_subtype(unicode_decode_error_type, value_error_type));
  EXPECT_TRUE(is_subtype(recursion_error_type, runtime_error_type));
  EXPECT_FALSE(is_subtype(system_exit_type, exception_type));
  EXPECT_TRUE(is_subtype(deprecation_warning_type, warning_type));
  bool found = false;
  for (const NamedType& n : builtin_exceptions())
    if (std::string_view(n.name) == "ZeroDivisionError") found = *n.type == zero_division_error_type;
  EXPECT_TRUE(found);
  EXPECT_GE(builtin_exceptions().size(), 60u);
}

TEST_F(Exceptions, SpecialAttributes) {
  Ref stop = make(stop_iteration_type, {small(5)});
  EXPECT_EQ(getattr(stop.get(), intern("value")).get().as_small_int(), 5);  // StopIteration(5).value
  Ref exit = make(system_exit_type, {small(1), small(2)});
  EXPECT_EQ(repr_of(getattr(exit.get(), intern("code")).get()), "(1, 2)");
  Ref bad = make_str("bad");
  Ref info = make_tuple({make_str("f/x.py").get(), small(3), small(4), make_str("txt").get()});
  Ref syntax = make(syntax_error_type, {bad.get(), info.get()});
  // python3: str(SyntaxError('bad', ('f/x.py', 3, 4, 'txt'))) == 'bad (x.py, line 3)'
  EXPECT_EQ(str_of(syntax.get()), "bad (x.py, line 3)");
  EXPECT_EQ(repr_of(syntax.get()), "SyntaxError('bad', ('f/x.py', 3, 4, 'txt'))");
  EXPECT_EQ(getattr(syntax.get(), intern("lineno")).get().as_small_int(), 3);
  Ref os = make(os_error_type, {small(2), make_str("No such file").get(), make_str("a.txt").get()});
  EXPECT_EQ(str_of(os.get()), "[Errno 2] No such file: 'a.txt'");
  Ref args = getattr(make(value_error_type, {small(7)}).get(), intern("args"));
  EXPECT_EQ(repr_of(args.get()), "(7,)");
  Ref none_cause = getattr(stop.get(), intern("__cause__"));
  EXPECT_TRUE(none_cause.get().is_none());
}

TEST_F(Exceptions, RaisingAndFetching) {
  EXPECT_FALSE(error_pending());
  Ref r = raise_format(index_error_type, "index {} out of range", 3);
  EXPECT_FALSE(r);
  EXPECT_TRUE(error_pending());
  EXPECT_TRUE(error_matches(lookup_error_type));
  EXPECT_FALSE(error_matches(key_error_type));
  Ref e = fetch_error();
  EXPECT_FALSE(error_pending());
  EXPECT_EQ(repr_of(e.get()), "IndexError('index 3 out of range')");
  raise_value(Value::from_object(value_error_type));  // raise ValueError
  EXPECT_EQ(take_error(), "ValueError: ");
  raise_value(small(1));
  EXPECT_EQ(take_error(), "TypeError: exceptions must derive from BaseException");
  raise_value(e.get());
  Ref again = fetch_error();
  EXPECT_EQ(again.object(), e.object());
  raise(value_error_type, "x");
  clear_error();
  EXPECT_FALSE(error_pending());
}

}  // namespace
}  // namespace gyre::vm::testing
