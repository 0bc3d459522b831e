// The slower halves of the interpreter loop's opcodes (see opcode_helpers.hpp).
#include "vm/opcode_helpers.hpp"

#include <fmt/format.h>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Ref unbound_local(Code* code, uint32_t index) {
  return raise_format(unbound_local_error_type,
                      "cannot access local variable '{}' where it is not associated with a value",
                      code->varnames[index]->view());
}
Str* deref_name(Code* code, uint32_t index) {
  return index < code->cellvars.size() ? code->cellvars[index]
                                       : code->freevars[index - code->cellvars.size()];
}
Ref unbound_deref(Code* code, uint32_t index) {
  if (index < code->cellvars.size()) {
    return raise_format(unbound_local_error_type,
                        "cannot access local variable '{}' where it is not associated with a value",
                        deref_name(code, index)->view());
  }
  return raise_format(name_error_type,
                      "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                      deref_name(code, index)->view());
}
Ref name_error(Str* name) {
  Ref r = raise_format(name_error_type, "name '{}' is not defined", name->view());
  Value exc = pending_error();
  if (is_exception_instance(exc) && is_subtype(type_of(exc), name_error_type)) {
    auto* e = static_cast<NameErrorObject*>(exc.as_object());
    Value old = e->name;
    e->name = value_of(name);
    incref(e->name);
    decref(old);
  }
  return r;
}

Ref format_value(Value value, Value spec) {
  if (spec.is_absent()) {
    if (is_str_exact(value)) return Ref::borrow(value);
    // Immediates: their (immutable) types' __format__ with an empty spec is str().
    if (!value.is_object()) return str(value);
  }
  // f"{x}" is format(x, ''): a class's own __format__ sees the empty spec.
  Ref method = getattr_optional(value_of(type_of(value)), intern("__format__"));
  if (!method) {
    if (error_pending()) return Ref();
    if (spec.is_absent() || as_str(spec)->size == 0) return str(value);
    return raise_format(type_error_type, "unsupported format string passed to {}.__format__",
                        type_name(type_of(value)));
  }
  Value args[2] = {value, spec.is_absent() ? value_of(empty_str()) : spec};
  Ref r = call(method.get(), args, 2);
  if (r && !is_str(r.get())) {
    return raise_format(type_error_type, "__format__ must return a str, not {}",
                        type_name(type_of(r.get())));
  }
  return r;
}

Ref build_string(Value* items, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += as_str(items[i])->view();
  return make_str(out);
}

Ref make_raised(Value v) {
  if (is_exception_type(v)) {
    Ref e = call0(v);
    if (!e) return e;
    if (!is_exception_instance(e.get())) {
      return raise_format(type_error_type,
                          "calling {} should have returned an instance of BaseException, not {}",
                          repr(v) ? std::string(as_str(repr(v).get())->view()) : "?",
                          type_name(type_of(e.get())));
    }
    return e;
  }
  if (is_exception_instance(v)) return Ref::borrow(v);
  return raise(type_error_type, "exceptions must derive from BaseException");
}

int exception_matches(Value exc, Value type) {
  if (is_tuple(type)) {
    Tuple* t = as_tuple(type);
    for (size_t i = 0; i < t->size; ++i) {
      int r = exception_matches(exc, t->items[i]);
      if (r) return r;
    }
    return 0;
  }
  if (!is_exception_type(type)) {
    raise(type_error_type, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return is_subtype(type_of(exc), static_cast<Type*>(type.as_object())) ? 1 : 0;
}

bool unpack(Value seq, size_t before, size_t after, bool starred, std::vector<Value>& out) {
  size_t n = before + after;
  // Exact types only: a subclass may override __iter__.
  bool tuple = is_instance_exact(seq, tuple_type);
  if (!starred && (tuple || is_instance_exact(seq, list_type))) {
    size_t size = tuple ? as_tuple(seq)->size : as_list(seq)->size;
    Value* items = tuple ? as_tuple(seq)->items : as_list(seq)->items;
    if (size == n) {
      for (size_t i = 0; i < n; ++i) {
        incref(items[i]);
        out.push_back(items[i]);
      }
      return true;
    }
    if (size < n) {
      raise_format(value_error_type, "not enough values to unpack (expected {}, got {})", n, size);
    } else {
      raise_format(value_error_type, "too many values to unpack (expected {})", n);
    }
    return false;
  }
  Ref it = get_iter(seq);
  if (!it) {
    if (error_matches(type_error_type) && type_of(seq)->iter == nullptr &&
        type_of(seq)->getitem == nullptr) {
      clear_error();
      raise_format(type_error_type, "cannot unpack non-iterable {} object", type_name(type_of(seq)));
    }
    return false;
  }
  auto fail = [&] {
    for (Value v : out) decref(v);
    out.clear();
    return false;
  };
  for (size_t i = 0; i < before; ++i) {
    Ref v = iter_next(it.get());
    if (!v) {
      if (error_pending()) return fail();
      if (starred) {
        raise_format(value_error_type, "not enough values to unpack (expected at least {}, got {})",
                     n, i);
      } else {
        raise_format(value_error_type, "not enough values to unpack (expected {}, got {})", n, i);
      }
      return fail();
    }
    out.push_back(v.release());
  }
  if (!starred) {
    Ref extra = iter_next(it.get());
    if (extra) {
      raise_format(value_error_type, "too many values to unpack (expected {})", n);
      return fail();
    }
    if (error_pending()) return fail();
    return true;
  }
  Ref rest = make_list();
  if (!rest || list_extend(rest.as<List>(), it.get()) < 0) return fail();
  List* l = rest.as<List>();
  if (l->size < after) {
    raise_format(value_error_type, "not enough values to unpack (expected at least {}, got {})", n,
                 before + l->size);
    return fail();
  }
  Ref middle = make_list(std::span<const Value>(l->items, l->size - after));
  out.push_back(middle.release());
  for (size_t i = l->size - after; i < l->size; ++i) {
    incref(l->items[i]);
    out.push_back(l->items[i]);
  }
  return true;
}

// Exact dicts are read directly; any other mapping (a dict subclass from a metaclass's
// __prepare__ included) through its __getitem__, as CPython's LOAD_NAME.
Ref locals_get(Value locals, Str* name) {
  if (type_of(locals) == dict_type) {
    Value v = dict_get_str(as_dict(locals), name);
    return v.is_absent() ? Ref() : Ref::borrow(v);
  }
  Ref r = get_item(locals, value_of(name));
  if (!r && error_matches(key_error_type)) clear_error();
  return r;
}

}  // namespace gyre::vm
