// Type objects: `type` and every class, builtin or user-defined.
//
// Invariants:
// - type_of(v) is never null: immediates map to float/int/bool/NoneType; heap objects carry
//   their type in the header. type(type) is type; object is the root of every mro.
// - mro is a tuple of types starting with the type itself, computed by C3 (compute_mro) when
//   the type is made; bases is a non-empty tuple (except for object), base is the "solid"
//   base that decides the instance layout.
// - dict holds the Python-visible attributes, including method descriptors generated from the
//   type's MethodDef/GetSetDef tables (vm/native_function.hpp) at type_ready.
// - version changes whenever the type's dict or bases change, and for every subclass as well
//   (type_modified); caches may key on it. 0 means "no valid version".
// - Slots are plain function pointers, null when the type does not support the operation;
//   type_ready inherits null slots from the base (the mro for heap types).
// - Builtin types are immortal and live as long as the program; heap types are refcounted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "vm/hash_table.hpp"
#include "vm/object.hpp"
#include "vm/slots.hpp"

namespace gyre::vm {

struct Str;
struct Tuple;
struct Dict;
struct MethodDef;
struct GetSetDef;

namespace TypeFlag {
inline constexpr uint32_t kHeapType = 1u << 0;      // created by a class statement / type()
inline constexpr uint32_t kBaseType = 1u << 1;      // may be subclassed
inline constexpr uint32_t kHasDict = 1u << 2;       // instances have a __dict__ (dict_offset)
inline constexpr uint32_t kGc = 1u << 3;            // instances are tracked by the cycle collector
inline constexpr uint32_t kReady = 1u << 4;         // type_ready has run
inline constexpr uint32_t kImmutable = 1u << 5;     // attributes cannot be set (builtin types)
// __abstractmethods__ was set to a non-empty collection (CPython's Py_TPFLAGS_IS_ABSTRACT):
// object.__new__ refuses to instantiate the type.
inline constexpr uint32_t kIsAbstract = 1u << 6;
// The class added the __dict__ word to its solid base's layout (every class whose bases are
// plain classes, int, str, list, ...): its instances keep their attributes in the key-sharing
// form of vm/instance_attrs.hpp, so that word may hold a tagged values block.
inline constexpr uint32_t kCompactAttrs = 1u << 7;
// Fast subclass checks for the builtin kinds (set on the type and inherited by subclasses).
inline constexpr uint32_t kIntSubclass = 1u << 8;
inline constexpr uint32_t kStrSubclass = 1u << 9;
inline constexpr uint32_t kTupleSubclass = 1u << 10;
inline constexpr uint32_t kListSubclass = 1u << 11;
inline constexpr uint32_t kDictSubclass = 1u << 12;
inline constexpr uint32_t kTypeSubclass = 1u << 13;
inline constexpr uint32_t kExceptionSubclass = 1u << 14;  // BaseException and subclasses
inline constexpr uint32_t kBytesSubclass = 1u << 15;
inline constexpr uint32_t kFloatSubclass = 1u << 16;
inline constexpr uint32_t kByteArraySubclass = 1u << 17;
}  // namespace TypeFlag

struct Type : Object {
  Str* name = nullptr;      // __name__ (owned)
  Str* qualname = nullptr;  // __qualname__ (owned)
  Type* base = nullptr;     // __base__ (owned); null only for object
  Tuple* bases = nullptr;   // __bases__ (owned)
  Tuple* mro = nullptr;     // __mro__ (owned)
  Dict* dict = nullptr;     // __dict__ (owned); __module__ lives here
  uint32_t flags = 0;       // TypeFlag bits
  uint64_t version = 0;     // see type_modified
  size_t instance_size = 0; // bytes of an instance (without the GcLink); the fixed part only
                            // for variable-size types (var_size set)
  // Where an instance keeps its __dict__: > 0 is the offset of a Dict* field, 0 = no __dict__,
  // kDictAfterItems = in the word after the variable part of a variable-size base (subclasses
  // of str, tuple, bytes; see instance_dict_slot).
  ptrdiff_t dict_offset = 0;
  std::vector<Type*>* subclasses = nullptr;  // weak references, for type_modified
  // kCompactAttrs classes: the attribute names of the instances, in the order they were first
  // stored, each name's entry index being its slot in every instance's values block
  // (vm/instance_attrs.hpp). Append-only: an index never changes while the type lives.
  HashTable instance_keys = {};

  // Method tables declared by a builtin type (null-terminated by a null name); type_ready
  // turns them into descriptors in dict.
  const MethodDef* methods = nullptr;
  const GetSetDef* getsets = nullptr;

  DeallocSlot dealloc = nullptr;
  VarSizeSlot var_size = nullptr;  // variable-size types: the bytes an instance's layout uses
  TraverseSlot traverse = nullptr;
  ClearSlot clear = nullptr;
  // Runs before the object is destroyed or its cycle cleared, at most once (PEP 442); may
  // resurrect it. Generators close themselves here.
  DeallocSlot finalize = nullptr;
  ReprSlot repr = nullptr;
  ReprSlot str = nullptr;
  HashSlot hash = nullptr;
  RichCompareSlot richcompare = nullptr;
  GetattroSlot getattro = nullptr;
  SetattroSlot setattro = nullptr;
  CallSlot call = nullptr;
  NewSlot new_ = nullptr;
  InitSlot init = nullptr;
  UnarySlot iter = nullptr;
  IterNextSlot iternext = nullptr;
  DescrGetSlot descr_get = nullptr;
  DescrSetSlot descr_set = nullptr;
  LengthSlot length = nullptr;
  GetItemSlot getitem = nullptr;
  SetItemSlot setitem = nullptr;
  ContainsSlot contains = nullptr;
  BoolSlot bool_ = nullptr;
  BinarySlot binary[kBinaryOpCount] = {};   // a + b, ...
  BinarySlot inplace[kBinaryOpCount] = {};  // a += b, ...; null falls back to binary
  UnarySlot neg = nullptr, pos = nullptr, abs = nullptr, invert = nullptr;
  UnarySlot index = nullptr;    // __index__: result is an int
  UnarySlot int_ = nullptr;     // __int__
  UnarySlot float_ = nullptr;   // __float__

  bool has_flag(uint32_t f) const { return (flags & f) != 0; }
};

// The builtin type objects (set up by init_runtime, immortal). Others are declared next to
// their object struct (vm/str.hpp: str_type, ...).
extern Type* type_type;
extern Type* object_type;
extern Type* int_type;
extern Type* bool_type;
extern Type* float_type;
extern Type* none_type;
extern Type* not_implemented_type;
extern Type* ellipsis_type;

// dict_offset of the instances of a heap subclass of a variable-size type: their Dict* is the
// word after the variable part (CPython counts a negative tp_dictoffset from the end too).
inline constexpr ptrdiff_t kDictAfterItems = -1;

// Type of any value (never null for a non-absent value).
inline Type* type_of(Value v);

// Builds a builtin (static, immortal) type: name, base (null = object), instance size and
// flags. Slots are filled by the caller, then type_ready is called.
Type* make_builtin_type(std::string_view name, Type* base, size_t instance_size, uint32_t flags);
// Computes mro, inherits slots from the base/mro, fills dict from methods/getsets, marks ready.
// Returns false with an exception pending (e.g. inconsistent MRO).
bool type_ready(Type* type);

// Creates a heap type (a class statement / type(name, bases, dict)): bases is a tuple of
// types (empty = (object,)), dict the namespace (copied). Computes base, layout, mro, slots
// (slot wrappers calling dunder methods are installed by the class machinery, not here).
Ref make_heap_type(Type* metatype, Str* name, Tuple* bases, Dict* dict);

// C3 linearization of `type` over its bases; TypeError as CPython on inconsistency:
// "Cannot create a consistent method resolution\norder (MRO) for bases A, B".
Ref compute_mro(Type* type);

// Looks `name` up along type->mro without invoking descriptors. Returns a BORROWED value
// (absent when not found; never raises).
Value type_lookup(Type* type, Str* name);
// is `a` a subtype of `b` (b in a.__mro__).
bool is_subtype(Type* a, Type* b);
inline bool is_instance_exact(Value v, Type* t);
bool is_instance(Value v, Type* t);  // isinstance without __instancecheck__
// Marks `type` and its subclasses modified: new version tags.
void type_modified(Type* type);
// Sets an attribute on a type (type.__setattr__), with type_modified.
int type_setattr(Value type, Str* name, Value value);
// Bytes to allocate for an instance of `type` whose base layout takes `base_size` bytes: room
// for the __dict__ word of a subclass of a variable-size type is added after it.
inline size_t var_instance_size(Type* type, size_t base_size);
// The type's name as CPython's tp_name, which messages use: for a builtin type of a native
// module the dotted name ("collections.deque"), for a class its __name__.
std::string_view type_name(Type* type);
// type.__name__: the part of a builtin type's name after the last dot ("deque").
std::string_view type_short_name(Type* type);

// ---- inline definitions
inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return int_type;
  if (v.is_double()) return float_type;
  if (v.is_bool()) return bool_type;
  return none_type;
}
inline bool is_instance_exact(Value v, Type* t) { return type_of(v) == t; }
inline size_t var_instance_size(Type* type, size_t base_size) {
  if (type->dict_offset != kDictAfterItems) return base_size;
  return (base_size + 7) / 8 * 8 + sizeof(void*);
}

}  // namespace gyre::vm
