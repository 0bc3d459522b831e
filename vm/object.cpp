// Allocation and destruction of heap objects (see object.hpp and gc.hpp for the layout).
#include "vm/object.hpp"

#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/alloc_trace.hpp"
#include "vm/gc.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

void dealloc_object(Object* o) { o->type->dealloc(o); }

AllocTrace g_alloc_trace;

void trace_new_generation() {
  g_alloc_trace.generation = static_cast<uint8_t>(g_alloc_trace.generation == 255 ? 1 : g_alloc_trace.generation + 1);
  g_alloc_trace.current = 0;
  g_alloc_trace.peak = 0;
}

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
  if (g_alloc_trace.tracing) [[unlikely]] {
    o->reserved[0] = g_alloc_trace.generation;
    trace_add(static_cast<int64_t>(malloc_usable_size(memory)));
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
  if (o->reserved[0] != 0 && o->reserved[0] == g_alloc_trace.generation) [[unlikely]] {
    trace_sub(static_cast<int64_t>(malloc_usable_size(memory)));
  }
  std::free(memory);
  if (type != nullptr) decref(type);
}

}  // namespace gyre::vm
