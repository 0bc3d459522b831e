// The pending exception: raising, fetching, matching.
#include "vm/errors.hpp"

#include "vm/exceptions.hpp"
#include "vm/runtime.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {
void set_pending(Value exception_owned) {
  Value old = thread().exception;
  thread().exception = exception_owned;
  decref(old);
}
}  // namespace

Ref raise(Type* type, std::string_view message) {
  Ref text = make_str(message);
  Value arg = text.get();
  Ref exc = make_exception(type, {&arg, 1});
  if (exc) set_pending(exc.release());
  return Ref();
}

Ref raise_empty(Type* type) {
  Ref exc = make_exception(type, {});
  if (exc) set_pending(exc.release());
  return Ref();
}

Ref raise_value(Value exception) {
  if (is_exception_instance(exception)) {
    incref(exception);
    set_pending(exception);
    return Ref();
  }
  if (is_exception_type(exception)) {
    Ref exc = make_exception(static_cast<Type*>(exception.as_object()), {});
    if (exc) {
      if (!is_exception_instance(exc.get())) {
        return raise_format(type_error_type,
                            "calling {} should have returned an instance of BaseException, not {}",
                            str_repr_text(type_name(static_cast<Type*>(exception.as_object()))),
                            type_name(type_of(exc.get())));
      }
      set_pending(exc.release());
    }
    return Ref();
  }
  return raise(type_error_type, "exceptions must derive from BaseException");
}

Ref raise_key_error(Value key) {
  Ref exc = make_exception(key_error_type, {&key, 1});
  if (exc) set_pending(exc.release());
  return Ref();
}

Ref raise_no_memory() { return raise_empty(memory_error_type); }


Ref fetch_error() {
  Value v = thread().exception;
  thread().exception = Value();
  return Ref::steal(v);
}

void clear_error() { set_pending(Value()); }

bool error_matches(Type* type) {
  Value v = thread().exception;
  return !v.is_absent() && is_subtype(type_of(v), type);
}

Value pending_error() { return thread().exception; }

std::string type_name_of(Value v) { return std::string(type_name(type_of(v))); }

}  // namespace gyre::vm
