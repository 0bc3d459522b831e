// getattr/setattr/delattr and the generic (object) and type attribute lookups.
#include "vm/attributes.hpp"

#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Dict** instance_dict_slot_var(Value obj) {
  // The word after the variable part (var_instance_size allocated it).
  Object* o = obj.as_object();
  ptrdiff_t offset = static_cast<ptrdiff_t>((o->type->var_size(o) + 7) / 8 * 8);
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
}

namespace {

// Whether `name` is "__dict__" (interned names are compared by address).
bool is_dict_name(Str* name) {
  static Str* const dict_name = intern("__dict__");
  return name == dict_name || (!name->interned && name->view() == "__dict__");
}

}  // namespace

Ref raise_no_attribute(Value obj, Str* name) {
  return raise_format(attribute_error_type, "'{}' object has no attribute '{}'",
                      type_name_of(obj), name->view());
}

Ref getattr(Value obj, Str* name) {
  GetattroSlot slot = type_of(obj)->getattro;
  if (slot == nullptr) return raise_no_attribute(obj, name);
  return slot(obj, name);
}

Ref getattr(Value obj, std::string_view name) { return getattr(obj, intern(name)); }

Ref getattr_optional(Value obj, Str* name) {
  Ref r = getattr(obj, name);
  if (!r && error_matches(attribute_error_type)) clear_error();
  return r;
}

bool hasattr(Value obj, Str* name) {
  Ref r = getattr(obj, name);
  if (!r) clear_error();
  return static_cast<bool>(r);
}

int setattr(Value obj, Str* name, Value value) {
  SetattroSlot slot = type_of(obj)->setattro;
  if (slot == nullptr) {
    bool has_getattr = type_of(obj)->getattro != nullptr;
    raise_format(type_error_type, "'{}' object has {} attributes ({} {})", type_name_of(obj),
                 has_getattr ? "only read-only" : "no", value.is_absent() ? "del" : "assign to",
                 "." + std::string(name->view()));
    return -1;
  }
  return slot(obj, name, value);
}

int delattr(Value obj, Str* name) { return setattr(obj, name, Value()); }

Ref generic_getattr(Value obj, Str* name) {
  Type* type = type_of(obj);
  Value descr = type_lookup(type, name);
  Ref hold_descr = Ref::borrow(descr);
  DescrGetSlot get = nullptr;
  if (!descr.is_absent()) {
    get = type_of(descr)->descr_get;
    // 1. data descriptors
    if (get != nullptr && type_of(descr)->descr_set != nullptr) return get(descr, obj, type);
  }
  // 2. the instance's own attributes (vm/instance_attrs.hpp)
  if (Dict** slot = instance_dict_slot(obj)) {
    if (is_dict_name(name)) return Ref::borrow(value_of(instance_dict(obj.as_object(), slot)));
    Value v = instance_attr_get(obj.as_object(), slot, name);
    if (!v.is_absent()) return Ref::borrow(v);
  }
  // 3. non-data descriptors, then plain class attributes
  if (get != nullptr) return get(descr, obj, type);
  if (!descr.is_absent()) return hold_descr;
  return raise_no_attribute(obj, name);
}

int generic_setattr(Value obj, Str* name, Value value) {
  Type* type = type_of(obj);
  Value descr = type_lookup(type, name);
  Ref hold_descr = Ref::borrow(descr);
  if (!descr.is_absent() && type_of(descr)->descr_set != nullptr)
    return type_of(descr)->descr_set(descr, obj, value);
  Dict** slot = instance_dict_slot(obj);
  if (slot == nullptr) {
    if (descr.is_absent())
      raise_format(attribute_error_type, "'{}' object has no attribute '{}'", type_name(type),
                   name->view());
    else
      raise_format(attribute_error_type, "'{}' object attribute '{}' is read-only",
                   type_name(type), name->view());
    return -1;
  }
  // o.__dict__ = d and del o.__dict__ replace a class's instances' attributes (CPython's
  // subtype_setdict); other objects with a __dict__ word keep the name as an attribute.
  if (is_dict_name(name) && type->has_flag(TypeFlag::kCompactAttrs))
    return instance_dict_assign(slot, value);
  if (value.is_absent()) {
    int r = instance_attr_delete(obj.as_object(), slot, name);
    if (r == 0) {
      raise_no_attribute(obj, name);
      return -1;
    }
    return r < 0 ? -1 : 0;
  }
  return instance_attr_set(obj.as_object(), slot, name, value);
}

Ref type_getattr(Value self, Str* name) {
  Type* type = static_cast<Type*>(self.as_object());
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  Ref hold_meta = Ref::borrow(meta_attr);
  DescrGetSlot meta_get = nullptr;
  if (!meta_attr.is_absent()) {
    meta_get = type_of(meta_attr)->descr_get;
    if (meta_get != nullptr && type_of(meta_attr)->descr_set != nullptr)
      return meta_get(meta_attr, self, meta);
  }
  Value attr = type_lookup(type, name);
  if (!attr.is_absent()) {
    Ref hold = Ref::borrow(attr);
    DescrGetSlot get = type_of(attr)->descr_get;
    if (get != nullptr) return get(attr, Value(), type);
    return hold;
  }
  if (meta_get != nullptr) return meta_get(meta_attr, self, meta);
  if (!meta_attr.is_absent()) return hold_meta;
  return raise_format(attribute_error_type, "type object '{}' has no attribute '{}'",
                      type_name(type), name->view());
}

}  // namespace gyre::vm
