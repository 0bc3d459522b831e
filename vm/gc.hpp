// Cycle collection support. Objects of types with TypeFlag::kGc are allocated with a GcLink in
// front of their header and linked into one list of tracked containers. collect() runs
// CPython's algorithm over that list: copy refcounts, subtract references from inside the
// list (traverse slots), objects still referenced from outside are reachable together with
// what they reach; the rest is garbage, whose references are dropped with the clear slot.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.hpp"

namespace gyre::vm {

struct GcLink {
  GcLink* prev;
  GcLink* next;
  int64_t gc_refs;  // scratch for collect()
};
static_assert(sizeof(GcLink) == 24);

namespace GcFlag {
inline constexpr uint8_t kTracked = 1;
inline constexpr uint8_t kHasLink = 2;  // allocated with a GcLink in front
inline constexpr uint8_t kFinalized = 4;
// Lives inside the allocation of another object, its carrier (a generator's frame inside the
// generator): no GcLink of its own; the collector counts it as part of its carrier's node.
// Its header's reserved[0] holds the distance back to the carrier, in bytes.
inline constexpr uint8_t kEmbedded = 8;
// Carries an embedded object, which starts at its type's instance_size.
inline constexpr uint8_t kCarrier = 16;
}  // namespace GcFlag

inline GcLink* gc_link_of(Object* o) { return reinterpret_cast<GcLink*>(o) - 1; }
inline Object* object_of_link(GcLink* l) { return reinterpret_cast<Object*>(l + 1); }
inline Object* carrier_of(Object* embedded) {
  return reinterpret_cast<Object*>(reinterpret_cast<char*>(embedded) - embedded->reserved[0]);
}

void gc_track(Object* o);
// Set by gc_track when enough containers were made since the last collection; the interpreter
// loop then collects at its next safe point (a backward jump or a call).
inline bool g_gc_requested = false;
// gc.enable()/gc.disable(): whether the collector runs by itself (gc.collect() always runs).
void gc_set_automatic(bool enabled);
bool gc_automatic();
void gc_untrack(Object* o);
size_t gc_tracked_count();
// Reclaims unreachable cycles; returns the number of objects freed.
size_t collect();

}  // namespace gyre::vm
