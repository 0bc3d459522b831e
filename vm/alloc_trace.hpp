// Allocation tracing for the tracemalloc module: counts the bytes of heap objects (and list
// item arrays) allocated while tracing is on, with the peak. Costs one predictable branch per
// allocation when off.
//
// Invariants: an object allocated while tracing carries the trace generation in
// Object::reserved[1] (never 0); freeing it subtracts its size only when that generation is
// still the current one, so blocks from before start()/clear_traces() are never counted.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gyre::vm {

struct AllocTrace {
  bool tracing = false;
  uint8_t generation = 0;  // 0 = never traced
  int64_t current = 0;
  int64_t peak = 0;
};
extern AllocTrace g_alloc_trace;

inline void trace_add(int64_t bytes) {
  g_alloc_trace.current += bytes;
  if (g_alloc_trace.current > g_alloc_trace.peak) g_alloc_trace.peak = g_alloc_trace.current;
}
inline void trace_sub(int64_t bytes) {
  g_alloc_trace.current -= bytes;
  if (g_alloc_trace.current < 0) g_alloc_trace.current = 0;
}

// Starts a new generation: the counts restart from zero (start(), clear_traces()).
void trace_new_generation();

}  // namespace gyre::vm
