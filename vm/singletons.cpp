// None's type, NotImplemented and Ellipsis.
#include "vm/singletons.hpp"

#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* none_type;
Type* not_implemented_type;
Type* ellipsis_type;

namespace {

Object* the_not_implemented;
Object* the_ellipsis;

Ref none_repr(Value) { return make_str("None"); }
int none_bool(Value) { return 0; }
int64_t none_hash(Value) { return 0xFCA86420; }  // any constant: None is a singleton
Ref none_new(Type*, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(type_error_type, "NoneType takes no arguments");
  return new_none();
}

Ref not_implemented_repr(Value) { return make_str("NotImplemented"); }
Ref ellipsis_repr(Value) { return make_str("Ellipsis"); }
Ref not_implemented_new(Type*, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(type_error_type, "NotImplementedType takes no arguments");
  return new_not_implemented();
}
Ref ellipsis_new(Type*, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(type_error_type, "ellipsis takes no arguments");
  return Ref::borrow(ellipsis());
}

}  // namespace

Value not_implemented() { return Value::from_object(the_not_implemented); }
Value ellipsis() { return Value::from_object(the_ellipsis); }

void init_singleton_types() {
  none_type = make_builtin_type("NoneType", nullptr, 0, 0);
  none_type->repr = none_repr;
  none_type->bool_ = none_bool;
  none_type->hash = none_hash;
  none_type->new_ = none_new;

  not_implemented_type = make_builtin_type("NotImplementedType", nullptr, sizeof(Object), 0);
  not_implemented_type->repr = not_implemented_repr;
  not_implemented_type->new_ = not_implemented_new;
  the_not_implemented = allocate_object(not_implemented_type, sizeof(Object));
  the_not_implemented->refcount = kImmortalRefcount;

  ellipsis_type = make_builtin_type("ellipsis", nullptr, sizeof(Object), 0);
  ellipsis_type->repr = ellipsis_repr;
  ellipsis_type->new_ = ellipsis_new;
  the_ellipsis = allocate_object(ellipsis_type, sizeof(Object));
  the_ellipsis->refcount = kImmortalRefcount;
}

}  // namespace gyre::vm
