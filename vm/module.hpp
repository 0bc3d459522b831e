// module objects: a name and a namespace dict (the module's globals).
// Invariants: dict is never null and contains __name__ (and __doc__ = None).
#pragma once

#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct Dict;
extern Type* module_type;

struct Module : Object {
  Dict* dict;  // owned; the instance __dict__ (dict_offset points here)
};

Ref make_module(std::string_view name);
inline Module* as_module(Value v) { return static_cast<Module*>(v.as_object()); }

}  // namespace gyre::vm
