// Slot wrappers: the Python-visible dunder methods of builtin types (`int.__add__`,
// `BaseException.__init__`, `list.__len__`), made from their C++ slots as CPython's slotdefs do.
//
// Invariants: type_ready adds a `wrapper_descriptor` for every slot a builtin type defines
// itself (differs from its base's), unless the type's dict already has that name (a MethodDef of
// the same name wins). Looking one up on an instance binds it into a `method-wrapper`; calling
// the descriptor directly takes self first ("descriptor '__add__' requires a 'int' object but
// received a 'str'"). The wrapper calls the OWNER's slot, so `int.__repr__(True)` is int's repr.
// Heap types get none: their dunders are Python functions (the class machinery installs slots
// that call them).
#pragma once

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;

extern Type* wrapper_descriptor_type;
extern Type* method_wrapper_type;

// Adds the wrappers for `type`'s own slots to its dict; false with an exception pending.
bool add_slot_wrappers(Type* type);

}  // namespace gyre::vm
