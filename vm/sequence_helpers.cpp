// Element-wise comparison, repr and iteration shared by tuple and list.
#include "vm/sequence_helpers.hpp"

#include "vm/abstract.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Ref compare_sequences(Value a, Value b, const ItemsView& view, CompareOp op) {
  size_t i = 0;
  for (;; ++i) {
    size_t na = view.size(a), nb = view.size(b);
    if (i >= na || i >= nb) break;
    Value x = view.items(a)[i], y = view.items(b)[i];
    Ref hold_x = Ref::borrow(x), hold_y = Ref::borrow(y);  // __eq__ may mutate a list
    int eq = rich_compare_bool(x, y, CompareOp::Eq);
    if (eq < 0) return Ref();
    if (!eq) break;
  }
  size_t na = view.size(a), nb = view.size(b);
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = na < nb; break;
      case CompareOp::Le: r = na <= nb; break;
      case CompareOp::Eq: r = na == nb; break;
      case CompareOp::Ne: r = na != nb; break;
      case CompareOp::Gt: r = na > nb; break;
      case CompareOp::Ge: r = na >= nb; break;
    }
    return new_bool(r);
  }
  if (op == CompareOp::Eq) return new_bool(false);
  if (op == CompareOp::Ne) return new_bool(true);
  Ref x = Ref::borrow(view.items(a)[i]), y = Ref::borrow(view.items(b)[i]);
  return rich_compare(x.get(), y.get(), op);
}

bool append_item_reprs(std::string& out, Value seq, const ItemsView& view) {
  for (size_t i = 0; i < view.size(seq); ++i) {
    if (i > 0) out += ", ";
    Ref item = Ref::borrow(view.items(seq)[i]);
    Ref r = repr(item.get());
    if (!r) return false;
    out += as_str(r.get())->view();
  }
  return true;
}

Ref make_seq_iterator(Type* type, Value seq) {
  auto* it = allocate<SeqIterator>(type);
  incref(seq);
  it->seq = seq;
  return Ref::steal(it);
}

void seq_iterator_dealloc(Object* o) {
  auto* it = static_cast<SeqIterator*>(o);
  decref(it->seq);
  free_object(o);
}

void seq_iterator_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<SeqIterator*>(o);
  if (!it->seq.is_absent()) visit(it->seq, arg);
}

Ref seq_iterator_next(Value self, const ItemsView& view) {
  auto* it = static_cast<SeqIterator*>(self.as_object());
  if (it->seq.is_absent()) return Ref();
  if (it->index < view.size(it->seq)) return Ref::borrow(view.items(it->seq)[it->index++]);
  Value seq = it->seq;
  it->seq = Value();
  decref(seq);
  return Ref();
}

Ref return_self(Value self) { return Ref::borrow(self); }

}  // namespace gyre::vm
