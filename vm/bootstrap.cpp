// init_runtime: creates the builtin types in dependency order, then readies them all.
#include "vm/builtin_init.hpp"
#include "vm/exceptions.hpp"
#include "vm/runtime.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

bool ready_all_builtin_types();     // vm/type.cpp
void name_object_and_type_types();  // vm/type_type.cpp

void init_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  // type and object first, then str so that every later type can be named.
  init_object_and_type_types();
  init_str_type();
  name_object_and_type_types();
  str_type->name = str_type->qualname = intern("str");
  str_iterator_type->name = str_iterator_type->qualname = intern("str_ascii_iterator");
  init_tuple_type();
  init_dict_types();
  init_list_type();
  init_number_types();
  init_singleton_types();
  init_set_types();
  init_bytes_type();
  init_range_types();
  init_slice_type();
  init_module_type();
  init_mappingproxy_type();
  init_native_function_types();
  init_slot_wrapper_types();
  init_getitem_iterator_type();
  init_exceptions();
  if (!ready_all_builtin_types()) __builtin_trap();  // a bug in the tables, not a user error
  // Heap types (classes) are tracked by the cycle collector from now on.
  type_type->flags |= TypeFlag::kGc;
}

}  // namespace gyre::vm
