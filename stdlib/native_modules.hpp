// The native modules of the standard library beyond builtins/sys/gc (one .cpp each), their
// factories for register_builtin_module, and the small helpers they share.
#pragma once

#include <string_view>

#include "vm/native_function.hpp"
#include "vm/object.hpp"

namespace gyre::stdlib {

vm::Ref make_posix_module();        // posix_module.cpp: the system calls under os and io
vm::Ref make_time_module();         // time_module.cpp
vm::Ref make_math_module();         // math_module.cpp
vm::Ref make_random_module();       // random_module.cpp: _random (MT19937, seeding, SHA-512)
vm::Ref make_tracemalloc_module();  // tracemalloc_module.cpp

// A module named `name` holding one builtin function per entry of `functions`.
vm::Ref make_function_module(std::string_view name, const vm::MethodDef* functions);

// Raises the OSError subclass CPython picks for `error` (FileNotFoundError for ENOENT, ...)
// with errno, strerror and, unless absent, filename set; returns absent.
vm::Ref raise_os_error(int error, vm::Value filename = vm::Value());

// float(x) for math-like functions: ints, floats and objects with __float__ / __index__;
// TypeError "must be real number, not str" otherwise. False with the exception pending.
bool to_double(vm::Value v, double& out);

}  // namespace gyre::stdlib
