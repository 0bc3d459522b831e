// The itertools module is split by kind: the simple lazy iterators (itertools_module.cpp, which
// also builds the module), groupby and tee, whose iterators share state
// (itertools_shared_state.cpp), and the combinatoric iterators (itertools_combinatorics.cpp).
#pragma once

#include "vm/dict.hpp"
#include "vm/native_function.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

// Each adds its types to the module dict `d` (made once).
void add_itertools_shared_state_types(vm::Dict* d);
void add_itertools_combinatoric_types(vm::Dict* d);

// A builtin iterator type of the itertools module, readied: iter returns self, instances are
// GC tracked, the type may be subclassed when it has a constructor; Fields is the struct's
// IteratorFields (stdlib/native_iterator.hpp).
vm::Type* make_itertools_type(const char* name, size_t size, vm::NewSlot new_, vm::IterNextSlot next,
                              const vm::MethodDef* methods, void (*install_fields)(vm::Type*),
                              vm::ReprSlot repr = nullptr);
// Sets __module__ = 'itertools' and puts the type in the module dict.
void publish_itertools_type(vm::Dict* d, vm::Type* type);

}  // namespace gyre::stdlib
