// tracemalloc: start/stop/is_tracing/get_traced_memory/reset_peak/clear_traces over the VM's
// allocation counters (vm/alloc_trace.hpp). Sizes are Gyre's own: heap objects and list item
// arrays, not every malloc of the process, so the figures differ from CPython's.
#include "stdlib/native_modules.hpp"
#include "vm/abstract.hpp"
#include "vm/alloc_trace.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

Ref t_start(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs > 0) {
    int64_t frames;
    if (!index_to_int64(args[0], frames)) return Ref();
    if (frames < 1 || frames > 65535) return raise(value_error_type, "the number of frames must be in range [1; 65535]");
  }
  if (!g_alloc_trace.tracing) {
    trace_new_generation();
    g_alloc_trace.tracing = true;
  }
  return new_none();
}

Ref t_stop(Value, const Value*, size_t, Tuple*) {
  g_alloc_trace.tracing = false;
  trace_new_generation();
  return new_none();
}

Ref t_is_tracing(Value, const Value*, size_t, Tuple*) { return Ref::steal(Value::boolean(g_alloc_trace.tracing)); }

Ref t_get_traced_memory(Value, const Value*, size_t, Tuple*) {
  if (!g_alloc_trace.tracing) return make_tuple({Value::from_small_int(0), Value::from_small_int(0)});
  Ref current = make_int(g_alloc_trace.current), peak = make_int(g_alloc_trace.peak);
  return make_tuple({current.get(), peak.get()});
}

Ref t_reset_peak(Value, const Value*, size_t, Tuple*) {
  g_alloc_trace.peak = g_alloc_trace.current;
  return new_none();
}

Ref t_clear_traces(Value, const Value*, size_t, Tuple*) {
  if (g_alloc_trace.tracing) trace_new_generation();
  return new_none();
}

Ref t_get_traceback_limit(Value, const Value*, size_t, Tuple*) { return make_int(1); }

const MethodDef kTracemallocFunctions[] = {
    {"start", t_start, Arity::kRange, 0, 1},
    {"stop", t_stop, Arity::kNoArgs},
    {"is_tracing", t_is_tracing, Arity::kNoArgs},
    {"get_traced_memory", t_get_traced_memory, Arity::kNoArgs},
    {"reset_peak", t_reset_peak, Arity::kNoArgs},
    {"clear_traces", t_clear_traces, Arity::kNoArgs},
    {"get_traceback_limit", t_get_traceback_limit, Arity::kNoArgs},
    {nullptr, nullptr},
};

}  // namespace

Ref make_tracemalloc_module() { return make_function_module("tracemalloc", kTracemallocFunctions); }

}  // namespace gyre::stdlib
