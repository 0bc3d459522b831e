// The descriptor types classes are built with: property, staticmethod, classmethod, super;
// and the namespace adjustments type() makes to a new class (CPython's type_new_*).
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;

extern Type* property_type;
extern Type* staticmethod_type;
extern Type* classmethod_type;
extern Type* super_type;

Ref make_staticmethod(Value callable);
Ref make_classmethod(Value callable);

// In a new class's dict: __qualname__ taken out into the type, __new__ made a staticmethod,
// __init_subclass__ and __class_getitem__ made classmethods, __hash__ = None when __eq__ is
// defined without __hash__, the __classcell__ filled. False with an exception pending.
bool prepare_class_namespace(Type* type);

// After a class is made: __set_name__ on its attributes, then the base's __init_subclass__
// with the class keywords (`kwargs`: a dict or absent).
bool finish_new_class(Type* type, Value kwargs);

void init_descriptor_types();

}  // namespace gyre::vm
