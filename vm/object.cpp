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

namespace {

// Small objects (nearly all of them) come from free lists, one per 16-byte size class, carved
// out of 64 KiB chunks that are never returned to the system; larger ones from calloc. An
// object's size class is kept in its header (Object::reserved[0], 0 = calloc'ed), so freeing
// needs no size.
constexpr size_t kGranule = kAllocationGranule;
#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer must see every object's own allocation to catch use after free.
constexpr size_t kSmallClasses = 0;
#else
constexpr size_t kSmallClasses = 32;  // up to 512 bytes
#endif
constexpr size_t kChunkBytes = 64 * 1024;

struct FreeBlock {
  FreeBlock* next;
};
FreeBlock* g_free_lists[kSmallClasses + 1];
char* g_chunk_next = nullptr;
char* g_chunk_end = nullptr;

void* small_allocate(size_t size_class) {
  size_t bytes = size_class * kGranule;
  FreeBlock* block = g_free_lists[size_class];
  if (block != nullptr) {
    g_free_lists[size_class] = block->next;
    std::memset(block, 0, bytes);
    return block;
  }
  if (g_chunk_next == nullptr || static_cast<size_t>(g_chunk_end - g_chunk_next) < bytes) {
    // The rest of the old chunk is lost (at most 511 bytes); chunks are zero-filled by calloc.
    g_chunk_next = static_cast<char*>(std::calloc(1, kChunkBytes));
    if (g_chunk_next == nullptr) throw std::bad_alloc();
    g_chunk_end = g_chunk_next + kChunkBytes;
  }
  void* memory = g_chunk_next;
  g_chunk_next += bytes;
  return memory;
}

void small_free(void* memory, size_t size_class) {
  FreeBlock* block = static_cast<FreeBlock*>(memory);
  block->next = g_free_lists[size_class];
  g_free_lists[size_class] = block;
}

}  // namespace

void dealloc_object(Object* o) { o->type->dealloc(o); }

AllocTrace g_alloc_trace;

void trace_new_generation() {
  g_alloc_trace.generation = static_cast<uint8_t>(g_alloc_trace.generation == 255 ? 1 : g_alloc_trace.generation + 1);
  g_alloc_trace.current = 0;
  g_alloc_trace.peak = 0;
}

void* allocate_block(size_t bytes) {
  size_t size_class = (bytes + kGranule - 1) / kGranule;
  if (size_class != 0 && size_class <= kSmallClasses) return small_allocate(size_class);
  void* memory = std::malloc(bytes == 0 ? 1 : bytes);
  if (memory == nullptr) throw std::bad_alloc();
  return memory;
}

void free_block(void* memory, size_t bytes) {
  size_t size_class = (bytes + kGranule - 1) / kGranule;
  if (size_class != 0 && size_class <= kSmallClasses) {
    small_free(memory, size_class);
  } else {
    std::free(memory);
  }
}

Object* allocate_object(Type* type, size_t size) {
  bool gc = type != nullptr && type->has_flag(TypeFlag::kGc);
  size_t total = size + (gc ? sizeof(GcLink) : 0);
  size_t size_class = (total + kGranule - 1) / kGranule;
  void* memory;
  if (size_class <= kSmallClasses) {
    memory = small_allocate(size_class);
  } else {
    size_class = 0;
    memory = std::calloc(1, total);
    if (memory == nullptr) throw std::bad_alloc();
  }
  Object* o = gc ? object_of_link(static_cast<GcLink*>(memory)) : static_cast<Object*>(memory);
  o->reserved[0] = static_cast<uint8_t>(size_class);
  o->refcount = 1;
  o->type = type;
  if (type != nullptr) incref(type);
  if (gc) {
    o->gc_flags = GcFlag::kHasLink;
    gc_track(o);
  }
  if (g_alloc_trace.tracing) [[unlikely]] {
    o->reserved[1] = g_alloc_trace.generation;
    trace_add(static_cast<int64_t>(size_class != 0 ? size_class * kGranule : malloc_usable_size(memory)));
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
  size_t size_class = o->reserved[0];
  if (o->reserved[1] != 0 && o->reserved[1] == g_alloc_trace.generation) [[unlikely]] {
    trace_sub(static_cast<int64_t>(size_class != 0 ? size_class * kGranule : malloc_usable_size(memory)));
  }
  if (size_class != 0) {
    small_free(memory, size_class);
  } else {
    std::free(memory);
  }
  if (type != nullptr) decref(type);
}

}  // namespace gyre::vm
