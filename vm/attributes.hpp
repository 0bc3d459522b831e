// The generic attribute protocol: getattr/setattr/delattr through the type's getattro and
// setattro slots, and the default implementations object uses (generic_getattr,
// generic_setattr), with CPython's lookup order:
//   1. a data descriptor found on the type (has descr_set) wins;
//   2. then the instance __dict__;
//   3. then a non-data descriptor on the type (descr_get called), or a plain class attribute.
// AttributeError messages are CPython's: "'int' object has no attribute 'x'",
// "type object 'C' has no attribute 'x'", "'int' object attribute 'x' is read-only".
#pragma once

#include <string_view>

#include "vm/object.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

struct Str;
struct Dict;

Ref getattr(Value obj, Str* name);
// getattr that does not raise AttributeError: returns absent with NO exception when missing
// (other exceptions stay pending: check error_pending()).
Ref getattr_optional(Value obj, Str* name);
int setattr(Value obj, Str* name, Value value);  // 0 or -1
int delattr(Value obj, Str* name);               // 0 or -1
bool hasattr(Value obj, Str* name);              // swallows errors (hasattr semantics)
// Convenience: interns `name`.
Ref getattr(Value obj, std::string_view name);

Ref generic_getattr(Value obj, Str* name);
int generic_setattr(Value obj, Str* name, Value value);  // value absent = delete
// type.__getattribute__: metatype data descriptors, the type's mro (descriptors called with
// obj absent), then metatype attributes.
Ref type_getattr(Value type, Str* name);

// The address of obj's __dict__ word (null if its type has no dict_offset). For a
// kCompactAttrs class the word may hold a tagged values block rather than a Dict*: read and
// write it through vm/instance_attrs.hpp (instance_dict() gives the Dict).
Dict** instance_dict_slot_var(Value obj);  // the kDictAfterItems case
inline Dict** instance_dict_slot(Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  ptrdiff_t offset = o->type->dict_offset;
  if (offset > 0) return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
  return offset == 0 ? nullptr : instance_dict_slot_var(obj);
}

// Raises AttributeError "'T' object has no attribute 'name'"; returns absent.
Ref raise_no_attribute(Value obj, Str* name);

}  // namespace gyre::vm
