// Allocation and destruction of heap objects (see object.hpp and gc.hpp for the layout).
#include "vm/object.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/gc.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

void dealloc_object(Object* o) { o->type->dealloc(o); }

Object* allocate_object(Type* type, size_t size) {
  bool gc = type != nullptr && type->has_flag(TypeFlag::kGc);
  size_t total = size + (gc ? sizeof(GcLink) : 0);
  void* memory = std::calloc(1, total);
  if (memory == nullptr) throw std::bad_alloc();
  Object* o = gc ? object_of_link(static_cast<GcLink*>(memory)) : static_cast<Object*>(memory);
  o->refcount = 1;
  o->type = type;
  if (type != nullptr) incref(type);
  if (gc) {
    o->gc_flags = GcFlag::kHasLink;
    gc_track(o);
  }
  return o;
}

void free_object(Object* o) {
  Type* type = o->type;
  void* memory = o;
  if (o->gc_flags & GcFlag::kHasLink) {
    gc_untrack(o);
    memory = gc_link_of(o);
  }
  std::free(memory);
  if (type != nullptr) decref(type);
}

}  // namespace gyre::vm
