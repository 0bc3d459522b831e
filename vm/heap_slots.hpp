// Slots of classes defined in Python (CPython's slot_* functions): see heap_slots.cpp.
#pragma once

namespace gyre::vm {

struct Type;

// Fills the C++ slots of heap type `type` for every dunder a heap class on its mro defines.
void install_heap_slots(Type* type);

// owner.__new__(cls) must build a layout cls can use: the nearest class of cls's mro whose
// __new__ is not written in Python must use owner's. False with CPython's TypeError pending
// otherwise ("object.__new__(I) is not safe, use I.__new__()" for a subclass I of int).
bool check_new_safe(Type* owner, Type* cls);

}  // namespace gyre::vm
