// The heap object header, reference counting and the owning handle Ref.
//
// Invariants:
// - Every heap object starts with an Object header (16 bytes): a 32-bit reference count, 8 bits
//   of GC flags, and its type. An object is destroyed (type->dealloc) the moment its count
//   reaches zero. Immortal objects (builtin types, interned strings, singletons) carry
//   kImmortalRefcount and are never freed; incref/decref leave them alone in practice because
//   the count never gets near zero.
// - incref/decref take a Value and skip immediates (floats, small ints, None/True/False, absent)
//   by one tag test.
// - Ownership convention of every C++ API of the VM: arguments are BORROWED Values (the callee
//   increfs what it keeps); results are returned as a Ref, which owns one NEW reference. An
//   absent Ref means "error": an exception is pending in the thread state (vm/errors.hpp).
//   The only other exception is iteration: iter_next/iternext may return an absent Ref with NO
//   exception pending, meaning "exhausted".
// - Objects of GC-tracked types are allocated with a GcLink just before their header (vm/gc.hpp);
//   allocate_object/free_object hide this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "vm/value.hpp"

namespace gyre::vm {

struct Type;

inline constexpr uint32_t kImmortalRefcount = 0x40000000u;

struct Object {
  uint32_t refcount;  // number of owning references
  uint8_t gc_flags;   // GcFlag bits (vm/gc.hpp)
  uint8_t reserved[3];  // [0]: the allocator's size class (vm/object.cpp); [1]: tracemalloc's generation
  Type* type;  // owned reference for heap types; builtin types are immortal
};
static_assert(sizeof(Object) == 16);

void dealloc_object(Object* o);  // calls o->type->dealloc (vm/type.cpp)

inline void incref(Object* o) { ++o->refcount; }
inline void decref(Object* o) {
  if (--o->refcount == 0) dealloc_object(o);
}
inline void incref(Value v) {
  if (v.is_object()) ++v.as_object()->refcount;
}
inline void decref(Value v) {
  if (v.is_object()) decref(v.as_object());
}
// decref(v) when v may be absent (is_object() is false for absent, so decref is already safe).
inline void xdecref(Value v) { decref(v); }

// Allocates `size` bytes (>= sizeof(Object)), zero-filled (NB: a zero Value is the float 0.0,
// not absent: constructors must set their Value fields), with refcount 1 and type `type`
// (increfed). GC-tracked types (TypeFlag::kGc) get a GcLink in front; the object is tracked
// by gc_track, which allocate_object calls for them.
Object* allocate_object(Type* type, size_t size);
// Raw memory for what objects own (hash tables, attribute values), from the same small-block
// free lists when small; free_block must be given the size allocate_block was. Small sizes are
// rounded up to a multiple of kAllocationGranule, which a block may use in full.
inline constexpr size_t kAllocationGranule = 16;
void* allocate_block(size_t bytes);
void free_block(void* memory, size_t bytes);
// Releases the memory of `o` (after its dealloc slot destroyed its contents); untracks it and
// decrefs its type.
void free_object(Object* o);

template <class T>
T* allocate(Type* type, size_t size = sizeof(T)) {
  return static_cast<T*>(allocate_object(type, size));
}

inline Value value_of(const Object* o) { return Value::from_object(const_cast<Object*>(o)); }

// Owns one reference to a Value (or holds the absent value). Move-only in spirit; copies incref.
class Ref {
 public:
  Ref() = default;  // absent: an error is pending (or an iterator is exhausted)
  static Ref steal(Value v) { return Ref(v); }
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  static Ref steal(Object* o) { return Ref(Value::from_object(o)); }
  static Ref borrow(Object* o) {
    incref(o);
    return Ref(Value::from_object(o));
  }

  Ref(const Ref& other) : value_(other.value_) { incref(value_); }
  Ref(Ref&& other) noexcept : value_(other.value_) { other.value_ = Value(); }
  Ref& operator=(Ref other) noexcept {
    std::swap(value_, other.value_);
    return *this;
  }
  ~Ref() { decref(value_); }

  Value get() const { return value_; }
  Object* object() const { return value_.as_object(); }
  template <class T>
  T* as() const {
    return static_cast<T*>(value_.as_object());
  }
  // Gives up ownership: the caller now owns the reference.
  Value release() {
    Value v = value_;
    value_ = Value();
    return v;
  }
  void reset() { *this = Ref(); }
  explicit operator bool() const { return !value_.is_absent(); }
  bool is_absent() const { return value_.is_absent(); }

 private:
  explicit Ref(Value v) : value_(v) {}
  Value value_;
};

}  // namespace gyre::vm
