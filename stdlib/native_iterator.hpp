// Boilerplate shared by the native iterator types of the stdlib modules (itertools,
// _collections): an iterator struct lists its owned Value fields once, in
// `IteratorFields<T, &T::a, &T::b>`, which gives it the dealloc / traverse / clear slots and a
// constructor helper that sets every field to absent (allocate_object zero-fills, and a zero
// Value is the float 0.0, not absent).
#pragma once

#include "vm/gc.hpp"
#include "vm/object.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

template <class T, vm::Value T::*... Fields>
struct IteratorFields {
  // A new instance of `type` with every listed field absent (other fields zero).
  static T* allocate(vm::Type* type) {
    T* self = static_cast<T*>(vm::allocate_object(type, type->instance_size));
    ((self->*Fields = vm::Value()), ...);
    return self;
  }
  static void clear(vm::Object* o) {
    T* self = static_cast<T*>(o);
    // Detach each field before the decref: a destructor run by it may look at this object.
    auto drop = [](vm::Value& field) {
      vm::Value old = field;
      field = vm::Value();
      vm::decref(old);
    };
    (drop(self->*Fields), ...);
  }
  static void dealloc(vm::Object* o) {
    clear(o);
    vm::free_object(o);
  }
  static void traverse(vm::Object* o, vm::VisitFn visit, void* arg) {
    T* self = static_cast<T*>(o);
    auto each = [&](vm::Value field) {
      if (field.is_object()) visit(field, arg);
    };
    (each(self->*Fields), ...);
  }
  static void install(vm::Type* type) {
    type->dealloc = dealloc;
    type->traverse = traverse;
    type->clear = clear;
  }
};

// Replaces an owned field by a new owned value, dropping the old one afterwards.
inline void replace_field(vm::Value& field, vm::Ref value) {
  vm::Value old = field;
  field = value.release();
  vm::decref(old);
}

}  // namespace gyre::stdlib
