// repr, str, hash, truth, calls and method calls (vm/abstract.hpp).
#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/runtime.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Ref repr(Value v) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok()) return Ref();
  ReprSlot slot = type_of(v)->repr;
  if (slot == nullptr)
    return make_str(fmt::format("<{} object>", type_name_of(v)));
  Ref r = slot(v);
  if (r && !is_str(r.get()))
    return raise_format(type_error_type, "__repr__ returned non-string (type {})",
                        type_name_of(r.get()));
  return r;
}

Ref str(Value v) {
  if (is_str_exact(v)) return Ref::borrow(v);
  RecursionGuard guard(" while getting the str of an object");
  if (!guard.ok()) return Ref();
  ReprSlot slot = type_of(v)->str;
  if (slot == nullptr) return repr(v);
  Ref r = slot(v);
  if (r && !is_str(r.get()))
    return raise_format(type_error_type, "__str__ returned non-string (type {})",
                        type_name_of(r.get()));
  return r;
}

int64_t hash(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return i == -1 ? -2 : i;
  }
  if (is_str_exact(v)) return str_hash(as_str(v));
  HashSlot slot = type_of(v)->hash;
  if (slot == nullptr) {
    raise_format(type_error_type, "unhashable type: '{}'", type_name_of(v));
    return -1;
  }
  return slot(v);
}

int is_true(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Type* t = type_of(v);
  if (t->bool_ != nullptr) return t->bool_(v);
  if (t->length != nullptr) {
    int64_t n = t->length(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Ref call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  CallSlot slot = type_of(callable)->call;
  if (slot == nullptr)
    return raise_format(type_error_type, "'{}' object is not callable", type_name_of(callable));
  RecursionGuard guard(" while calling a Python object");
  if (!guard.ok()) return Ref();
  return slot(callable, args, nargs, kwnames);
}

Ref call1(Value callable, Value arg) { return call(callable, &arg, 1); }

Ref call_method(Value obj, Str* name, const Value* args, size_t nargs) {
  Ref method = getattr(obj, name);
  if (!method) return method;
  return call(method.get(), args, nargs);
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

}  // namespace gyre::vm
