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

// The collector's unit is a node: a tracked object with its GcLink, together with the object
// embedded in it, if any (a generator and its frame, vm/generator.hpp). A reference to the
// embedded object is a reference to the node.
GcLink* tracked_link(Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->gc_flags & GcFlag::kEmbedded) o = carrier_of(o);
  return (o->gc_flags & GcFlag::kTracked) ? gc_link_of(o) : nullptr;
}
Object* embedded_in(Object* carrier) {
  return reinterpret_cast<Object*>(reinterpret_cast<char*>(carrier) + carrier->type->instance_size);
}
// References to the node: to the object and to what it carries (the carrier's traverse
// reports its own reference to the embedded object, like any internal reference).
int64_t node_refcount(Object* o) {
  int64_t refs = o->refcount;
  if (o->gc_flags & GcFlag::kCarrier) refs += embedded_in(o)->refcount;
  return refs;
}
// The object whose reference keeps the node alive during a collection: the carrier, or, once
// the carrier itself is dead (its memory stays for the embedded object still referenced), the
// embedded object.
Object* node_holder(Object* o) {
  return o->refcount == 0 && (o->gc_flags & GcFlag::kCarrier) ? embedded_in(o) : o;
}

}  // namespace

void gc_track(Object* o) {
  // An embedded object is tracked with its carrier.
  if (o->gc_flags & (GcFlag::kTracked | GcFlag::kEmbedded)) return;
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
    l->gc_refs = node_refcount(object_of_link(l));
    all.push_back(object_of_link(l));
  }
  for (Object* o : all) {
    if (o->type->traverse == nullptr) continue;
    o->type->traverse(
        o,
        [](Value v, void*) {
          if (GcLink* l = tracked_link(v)) --l->gc_refs;
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
          GcLink* l = tracked_link(v);
          if (l == nullptr || l->gc_refs == -1) return;
          l->gc_refs = -1;
          static_cast<std::vector<Object*>*>(arg)->push_back(object_of_link(l));
        },
        &stack);
  }
  // 4. The rest is garbage: keep it alive while clearing, so that nothing is freed under us.
  std::vector<Object*> garbage;
  for (Object* o : all)
    if (gc_link_of(o)->gc_refs != -1) garbage.push_back(o);
  for (Object* o : garbage) incref(node_holder(o));
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
    for (Object* o : garbage) decref(node_holder(o));
    size_t found = garbage.size();
    collect();
    return found;
  }
  for (Object* o : garbage)
    if (o->type->clear != nullptr) o->type->clear(o);
  size_t freed = garbage.size();
  for (Object* o : garbage) decref(node_holder(o));
  collecting = false;
  g_gc_requested = false;
  next_threshold = std::max(kMinThreshold, 2 * tracked);
  return freed;
}

}  // namespace gyre::vm
