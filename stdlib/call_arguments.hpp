// Small helpers for native functions of the stdlib modules that take keyword arguments
// (vectorcall form: the trailing len(kwnames) entries of args are keyword values).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"

namespace gyre::stdlib {

inline size_t positional_count(size_t nargs, vm::Tuple* kwnames) { return nargs - vm::tuple_size(kwnames); }

// The value of keyword `name` in the call, absent when not given.
inline vm::Value keyword_argument(const vm::Value* args, size_t nargs, vm::Tuple* kwnames, std::string_view name) {
  size_t npos = positional_count(nargs, kwnames);
  for (size_t k = 0; k < vm::tuple_size(kwnames); ++k) {
    if (vm::as_str(kwnames->items[k])->view() == name) return args[npos + k];
  }
  return vm::Value();
}

// false with TypeError "f() got an unexpected keyword argument 'x'" for a keyword not in `allowed`.
inline bool check_keyword_names(std::string_view function, vm::Tuple* kwnames,
                                std::initializer_list<std::string_view> allowed) {
  for (size_t k = 0; k < vm::tuple_size(kwnames); ++k) {
    std::string_view name = vm::as_str(kwnames->items[k])->view();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      vm::raise_format(vm::type_error_type, "{}() got an unexpected keyword argument '{}'", function, name);
      return false;
    }
  }
  return true;
}

}  // namespace gyre::stdlib
