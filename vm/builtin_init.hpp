// Internal to the VM: the set-up functions init_runtime (vm/bootstrap.cpp) calls, one per
// file that defines builtin types. Each creates its types with make_builtin_type and fills
// their slots and tables; init_runtime then runs type_ready on every builtin type.
#pragma once

namespace gyre::vm {

void init_object_and_type_types();  // vm/type_type.cpp + vm/object_type.cpp
void init_str_type();
void init_number_types();
void init_singleton_types();
void init_tuple_type();
void init_list_type();
void init_dict_types();
void init_set_types();
void init_bytes_type();
void init_range_types();
void init_slice_type();
void init_module_type();
void init_mappingproxy_type();
void init_native_function_types();
void init_getitem_iterator_type();  // vm/abstract_sequence.cpp
void init_slot_wrapper_types();

// Every builtin type in creation order (bases before subclasses), for type_ready.
void register_builtin_type(struct Type* type);

}  // namespace gyre::vm
