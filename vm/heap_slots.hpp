// Slots of classes defined in Python (CPython's slot_* functions): see heap_slots.cpp.
#pragma once

namespace gyre::vm {

struct Type;

// Fills the C++ slots of heap type `type` for every dunder a heap class on its mro defines.
void install_heap_slots(Type* type);

}  // namespace gyre::vm
