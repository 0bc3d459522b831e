// The native `_heapq` module: the heap operations on a list that stdlib/lib/heapq.py
// re-exports (heappush, heappop, heapify, heapreplace, heappushpop, and the max-heap helpers
// merge and nlargest use). The sift steps are CPython's (Lib/heapq.py: a bottom-up _siftup
// that moves the smaller child up to a leaf, then _siftdown), so heaps end up laid out exactly
// as in CPython. Only `<` is used. A comparison may mutate the list: its size is checked after
// every one ("list changed size during iteration").
#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/import.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/singletons.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

// a < b for a min-heap, b < a for a max-heap: 1, 0, -1 = error.
int before(Value a, Value b, bool max_heap) {
  Ref x = Ref::borrow(a), y = Ref::borrow(b);  // the comparison may drop the list's references
  return max_heap ? rich_compare_bool(y.get(), x.get(), CompareOp::Lt)
                  : rich_compare_bool(x.get(), y.get(), CompareOp::Lt);
}

bool changed_size(List* heap, size_t size) {
  if (heap->size == size) return false;
  raise(runtime_error_type, "list changed size during iteration");
  return true;
}

// Moves the item at pos up towards startpos while it is smaller than its parent.
bool sift_down(List* heap, size_t startpos, size_t pos, bool max_heap) {
  size_t size = heap->size;
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    int lt = before(heap->items[pos], heap->items[parentpos], max_heap);
    if (lt < 0 || changed_size(heap, size)) return false;
    if (!lt) break;
    std::swap(heap->items[pos], heap->items[parentpos]);
    pos = parentpos;
  }
  return true;
}

// Moves the smaller child up until pos is a leaf, then sifts the item back down.
bool sift_up(List* heap, size_t pos, bool max_heap) {
  size_t endpos = heap->size;
  size_t startpos = pos;
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos) {
      int lt = before(heap->items[childpos], heap->items[rightpos], max_heap);
      if (lt < 0 || changed_size(heap, endpos)) return false;
      if (!lt) childpos = rightpos;
    }
    std::swap(heap->items[pos], heap->items[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  return sift_down(heap, startpos, pos, max_heap);
}

List* list_argument(const char* function, const char* which, Value v) {
  if (is_list(v)) return as_list(v);
  raise_format(type_error_type, "{}() argument{} must be list, not {}", function, which, type_name(type_of(v)));
  return nullptr;
}

Ref heap_push(Value, const Value* args, size_t, Tuple*) {
  List* heap = list_argument("heappush", " 1", args[0]);
  if (!heap) return Ref();
  if (list_append(heap, args[1]) < 0) return Ref();
  if (!sift_down(heap, 0, heap->size - 1, false)) return Ref();
  return new_none();
}

Ref pop(const char* function, Value v, bool max_heap) {
  List* heap = list_argument(function, "", v);
  if (!heap) return Ref();
  if (heap->size == 0) return raise(index_error_type, "index out of range");
  Ref last = list_pop(heap, -1);
  if (heap->size == 0) return last;
  Ref result = Ref::steal(heap->items[0]);
  heap->items[0] = last.release();
  if (!sift_up(heap, 0, max_heap)) return Ref();
  return result;
}
Ref heap_pop(Value, const Value* args, size_t, Tuple*) { return pop("heappop", args[0], false); }
Ref heap_pop_max(Value, const Value* args, size_t, Tuple*) { return pop("_heappop_max", args[0], true); }

Ref replace(const char* function, const Value* args, bool max_heap) {
  List* heap = list_argument(function, " 1", args[0]);
  if (!heap) return Ref();
  if (heap->size == 0) return raise(index_error_type, "index out of range");
  Ref result = Ref::steal(heap->items[0]);
  incref(args[1]);
  heap->items[0] = args[1];
  if (!sift_up(heap, 0, max_heap)) return Ref();
  return result;
}
Ref heap_replace(Value, const Value* args, size_t, Tuple*) { return replace("heapreplace", args, false); }
Ref heap_replace_max(Value, const Value* args, size_t, Tuple*) { return replace("_heapreplace_max", args, true); }

Ref heap_push_pop(Value, const Value* args, size_t, Tuple*) {
  List* heap = list_argument("heappushpop", " 1", args[0]);
  if (!heap) return Ref();
  if (heap->size == 0) return Ref::borrow(args[1]);
  int lt = before(heap->items[0], args[1], false);
  if (lt < 0) return Ref();
  if (!lt) return Ref::borrow(args[1]);
  if (heap->size == 0) return raise(index_error_type, "index out of range");
  Ref result = Ref::steal(heap->items[0]);
  incref(args[1]);
  heap->items[0] = args[1];
  if (!sift_up(heap, 0, false)) return Ref();
  return result;
}

Ref heapify(const char* function, Value v, bool max_heap) {
  List* heap = list_argument(function, "", v);
  if (!heap) return Ref();
  for (size_t i = heap->size / 2; i-- > 0;) {
    if (!sift_up(heap, i, max_heap)) return Ref();
  }
  return new_none();
}
Ref heap_heapify(Value, const Value* args, size_t, Tuple*) { return heapify("heapify", args[0], false); }
Ref heap_heapify_max(Value, const Value* args, size_t, Tuple*) { return heapify("_heapify_max", args[0], true); }

const MethodDef kHeapqFunctions[] = {
    {"heappush", heap_push, Arity::kRange, 2, 2},
    {"heappop", heap_pop, Arity::kOneArg},
    {"heapify", heap_heapify, Arity::kOneArg},
    {"heapreplace", heap_replace, Arity::kRange, 2, 2},
    {"heappushpop", heap_push_pop, Arity::kRange, 2, 2},
    {"_heappop_max", heap_pop_max, Arity::kOneArg},
    {"_heapify_max", heap_heapify_max, Arity::kOneArg},
    {"_heapreplace_max", heap_replace_max, Arity::kRange, 2, 2},
    {nullptr, nullptr},
};

Ref make_heapq_native_module() {
  Ref m = make_module("_heapq");
  add_functions(as_module(m.get())->dict, kHeapqFunctions);
  return m;
}

}  // namespace

void register_heapq_native_module() { register_builtin_module("_heapq", make_heapq_native_module); }

}  // namespace gyre::stdlib
