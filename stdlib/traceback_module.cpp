// The native half of the traceback module (stdlib/lib/traceback.py): CPython's rendering of
// exceptions, which the VM already does for uncaught ones, made callable from Python.
#include "stdlib/builtins.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/traceback.hpp"
#include "vm/type.hpp"
#include "vm/dict.hpp"

namespace gyre::stdlib {

using namespace vm;

namespace {

bool check_exception(Value v) {
  if (is_exception_instance(v)) return true;
  raise_format(type_error_type, "expected an exception instance, not {}", type_name_of(v));
  return false;
}

// format_exception(exc): the whole report, chained exceptions first, as one str.
Ref t_format_exception(Value, const Value* args, size_t, Tuple*) {
  if (!check_exception(args[0])) return Ref();
  return make_str(format_exception(args[0]));
}
// format_exception_only(exc): the `Type: message` part.
Ref t_format_exception_only(Value, const Value* args, size_t, Tuple*) {
  if (!check_exception(args[0])) return Ref();
  return make_str(format_exception_only(args[0]));
}
// format_tb(tb): the `Traceback (most recent call last):` block of a traceback object.
Ref t_format_tb(Value, const Value* args, size_t, Tuple*) { return make_str(format_traceback_entries(args[0])); }

const MethodDef kFunctions[] = {
    {"format_exception", t_format_exception, Arity::kOneArg},
    {"format_exception_only", t_format_exception_only, Arity::kOneArg},
    {"format_tb", t_format_tb, Arity::kOneArg},
    {},
};

}  // namespace

Ref make_traceback_native_module() {
  Ref m = make_module("_traceback");
  for (const MethodDef* def = kFunctions; def->name; ++def) {
    Ref fn = make_native_function(def, Value());
    dict_set_str(as_module(m.get())->dict, def->name, fn.get());
  }
  return m;
}

}  // namespace gyre::stdlib
