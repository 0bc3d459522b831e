// Internal helpers shared by tuple and list (vm/tuple.cpp, vm/list.cpp): element-wise
// comparison, repr of a run of items, and the iterator over a tuple or a list.
//
// Invariants: SeqIterator holds an owned reference to its sequence until exhausted, then
// drops it (seq becomes absent), so a finished iterator keeps nothing alive.
#pragma once

#include <cstddef>
#include <string>

#include "vm/object.hpp"
#include "vm/slots.hpp"

namespace gyre::vm {

struct SeqIterator : Object {
  Value seq;     // owned tuple or list; absent when exhausted
  size_t index;  // next item
};

// Lexicographic comparison of two item arrays as tuple/list richcompare do. `reload` re-reads
// the (possibly mutated) arrays of a list between comparisons: a, na, b, nb are read through it.
struct ItemsView {
  const Value* (*items)(Value seq);
  size_t (*size)(Value seq);
};
Ref compare_sequences(Value a, Value b, const ItemsView& view, CompareOp op);

// Appends repr(item) for each item, separated by ", ", to out; false on error.
bool append_item_reprs(std::string& out, Value seq, const ItemsView& view);

Ref make_seq_iterator(struct Type* type, Value seq);
void seq_iterator_dealloc(Object* o);
void seq_iterator_traverse(Object* o, VisitFn visit, void* arg);
Ref seq_iterator_next(Value self, const ItemsView& view);
Ref return_self(Value self);

}  // namespace gyre::vm
