// Type objects: creation, readiness (mro, slot inheritance, method tables), lookup, subtyping,
// version tags.
#include "vm/type.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "vm/attributes.hpp"
#include "vm/builtin_init.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/gc.hpp"
#include "vm/native_function.hpp"
#include "vm/slot_wrappers.hpp"
#include "vm/heap_slots.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/descriptors.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::vm {

Type* type_type;
Type* object_type;

namespace {
uint64_t next_version = 1;

// Fills t's null slots from `from`, the next type of t's mro, where `from` defines them: a
// slot `from` merely inherited from its own base is taken later along the mro (CPython's
// SLOTDEFINED), so that in `class X(Mixin, int)` int's slots win over the ones Mixin got from
// object.
void inherit_slots(Type* t, Type* from) {
  Type* from_base = from->base;
#define DEFINES(slot) (from->slot != nullptr && (from_base == nullptr || from->slot != from_base->slot))
#define INHERIT(slot) \
  if (t->slot == nullptr && DEFINES(slot)) t->slot = from->slot
  INHERIT(dealloc);
  INHERIT(var_size);
  INHERIT(traverse);
  INHERIT(clear);
  INHERIT(repr);
  INHERIT(str);
  INHERIT(richcompare);
  INHERIT(getattro);
  INHERIT(setattro);
  INHERIT(call);
  INHERIT(new_);
  INHERIT(init);
  INHERIT(iter);
  INHERIT(iternext);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(length);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(bool_);
  INHERIT(neg);
  INHERIT(pos);
  INHERIT(abs);
  INHERIT(invert);
  INHERIT(index);
  INHERIT(int_);
  INHERIT(float_);
  // hash is inherited only together with richcompare (as CPython: a type that defines
  // comparison without hash is unhashable); builtin types set both or neither.
  if (t->hash == nullptr && DEFINES(hash) && t->richcompare == from->richcompare) t->hash = from->hash;
  for (int i = 0; i < kBinaryOpCount; ++i) {
    INHERIT(binary[i]);
    INHERIT(inplace[i]);
  }
#undef INHERIT
#undef DEFINES
  constexpr uint32_t kInheritedFlags = TypeFlag::kIntSubclass | TypeFlag::kStrSubclass |
                                       TypeFlag::kTupleSubclass | TypeFlag::kListSubclass |
                                       TypeFlag::kDictSubclass | TypeFlag::kTypeSubclass |
                                       TypeFlag::kExceptionSubclass | TypeFlag::kBytesSubclass |
                                       TypeFlag::kFloatSubclass | TypeFlag::kByteArraySubclass;
  t->flags |= from->flags & kInheritedFlags;
}

std::vector<Type*>& builtin_types() {
  static std::vector<Type*> types;
  return types;
}

void add_subclass(Type* base, Type* sub) {
  if (base->subclasses == nullptr) base->subclasses = new std::vector<Type*>();
  base->subclasses->push_back(sub);
}

void remove_subclass(Type* base, Type* sub) {
  if (base->subclasses == nullptr) return;
  auto& v = *base->subclasses;
  v.erase(std::remove(v.begin(), v.end(), sub), v.end());
}

}  // namespace

void register_builtin_type(Type* type) { builtin_types().push_back(type); }

Type* make_builtin_type(std::string_view name, Type* base, size_t instance_size, uint32_t flags) {
  Type* t = allocate<Type>(type_type, sizeof(Type));
  t->refcount = kImmortalRefcount;
  // A dotted name ("collections.deque") is CPython's tp_name: __name__ and __qualname__ are
  // the part after the last dot and type_ready sets __module__ to the part before it.
  if (str_type != nullptr) {
    t->name = intern(name);
    size_t dot = name.rfind('.');
    t->qualname = intern(dot == std::string_view::npos ? name : name.substr(dot + 1));
  }
  t->base = base != nullptr ? base : (object_type != t ? object_type : nullptr);
  t->instance_size = instance_size;
  t->flags = flags;
  register_builtin_type(t);
  return t;
}

bool ready_all_builtin_types() {
  for (Type* t : builtin_types())
    if (!type_ready(t)) return false;
  return true;
}

std::string_view type_name(Type* type) {
  return type->name != nullptr ? type->name->view() : std::string_view("?");
}

std::string_view type_short_name(Type* type) {
  std::string_view name = type_name(type);
  if (type->has_flag(TypeFlag::kHeapType)) return name;
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

bool type_ready(Type* t) {
  if (t->has_flag(TypeFlag::kReady)) return true;
  if (t->base != nullptr && !t->base->has_flag(TypeFlag::kReady) && !type_ready(t->base))
    return false;
  if (t->bases == nullptr) {
    Ref bases = t->base != nullptr ? make_tuple({value_of(t->base)}) : Ref::borrow(empty_tuple());
    t->bases = static_cast<Tuple*>(bases.release().as_object());
  }
  if (t->mro == nullptr) {
    Ref mro = compute_mro(t);
    if (!mro) return false;
    t->mro = static_cast<Tuple*>(mro.release().as_object());
  }
  if (t->dict == nullptr) t->dict = static_cast<Dict*>(make_dict().release().as_object());
  if (!t->has_flag(TypeFlag::kHeapType) && t->name != nullptr) {
    std::string_view name = t->name->view();
    size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dict_get_str(t->dict, "__module__").is_absent() &&
        dict_set_str(t->dict, "__module__", value_of(intern(name.substr(0, dot)))) < 0)
      return false;
  }
  // Method tables first (a MethodDef wins over the slot wrapper of the same name), then the
  // wrappers of the slots t defines itself, then inheritance of the others.
  if (!add_type_methods(t) || !add_slot_wrappers(t)) return false;
  // Inherit slots along the mro (skipping t itself).
  for (size_t i = 1; i < t->mro->size; ++i) inherit_slots(t, static_cast<Type*>(t->mro->items[i].as_object()));
  if (t->has_flag(TypeFlag::kGc) || (t->base && t->base->has_flag(TypeFlag::kGc)))
    t->flags |= TypeFlag::kGc;
  for (size_t i = 0; i < t->bases->size; ++i)
    add_subclass(static_cast<Type*>(t->bases->items[i].as_object()), t);
  t->version = next_version++;
  t->flags |= TypeFlag::kReady;
  return true;
}

namespace {

// C3 merge. `lists` are sequences of types; returns false when no good head exists.
bool c3_merge(std::vector<std::vector<Type*>>& lists, std::vector<Type*>& out) {
  std::vector<size_t> pos(lists.size(), 0);
  while (true) {
    bool any_left = false;
    Type* chosen = nullptr;
    for (size_t i = 0; i < lists.size() && chosen == nullptr; ++i) {
      if (pos[i] >= lists[i].size()) continue;
      any_left = true;
      Type* candidate = lists[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < lists.size() && !in_tail; ++j)
        for (size_t k = pos[j] + 1; k < lists[j].size(); ++k)
          if (lists[j][k] == candidate) {
            in_tail = true;
            break;
          }
      if (!in_tail) chosen = candidate;
    }
    if (!any_left) return true;
    if (chosen == nullptr) return false;
    out.push_back(chosen);
    for (size_t i = 0; i < lists.size(); ++i)
      if (pos[i] < lists[i].size() && lists[i][pos[i]] == chosen) ++pos[i];
  }
}

}  // namespace

Ref compute_mro(Type* type) {
  std::vector<Type*> bases;
  for (size_t i = 0; i < tuple_size(type->bases); ++i)
    bases.push_back(static_cast<Type*>(type->bases->items[i].as_object()));
  for (size_t i = 0; i < bases.size(); ++i)
    for (size_t j = i + 1; j < bases.size(); ++j)
      if (bases[i] == bases[j])
        return raise_format(type_error_type, "duplicate base class {}", type_name(bases[i]));
  std::vector<std::vector<Type*>> lists;
  for (Type* b : bases) {
    std::vector<Type*> l;
    for (size_t k = 0; k < b->mro->size; ++k) l.push_back(static_cast<Type*>(b->mro->items[k].as_object()));
    lists.push_back(std::move(l));
  }
  lists.push_back(bases);
  std::vector<Type*> out{type};
  if (!c3_merge(lists, out)) {
    // CPython lists the heads of the lists that could not be merged, each once, in order.
    std::vector<size_t> pos(lists.size(), 0);
    std::vector<Type*> merged(out.begin() + 1, out.end());
    std::vector<Type*> heads;
    for (auto& l : lists) {
      for (Type* t : l) {
        if (std::find(merged.begin(), merged.end(), t) != merged.end()) continue;
        if (std::find(heads.begin(), heads.end(), t) == heads.end()) heads.push_back(t);
        break;
      }
    }
    std::string names;
    for (Type* t : heads) {
      if (!names.empty()) names += ", ";
      names += type_name(t);
    }
    return raise_format(type_error_type,
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names);
  }
  Ref tuple = make_tuple_uninitialized(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    incref(out[i]);
    tuple_init_item(tuple.as<Tuple>(), i, value_of(out[i]));
  }
  return tuple;
}

namespace {
// The attribute cache (as CPython's method cache): what type_lookup found for (type version,
// name). Versions are unique and change whenever a type or one of its bases changes
// (type_modified), so a matching version proves the entry; values are borrowed from the
// type dicts that the version vouches for.
struct TypeCacheEntry {
  uint64_t version = 0;
  Str* name = nullptr;
  Value value;
};
constexpr size_t kTypeCacheSize = 4096;
TypeCacheEntry g_type_cache[kTypeCacheSize];

Value type_lookup_uncached(Type* type, Str* name) {
  Tuple* mro = type->mro;
  if (mro == nullptr) return dict_get_str(type->dict, name);
  for (size_t i = 0; i < mro->size; ++i) {
    Type* t = static_cast<Type*>(mro->items[i].as_object());
    Value v = dict_get_str(t->dict, name);
    if (!v.is_absent()) return v;
  }
  return Value();
}
}  // namespace

Value type_lookup(Type* type, Str* name) {
  uint64_t version = type->version;
  // Only interned names (immortal) are cached: a freed name's address could come back.
  if (version == 0 || type->mro == nullptr || !name->interned) return type_lookup_uncached(type, name);
  size_t slot = (version * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (kTypeCacheSize - 1);
  TypeCacheEntry& e = g_type_cache[slot];
  if (e.version == version && e.name == name) return e.value;
  Value v = type_lookup_uncached(type, name);
  if (error_pending()) return v;  // a lookup that failed (a str subclass key's __eq__) is not cached
  e = {version, name, v};
  return v;
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  Tuple* mro = a->mro;
  if (mro == nullptr) {
    for (Type* t = a; t != nullptr; t = t->base)
      if (t == b) return true;
    return false;
  }
  for (size_t i = 0; i < mro->size; ++i)
    if (mro->items[i].as_object() == b) return true;
  return false;
}

bool is_instance(Value v, Type* t) { return is_subtype(type_of(v), t); }

void type_modified(Type* type) {
  type->version = next_version++;
  if (type->subclasses != nullptr)
    for (Type* sub : *type->subclasses) type_modified(sub);
}

int type_setattr(Value self, Str* name, Value value) {
  Type* type = static_cast<Type*>(self.as_object());
  if (!type->has_flag(TypeFlag::kHeapType)) {
    raise_format(type_error_type,
                 "cannot set '{}' attribute of immutable type '{}'", name->view(),
                 type_name(type));
    return -1;
  }
  // A data descriptor on the metatype (e.g. __name__) takes precedence.
  Value meta_attr = type_lookup(type_of(self), name);
  if (!meta_attr.is_absent() && type_of(meta_attr)->descr_set != nullptr)
    return type_of(meta_attr)->descr_set(meta_attr, self, value);
  int result;
  if (value.is_absent()) {
    result = dict_del(type->dict, Value::from_object(name));
    if (result == 0) {
      raise_format(attribute_error_type, "type object '{}' has no attribute '{}'",
                   type_name(type), name->view());
      result = -1;
    } else if (result == 1) {
      result = 0;
    }
  } else {
    result = dict_set(type->dict, Value::from_object(name), value);
  }
  type_modified(type);
  return result;
}

// ---- heap types

namespace {

// The builtin type whose layout a heap type's instances extend.
Type* solid_base(Type* t) {
  while (t->has_flag(TypeFlag::kHeapType)) t = t->base;
  return t;
}

// The __dict__ word a heap type added to its solid base's layout (null when the base has its
// own, which the base's dealloc/traverse/clear handle). Such a class is kCompactAttrs.
Dict** added_dict_slot(Object* o) {
  if (!o->type->has_flag(TypeFlag::kCompactAttrs)) return nullptr;
  return instance_dict_slot(value_of(o));
}

void drop_added_dict(Object* o) {
  if (Dict** slot = added_dict_slot(o)) instance_attrs_drop(slot);
}

void heap_instance_dealloc(Object* o) {
  // __del__ runs once (PEP 442), with the object alive again while it runs; it may keep it.
  if (o->type->finalize != nullptr && !(o->gc_flags & GcFlag::kFinalized)) {
    o->gc_flags |= GcFlag::kFinalized;
    o->refcount = 1;
    o->type->finalize(o);
    if (--o->refcount != 0) return;  // resurrected
  }
  drop_added_dict(o);  // before the base dealloc: a str/tuple/bytes finds it from its size
  solid_base(o->type)->dealloc(o);
}

void heap_instance_traverse(Object* o, VisitFn visit, void* arg) {
  visit(value_of(o->type), arg);  // an instance owns a reference to its heap type (as CPython)
  if (Dict** slot = added_dict_slot(o)) instance_attrs_traverse(slot, visit, arg);
  Type* solid = solid_base(o->type);
  if (solid->traverse != nullptr) solid->traverse(o, visit, arg);
}

void heap_instance_clear(Object* o) {
  drop_added_dict(o);
  Type* solid = solid_base(o->type);
  if (solid->clear != nullptr) solid->clear(o);
}

// The ancestor that decides the layout, as CPython's solid_base: builtin types that add no
// fields to their base (ValueError over Exception) do not count.
Type* layout_base(Type* t) {
  t = solid_base(t);
  while (t->base != nullptr && t->instance_size == t->base->instance_size &&
         t->dict_offset == t->base->dict_offset && t->var_size == t->base->var_size)
    t = t->base;
  return t;
}

// CPython's best_base: the base whose layout base is the most derived; every other base's
// layout base must be one of its ancestors.
Type* best_base(Tuple* bases) {
  Type* best = static_cast<Type*>(bases->items[0].as_object());
  for (size_t i = 1; i < bases->size; ++i) {
    Type* bt = static_cast<Type*>(bases->items[i].as_object());
    Type* best_solid = layout_base(best);
    Type* solid = layout_base(bt);
    if (is_subtype(best_solid, solid)) continue;
    if (!is_subtype(solid, best_solid)) return nullptr;
    best = bt;
  }
  return best;
}

}  // namespace

Ref make_heap_type(Type* metatype, Str* name, Tuple* bases_in, Dict* dict) {
  Ref bases = bases_in != nullptr && bases_in->size > 0 ? Ref::borrow(bases_in)
                                                        : make_tuple({value_of(object_type)});
  Tuple* b = bases.as<Tuple>();
  for (size_t i = 0; i < b->size; ++i) {
    Value base = b->items[i];
    if (!is_instance(base, type_type))
      return raise(type_error_type, "bases must be types");
    Type* bt = static_cast<Type*>(base.as_object());
    if (!bt->has_flag(TypeFlag::kBaseType))
      return raise_format(type_error_type, "type '{}' is not an acceptable base type",
                          type_name(bt));
  }
  Type* base = best_base(b);
  if (base == nullptr) return raise(type_error_type, "multiple bases have instance lay-out conflict");
  // A metaclass's instances may be larger than Type (a heap metaclass adds a dict slot).
  Type* t = allocate<Type>(metatype, std::max(sizeof(Type), metatype->instance_size));
  Ref owner = Ref::steal(t);
  incref(name);
  t->name = name;
  incref(name);
  t->qualname = name;
  incref(base);
  t->base = base;
  t->bases = static_cast<Tuple*>(bases.release().as_object());
  t->flags = TypeFlag::kHeapType | TypeFlag::kBaseType | TypeFlag::kGc | TypeFlag::kHasDict;
  t->instance_size = base->instance_size;
  if (base->dict_offset != 0) {
    t->dict_offset = base->dict_offset;
  } else if (base->var_size != nullptr) {
    t->dict_offset = kDictAfterItems;  // the base's constructor allocates the extra word
  } else {
    t->dict_offset = t->instance_size;
    t->instance_size += sizeof(Dict*);
  }
  // The class added the __dict__ word (its solid base has none): the instances' attributes
  // are its own business, so they share its key table (vm/instance_attrs.hpp).
  if (solid_base(t)->dict_offset != t->dict_offset) t->flags |= TypeFlag::kCompactAttrs;
  t->dict = static_cast<Dict*>(dict_copy(dict).release().as_object());
  if (t->dict == nullptr) return Ref();
  if (!prepare_class_namespace(t)) return Ref();
  t->dealloc = heap_instance_dealloc;
  t->traverse = heap_instance_traverse;
  t->clear = heap_instance_clear;
  Ref mro = compute_mro(t);
  if (!mro) return Ref();
  t->mro = static_cast<Tuple*>(mro.release().as_object());
  for (size_t i = 1; i < t->mro->size; ++i)
    inherit_slots(t, static_cast<Type*>(t->mro->items[i].as_object()));
  for (size_t i = 0; i < t->bases->size; ++i)
    add_subclass(static_cast<Type*>(t->bases->items[i].as_object()), t);
  t->version = next_version++;
  t->flags |= TypeFlag::kReady;
  install_heap_slots(t);
  return owner;
}

void heap_type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  gc_untrack(o);
  if (t->bases != nullptr)
    for (size_t i = 0; i < t->bases->size; ++i)
      if (t->bases->items[i].is_object())
        remove_subclass(static_cast<Type*>(t->bases->items[i].as_object()), t);
  if (t->name) decref(t->name);
  if (t->qualname) decref(t->qualname);
  if (t->base) decref(t->base);
  if (t->bases) decref(t->bases);
  if (t->mro) decref(t->mro);
  if (t->dict) decref(t->dict);
  table_free(t->instance_keys);
  delete t->subclasses;
  free_object(o);
}

void heap_type_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(value_of(t->dict), arg);
  if (t->mro) visit(value_of(t->mro), arg);
  if (t->bases) visit(value_of(t->bases), arg);
  if (t->base) visit(value_of(t->base), arg);
}

void heap_type_clear(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) dict_clear(t->dict);
  if (t->mro) {
    Tuple* mro = t->mro;
    t->mro = nullptr;
    decref(mro);
  }
}

}  // namespace gyre::vm
