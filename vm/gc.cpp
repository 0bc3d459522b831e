// The list of tracked containers and the cycle collector (CPython's algorithm, one generation).
#include "vm/gc.hpp"

#include <algorithm>
#include <vector>

#include "vm/type.hpp"

namespace gyre::vm {
namespace {

GcLink& head() {
  static GcLink sentinel{&sentinel, &sentinel, 0};
  return sentinel;
}
size_t tracked = 0;
bool collecting = false;
// Collect automatically when the tracked containers have doubled since the last collection
// (at least kMinThreshold of them): amortised linear in allocations, like CPython's
// generational thresholds without the generations.
constexpr size_t kMinThreshold = 20000;
size_t next_threshold = kMinThreshold;
bool automatic = true;  // gc.isenabled()

void unlink(GcLink* l) {
  l->prev->next = l->next;
  l->next->prev = l->prev;
  l->prev = l->next = nullptr;
}

bool is_tracked_object(Value v) {
  return v.is_object() && (v.as_object()->gc_flags & GcFlag::kTracked);
}

}  // namespace

void gc_track(Object* o) {
  if (o->gc_flags & GcFlag::kTracked) return;
  GcLink* l = gc_link_of(o);
  GcLink& h = head();
  l->next = &h;
  l->prev = h.prev;
  h.prev->next = l;
  h.prev = l;
  o->gc_flags |= GcFlag::kTracked;
  if (++tracked > next_threshold && !collecting && automatic) g_gc_requested = true;
}

void gc_set_automatic(bool enabled) {
  automatic = enabled;
  if (!enabled) g_gc_requested = false;
}
bool gc_automatic() { return automatic; }

void gc_untrack(Object* o) {
  if (!(o->gc_flags & GcFlag::kTracked)) return;
  unlink(gc_link_of(o));
  o->gc_flags &= ~GcFlag::kTracked;
  --tracked;
}

size_t gc_tracked_count() { return tracked; }

size_t collect() {
  if (collecting) return 0;
  collecting = true;
  GcLink& h = head();
  // 1. gc_refs = refcount; 2. subtract references from tracked objects to tracked objects.
  std::vector<Object*> all;
  for (GcLink* l = h.next; l != &h; l = l->next) {
    l->gc_refs = object_of_link(l)->refcount;
    all.push_back(object_of_link(l));
  }
  for (Object* o : all) {
    if (o->type->traverse == nullptr) continue;
    o->type->traverse(
        o,
        [](Value v, void*) {
          if (is_tracked_object(v)) --gc_link_of(v.as_object())->gc_refs;
        },
        nullptr);
  }
  // 3. Objects with gc_refs > 0 are referenced from outside: they and everything they reach
  // are alive (gc_refs = -1 marks "reachable").
  std::vector<Object*> stack;
  for (Object* o : all)
    if (gc_link_of(o)->gc_refs > 0) stack.push_back(o);
  for (Object* o : stack) gc_link_of(o)->gc_refs = -1;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if (o->type->traverse == nullptr) continue;
    o->type->traverse(
        o,
        [](Value v, void* arg) {
          if (!is_tracked_object(v)) return;
          GcLink* l = gc_link_of(v.as_object());
          if (l->gc_refs == -1) return;
          l->gc_refs = -1;
          static_cast<std::vector<Object*>*>(arg)->push_back(v.as_object());
        },
        &stack);
  }
  // 4. The rest is garbage: keep it alive while clearing, so that nothing is freed under us.
  std::vector<Object*> garbage;
  for (Object* o : all)
    if (gc_link_of(o)->gc_refs != -1) garbage.push_back(o);
  for (Object* o : garbage) incref(o);
  // 5. Finalizers first (a suspended generator runs its finally blocks), each at most once.
  // They run Python code, which may resurrect objects or free some: the collection starts
  // over with the finalized objects then.
  bool finalized = false;
  for (Object* o : garbage) {
    if (o->type->finalize != nullptr && !(o->gc_flags & GcFlag::kFinalized)) {
      o->gc_flags |= GcFlag::kFinalized;
      o->type->finalize(o);
      finalized = true;
    }
  }
  if (finalized) {
    collecting = false;
    for (Object* o : garbage) decref(o);
    size_t found = garbage.size();
    collect();
    return found;
  }
  for (Object* o : garbage)
    if (o->type->clear != nullptr) o->type->clear(o);
  size_t freed = garbage.size();
  for (Object* o : garbage) decref(o);
  collecting = false;
  g_gc_requested = false;
  next_threshold = std::max(kMinThreshold, 2 * tracked);
  return freed;
}

}  // namespace gyre::vm
