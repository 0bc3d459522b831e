// The builtins module: the builtin functions (CPython's bltinmodule.c), the builtin types and
// exceptions by name, and __build_class__.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "stdlib/builtins.hpp"
#include "stdlib/embedded_modules.hpp"
#include "stdlib/native_modules.hpp"
#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/bytes.hpp"
#include "vm/code.hpp"
#include "vm/descriptors.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/frame.hpp"
#include "vm/generator.hpp"
#include "vm/function.hpp"
#include "vm/gc.hpp"
#include "vm/import.hpp"
#include "vm/instance_attrs.hpp"
#include "vm/runtime.hpp"
#include "vm/traceback.hpp"
#include "vm/interpreter.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/range.hpp"
#include "vm/set.hpp"
#include "vm/signals.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/text/utf8.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

size_t npos_of(size_t nargs, Tuple* kwnames) { return nargs - tuple_size(kwnames); }

// Finds keyword `name` among the call's keywords; absent when not given.
Value keyword(const Value* args, size_t nargs, Tuple* kwnames, std::string_view name) {
  size_t npos = npos_of(nargs, kwnames);
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    if (as_str(kwnames->items[k])->view() == name) return args[npos + k];
  }
  return Value();
}
// TypeError for a keyword not in `allowed`.
bool check_keywords(const char* fn, Tuple* kwnames, std::initializer_list<std::string_view> allowed) {
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      raise_format(type_error_type, "{}() got an unexpected keyword argument '{}'", fn, name);
      return false;
    }
  }
  return true;
}

// ---- output and input
Ref b_print(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keywords("print", kwnames, {"sep", "end", "file", "flush"})) return Ref();
  size_t npos = npos_of(nargs, kwnames);
  Value sep = keyword(args, nargs, kwnames, "sep");
  Value end = keyword(args, nargs, kwnames, "end");
  Value file = keyword(args, nargs, kwnames, "file");
  Value flush = keyword(args, nargs, kwnames, "flush");
  for (auto [v, what] : {std::pair{sep, "sep"}, std::pair{end, "end"}}) {
    if (!v.is_absent() && !v.is_none() && !is_str(v)) {
      return raise_format(type_error_type, "{} must be None or a string, not {}", what, type_name_of(v));
    }
  }
  std::string_view sep_text = sep.is_absent() || sep.is_none() ? " " : as_str(sep)->view();
  std::string_view end_text = end.is_absent() || end.is_none() ? "\n" : as_str(end)->view();
  if (file.is_absent() || file.is_none()) {
    Ref sys = sys_module();
    Ref out = getattr(sys.get(), intern("stdout"));
    if (!out) return out;
    file = out.get();
    if (file.is_none()) return new_none();
    // The default stream: write directly.
    if (type_name(type_of(file)) == "_GyreStdout") {
      std::string line;
      for (size_t i = 0; i < npos; ++i) {
        if (i) line += sep_text;
        Ref s = str(args[i]);
        if (!s) return s;
        line += as_str(s.get())->view();
      }
      line += end_text;
      write_stdout(line);
      if (!flush.is_absent() && is_true(flush) > 0) flush_std_streams();
      return new_none();
    }
  }
  Ref write = getattr(file, intern("write"));
  if (!write) return write;
  for (size_t i = 0; i < npos; ++i) {
    if (i) {
      Ref sep_str = make_str(sep_text);
      if (!call1(write.get(), sep_str.get())) return Ref();
    }
    Ref s = str(args[i]);
    if (!s || !call1(write.get(), s.get())) return Ref();
  }
  Ref end_str = make_str(end_text);
  if (!call1(write.get(), end_str.get())) return Ref();
  if (!flush.is_absent() && is_true(flush) > 0) {
    Ref fl = getattr(file, intern("flush"));
    if (!fl || !call0(fl.get())) return Ref();
  }
  return new_none();
}

// open(...): io.open (stdlib/lib/io.py), imported on first use.
Ref b_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref io = import_module("io");
  if (!io) return io;
  Ref open = getattr(io.get(), intern("open"));
  if (!open) return open;
  return call(open.get(), args, nargs, kwnames);
}

Ref b_input(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise_format(type_error_type, "input expected at most 1 argument, got {}", nargs);
  if (nargs == 1) {
    Ref prompt = str(args[0]);
    if (!prompt) return prompt;
    write_stdout(as_str(prompt.get())->view());
  }
  flush_std_streams();
  std::string line;
  set_sigint_interrupts_reads(true);  // Ctrl-C ends the wait with KeyboardInterrupt
  bool read = static_cast<bool>(std::getline(std::cin, line));
  set_sigint_interrupts_reads(false);
  if (!read) {
    std::cin.clear();
    std::clearerr(stdin);
    if (!handle_pending_signals()) return Ref();
    return raise(eof_error_type, "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return make_str(line);
}

// ---- simple functions
Ref b_len(Value, const Value* args, size_t, Tuple*) {
  int64_t n = length(args[0]);
  if (n < 0) return Ref();
  return make_int(n);
}
Ref b_repr(Value, const Value* args, size_t, Tuple*) { return repr(args[0]); }
Ref b_ascii(Value, const Value* args, size_t, Tuple*) { return ascii_repr(args[0]); }
Ref b_id(Value, const Value* args, size_t, Tuple*) {
  Value v = args[0];
  uint64_t id = v.is_object() ? reinterpret_cast<uint64_t>(v.as_object()) : v.bits() & 0xFFFFFFFFFFFFull;
  return make_int(static_cast<int64_t>(id));
}
Ref b_hash(Value, const Value* args, size_t, Tuple*) {
  int64_t h = hash(args[0]);
  if (h == -1) return Ref();
  return make_int(h);
}
Ref b_callable(Value, const Value* args, size_t, Tuple*) { return new_bool(is_callable(args[0])); }
Ref b_abs(Value, const Value* args, size_t, Tuple*) { return unary_op(args[0], UnaryOp::Abs); }

// isinstance/issubclass through a __instancecheck__ / __subclasscheck__ hook: its truth as a bool.
Ref call_check_hook(Value check, Value cls, Value subject) {
  Value a[2] = {cls, subject};
  Ref r = call(check, a, 2);
  if (!r) return r;
  int t = is_true(r.get());
  if (t < 0) return Ref();
  return new_bool(t);
}

Ref isinstance_impl(Value obj, Value cls, int depth = 0) {
  if (is_tuple(cls)) {
    Tuple* t = as_tuple(cls);
    for (size_t i = 0; i < t->size; ++i) {
      Ref r = isinstance_impl(obj, t->items[i], depth + 1);
      if (!r || r.get().is_true()) return r;
    }
    return new_bool(false);
  }
  Type* meta = type_of(cls);
  if (!is_instance(cls, type_type)) {
    // An object that is not a class may still answer through its type's __instancecheck__
    // (typing's List, Union[...]).
    Value check = type_lookup(meta, intern("__instancecheck__"));
    if (check.is_absent()) {
      return raise(type_error_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return call_check_hook(check, cls, obj);
  }
  if (meta != type_type) {
    Value check = type_lookup(meta, intern("__instancecheck__"));
    if (!check.is_absent() && is_function(check)) {
      return call_check_hook(check, cls, obj);
    }
  }
  return new_bool(is_instance(obj, static_cast<Type*>(cls.as_object())));
}
Ref b_isinstance(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise_format(type_error_type, "isinstance expected 2 arguments, got {}", nargs);
  return isinstance_impl(args[0], args[1]);
}
Ref issubclass_impl(Value sub, Value cls) {
  if (is_tuple(cls)) {
    Tuple* t = as_tuple(cls);
    for (size_t i = 0; i < t->size; ++i) {
      Ref r = issubclass_impl(sub, t->items[i]);
      if (!r || r.get().is_true()) return r;
    }
    return new_bool(false);
  }
  if (!is_instance(cls, type_type)) {
    Value check = type_lookup(type_of(cls), intern("__subclasscheck__"));
    if (!check.is_absent()) {
      return call_check_hook(check, cls, sub);
    }
  }
  if (!is_instance(sub, type_type)) return raise(type_error_type, "issubclass() arg 1 must be a class");
  if (!is_instance(cls, type_type)) {
    return raise(type_error_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  // A metaclass may define __subclasscheck__ (collections.abc's protocol classes do).
  Type* meta = type_of(cls);
  if (meta != type_type) {
    Value check = type_lookup(meta, intern("__subclasscheck__"));
    if (!check.is_absent() && is_function(check)) {
      return call_check_hook(check, cls, sub);
    }
  }
  return new_bool(is_subtype(static_cast<Type*>(sub.as_object()), static_cast<Type*>(cls.as_object())));
}
Ref b_issubclass(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise_format(type_error_type, "issubclass expected 2 arguments, got {}", nargs);
  return issubclass_impl(args[0], args[1]);
}

Ref b_iter(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs == 1) return get_iter(args[0]);
  if (nargs != 2) return raise_format(type_error_type, "iter expected at most 2 arguments, got {}", nargs);
  if (!is_callable(args[0])) return raise(type_error_type, "iter(v, w): v must be callable");
  return make_callable_iterator(args[0], args[1]);
}
Ref b_next(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) {
    return raise_format(type_error_type, "next expected {} arguments, got {}", nargs < 1 ? "at least 1" : "at most 2", nargs);
  }
  if (type_of(args[0])->iternext == nullptr) {
    return raise_format(type_error_type, "'{}' object is not an iterator", type_name(type_of(args[0])));
  }
  Ref v = next_with_stop_value(args[0]);
  if (!v && nargs == 2 && error_matches(stop_iteration_type)) {
    clear_error();
    return Ref::borrow(args[1]);
  }
  return v;
}

Ref b_getattr(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 2 || nargs > 3) {
    return raise_format(type_error_type, "getattr expected {} arguments, got {}", nargs < 2 ? "at least 2" : "at most 3", nargs);
  }
  if (!is_str(args[1])) {
    return raise_format(type_error_type, "attribute name must be string, not '{}'", type_name(type_of(args[1])));
  }
  Ref r = getattr(args[0], as_str(args[1]));
  if (!r && nargs == 3 && error_matches(attribute_error_type)) {
    clear_error();
    return Ref::borrow(args[2]);
  }
  return r;
}
Ref b_setattr(Value, const Value* args, size_t, Tuple*) {
  if (!is_str(args[1])) {
    return raise_format(type_error_type, "attribute name must be string, not '{}'", type_name(type_of(args[1])));
  }
  if (setattr(args[0], as_str(args[1]), args[2]) < 0) return Ref();
  return new_none();
}
Ref b_delattr(Value, const Value* args, size_t, Tuple*) {
  if (!is_str(args[1])) {
    return raise_format(type_error_type, "attribute name must be string, not '{}'", type_name(type_of(args[1])));
  }
  if (delattr(args[0], as_str(args[1])) < 0) return Ref();
  return new_none();
}
Ref b_hasattr(Value, const Value* args, size_t, Tuple*) {
  if (!is_str(args[1])) {
    return raise_format(type_error_type, "attribute name must be string, not '{}'", type_name(type_of(args[1])));
  }
  Ref r = getattr(args[0], as_str(args[1]));
  if (r) return new_bool(true);
  if (error_matches(attribute_error_type)) {
    clear_error();
    return new_bool(false);
  }
  return r;
}

// ---- reductions
// min(a, b, ...) / max(a, b, ...) without keywords: straight over the arguments.
Ref min_max_of_arguments(const Value* args, size_t n, CompareOp op) {
  Value best = args[0];
  for (size_t i = 1; i < n; ++i) {
    Value a = args[i];
    int better;
    if (a.is_small_int() && best.is_small_int()) {
      better = op == CompareOp::Lt ? a.as_small_int() < best.as_small_int()
                                   : a.as_small_int() > best.as_small_int();
    } else {
      better = rich_compare_bool(a, best, op);
      if (better < 0) return Ref();
    }
    if (better) best = a;
  }
  return Ref::borrow(best);
}

Ref min_max(const char* name, const Value* args, size_t nargs, Tuple* kwnames, CompareOp op) {
  if (kwnames == nullptr && nargs >= 2) return min_max_of_arguments(args, nargs, op);
  if (!check_keywords(name, kwnames, {"key", "default"})) return Ref();
  size_t npos = npos_of(nargs, kwnames);
  Value key = keyword(args, nargs, kwnames, "key");
  Value deflt = keyword(args, nargs, kwnames, "default");
  if (key.is_none()) key = Value();
  if (npos == 0) return raise_format(type_error_type, "{} expected at least 1 argument, got 0", name);
  Ref iterable;
  if (npos == 1) {
    iterable = get_iter(args[0]);
  } else {
    if (!deflt.is_absent()) {
      return raise_format(type_error_type,
                          "Cannot specify a default for {}() with multiple positional arguments", name);
    }
    Ref t = make_tuple(std::span<const Value>(args, npos));
    iterable = get_iter(t.get());
  }
  if (!iterable) return iterable;
  Ref best, best_key;
  while (Ref item = iter_next(iterable.get())) {
    Ref k = key.is_absent() ? item : call1(key, item.get());
    if (!k) return k;
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int better = rich_compare_bool(k.get(), best_key.get(), op);
    if (better < 0) return Ref();
    if (better) {
      best = item;
      best_key = k;
    }
  }
  if (error_pending()) return Ref();
  if (!best) {
    if (!deflt.is_absent()) return Ref::borrow(deflt);
    return raise_format(value_error_type, "{}() arg is an empty sequence", name);
  }
  return best;
}
Ref b_min(Value, const Value* args, size_t nargs, Tuple* kw) { return min_max("min", args, nargs, kw, CompareOp::Lt); }
Ref b_max(Value, const Value* args, size_t nargs, Tuple* kw) { return min_max("max", args, nargs, kw, CompareOp::Gt); }

Ref b_sum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keywords("sum", kwnames, {"start"})) return Ref();
  size_t npos = npos_of(nargs, kwnames);
  if (npos < 1) return raise(type_error_type, "sum() takes at least 1 positional argument (0 given)");
  if (npos > 2) return raise_format(type_error_type, "sum() takes at most 2 arguments ({} given)", npos);
  Value start = npos == 2 ? args[1] : keyword(args, nargs, kwnames, "start");
  if (start.is_absent()) start = Value::from_small_int(0);
  if (is_str(start)) return raise(type_error_type, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(start)) return raise(type_error_type, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(start)) return raise(type_error_type, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it = get_iter(args[0]);
  if (!it) return it;
  Ref total = Ref::borrow(start);
  while (Ref item = iter_next(it.get())) {
    Value a = total.get(), b = item.get();
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r = a.as_small_int() + b.as_small_int();
      if (Value::fits_small_int(r)) {
        total = Ref::steal(Value::from_small_int(r));
        continue;
      }
    }
    total = binary_op(a, b, BinaryOp::Add);
    if (!total) return total;
  }
  if (error_pending()) return Ref();
  return total;
}

Ref b_any(Value, const Value* args, size_t, Tuple*) {
  Ref it = get_iter(args[0]);
  if (!it) return it;
  while (Ref item = iter_next(it.get())) {
    int t = is_true(item.get());
    if (t < 0) return Ref();
    if (t) return new_bool(true);
  }
  if (error_pending()) return Ref();
  return new_bool(false);
}
Ref b_all(Value, const Value* args, size_t, Tuple*) {
  Ref it = get_iter(args[0]);
  if (!it) return it;
  while (Ref item = iter_next(it.get())) {
    int t = is_true(item.get());
    if (t < 0) return Ref();
    if (!t) return new_bool(false);
  }
  if (error_pending()) return Ref();
  return new_bool(true);
}

Ref b_sorted(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_keywords("sort", kwnames, {"key", "reverse"})) return Ref();
  size_t npos = npos_of(nargs, kwnames);
  if (npos != 1) return raise_format(type_error_type, "sorted expected 1 argument, got {}", npos);
  Ref list = make_list();
  if (!list || list_extend(list.as<List>(), args[0]) < 0) return Ref();
  Value key = keyword(args, nargs, kwnames, "key");
  Value reverse = keyword(args, nargs, kwnames, "reverse");
  int rev = reverse.is_absent() ? 0 : is_true(reverse);
  if (rev < 0) return Ref();
  if (list_sort(list.as<List>(), key.is_absent() ? Value::none() : key, rev) < 0) return Ref();
  return list;
}

// ---- numbers
Ref b_divmod(Value, const Value* args, size_t, Tuple*) {
  Ref q = binary_op(args[0], args[1], BinaryOp::FloorDiv);
  if (!q) return q;
  Ref r = binary_op(args[0], args[1], BinaryOp::Mod);
  if (!r) return r;
  return make_tuple({q.get(), r.get()});
}
Ref b_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = npos_of(nargs, kwnames);
  Value base = npos > 0 ? args[0] : keyword(args, nargs, kwnames, "base");
  Value exp = npos > 1 ? args[1] : keyword(args, nargs, kwnames, "exp");
  Value mod = npos > 2 ? args[2] : keyword(args, nargs, kwnames, "mod");
  if (base.is_absent() || exp.is_absent()) return raise(type_error_type, "pow() missing required argument 'exp' (pos 2)");
  if (mod.is_absent() || mod.is_none()) return binary_op(base, exp, BinaryOp::Pow);
  // Three-argument pow on small ints (bools and int-subclass instances as their exact ints).
  Ref exact[3];
  Value* operands[3] = {&base, &exp, &mod};
  for (int i = 0; i < 3; ++i) {
    if (!is_int(*operands[i])) continue;
    exact[i] = exact_int(*operands[i]);
    *operands[i] = exact[i].get();
  }
  if (!base.is_small_int() || !exp.is_small_int() || !mod.is_small_int()) {
    return raise(type_error_type, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  int64_t b = base.as_small_int(), e = exp.as_small_int(), m = mod.as_small_int();
  if (m == 0) return raise(value_error_type, "pow() 3rd argument cannot be 0");
  if (e < 0) return raise(value_error_type, "base is not invertible for the given modulus");
  __int128 result = 1 % (m < 0 ? -m : m), x = ((b % m) + m) % m;
  __int128 mm = m < 0 ? -m : m;
  x %= mm;
  while (e > 0) {
    if (e & 1) result = result * x % mm;
    x = x * x % mm;
    e >>= 1;
  }
  int64_t r = static_cast<int64_t>(result);
  if (m < 0 && r != 0) r += m;
  return make_int(r);
}
Ref b_round(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = npos_of(nargs, kwnames);
  Value number = npos > 0 ? args[0] : keyword(args, nargs, kwnames, "number");
  Value ndigits = npos > 1 ? args[1] : keyword(args, nargs, kwnames, "ndigits");
  if (number.is_absent()) return raise(type_error_type, "round() missing required argument 'number' (pos 1)");
  Value method = type_lookup(type_of(number), intern("__round__"));
  if (method.is_absent()) {
    return raise_format(type_error_type, "type {} doesn't define __round__ method", type_name(type_of(number)));
  }
  Ref bound = getattr(number, intern("__round__"));
  if (!bound) return bound;
  if (ndigits.is_absent() || ndigits.is_none()) return call0(bound.get());
  return call1(bound.get(), ndigits);
}
Ref number_text(Value v, const char* prefix, int base) {
  Ref i = index(v);
  if (!i) return i;
  if (!i.get().is_small_int()) return raise(overflow_error_type, "int too large for hex/oct/bin (heap ints are not integrated yet)");
  int64_t n = i.get().as_small_int();
  uint64_t u = n < 0 ? static_cast<uint64_t>(-n) : static_cast<uint64_t>(n);
  std::string digits = base == 16 ? fmt::format("{:x}", u) : base == 8 ? fmt::format("{:o}", u) : fmt::format("{:b}", u);
  return make_str(std::string(n < 0 ? "-" : "") + prefix + digits);
}
Ref b_hex(Value, const Value* args, size_t, Tuple*) { return number_text(args[0], "0x", 16); }
Ref b_oct(Value, const Value* args, size_t, Tuple*) { return number_text(args[0], "0o", 8); }
Ref b_bin(Value, const Value* args, size_t, Tuple*) { return number_text(args[0], "0b", 2); }
Ref b_chr(Value, const Value* args, size_t, Tuple*) {
  int64_t cp;
  if (!index_to_int64(args[0], cp)) return Ref();
  if (cp < 0 || cp > 0x10FFFF) return raise(value_error_type, "chr() arg not in range(0x110000)");
  std::string out;
  text::append_utf8(out, static_cast<char32_t>(cp));
  return make_str(out);
}
Ref b_ord(Value, const Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1) {
      return raise_format(type_error_type, "ord() expected a character, but string of length {} found", s->length);
    }
    char32_t cp;
    text::decode(s->view(), 0, cp);
    return make_int(cp);
  }
  if (is_bytes_like(v)) {
    std::string_view b = bytes_like_view(v);
    if (b.size() != 1) {
      return raise_format(type_error_type, "ord() expected a character, but string of length {} found", b.size());
    }
    return make_int(static_cast<unsigned char>(b[0]));
  }
  return raise_format(type_error_type, "ord() expected string of length 1, but {} found", type_name(type_of(v)));
}
Ref b_format(Value, const Value* args, size_t nargs, Tuple*) {
  Value spec = nargs > 1 ? args[1] : Value();
  Ref empty = make_str("");
  if (spec.is_absent()) spec = empty.get();
  Ref method = getattr(value_of(type_of(args[0])), intern("__format__"));
  if (!method) return method;
  Value a[2] = {args[0], spec};
  return call(method.get(), a, 2);
}

// ---- namespaces
Ref b_globals(Value, const Value*, size_t, Tuple*) {
  Frame* f = current_frame();
  if (!f) return raise(system_error_type, "globals(): no current frame");
  return Ref::borrow(f->globals);
}
Ref b_locals(Value, const Value*, size_t, Tuple*) {
  Frame* f = current_frame();
  if (!f) return raise(system_error_type, "locals(): no current frame");
  return frame_locals(f);
}
Ref b_vars(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) return b_locals(Value(), args, 0, nullptr);
  Ref d = getattr_optional(args[0], intern("__dict__"));
  if (!d && !error_pending()) return raise(type_error_type, "vars() argument must have __dict__ attribute");
  return d;
}
Ref b_dir(Value, const Value* args, size_t nargs, Tuple*) {
  Ref names = make_list();
  if (nargs == 0) {
    Ref l = b_locals(Value(), args, 0, nullptr);
    if (!l) return l;
    Ref keys = dict_keys_list(as_dict(l.get()));
    if (!keys || list_sort(keys.as<List>(), Value::none(), false) < 0) return Ref();
    return keys;
  }
  Ref list = make_list();
  Ref method = getattr_optional(args[0], intern("__dir__"));
  if (method) {
    Ref result = call0(method.get());
    if (!result || list_extend(list.as<List>(), result.get()) < 0) return Ref();
  } else {
    if (error_pending()) return Ref();
    // object.__dir__: the instance dict, then the type's attributes along the mro.
    Ref names = make_set();
    Dict** own = instance_dict_slot(args[0]);
    std::vector<Dict*> dicts;
    if (own && *own) dicts.push_back(instance_dict(args[0].as_object(), own));
    Type* type = is_instance(args[0], type_type) ? static_cast<Type*>(args[0].as_object()) : type_of(args[0]);
    for (size_t i = 0; type->mro && i < type->mro->size; ++i) {
      dicts.push_back(static_cast<Type*>(type->mro->items[i].as_object())->dict);
    }
    for (Dict* d : dicts) {
      size_t pos = 0;
      Value k, v;
      while (dict_next(d, pos, k, v)) {
        if (set_add(as_set(names.get()), k) < 0) return Ref();
      }
    }
    if (list_extend(list.as<List>(), names.get()) < 0) return Ref();
  }
  if (list_sort(list.as<List>(), Value::none(), false) < 0) return Ref();
  return list;
}
Ref b_exit(Value, const Value* args, size_t nargs, Tuple*) {
  Ref e = make_exception(system_exit_type, std::span<const Value>(args, nargs));
  if (!e) return e;
  return raise_value(e.get());
}

// exit and quit: site's Quitter objects. The repr tells how to leave the REPL; calling one
// raises SystemExit(code).
struct Quitter : Object {
  const char* name;
};
Type* quitter_type = nullptr;

Ref quitter_repr(Value self) {
  return make_str(fmt::format("Use {}() or Ctrl-D (i.e. EOF) to exit",
                              static_cast<Quitter*>(self.as_object())->name));
}
Ref quitter_call(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    return raise_format(type_error_type, "Quitter.__call__() got an unexpected keyword argument '{}'",
                        as_str(kwnames->items[0])->view());
  }
  if (nargs > 1) {
    return raise_format(type_error_type,
                        "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                        nargs + 1);
  }
  Value code = nargs == 1 ? args[0] : Value::none();  // __call__(self, code=None)
  return b_exit(Value(), &code, 1, nullptr);
}
Ref make_quitter(const char* name) {
  if (quitter_type == nullptr) {
    quitter_type = make_builtin_type("Quitter", nullptr, sizeof(Quitter), 0);
    quitter_type->repr = quitter_repr;
    quitter_type->call = quitter_call;
    type_ready(quitter_type);
  }
  Ref q = Ref::steal(allocate_object(quitter_type, sizeof(Quitter)));
  static_cast<Quitter*>(q.get().as_object())->name = name;
  return q;
}

// PEP 560: a base that is not a class but has __mro_entries__ (typing.Generic[T], NamedTuple)
// is replaced by the classes that method returns. `changed` tells whether any base was.
Ref resolve_mro_entries(Tuple* bases, bool& changed) {
  changed = false;
  std::vector<Value> resolved;
  std::vector<Ref> keep;
  for (size_t i = 0; i < bases->size; ++i) {
    Value base = bases->items[i];
    if (is_instance(base, type_type)) {
      resolved.push_back(base);
      continue;
    }
    Ref method = getattr_optional(base, intern("__mro_entries__"));
    if (!method) {
      if (error_pending()) return Ref();
      resolved.push_back(base);
      continue;
    }
    Value arg = value_of(bases);
    Ref entries = call(method.get(), &arg, 1, nullptr);
    if (!entries) return entries;
    if (!is_tuple(entries.get())) return raise(type_error_type, "__mro_entries__ must return a tuple");
    Tuple* t = entries.as<Tuple>();
    resolved.insert(resolved.end(), t->items, t->items + t->size);
    keep.push_back(std::move(entries));
    changed = true;
  }
  return make_tuple(std::span<const Value>(resolved));
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Ref b_build_class(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = npos_of(nargs, kwnames);
  if (npos < 2) return raise(type_error_type, "__build_class__: not enough arguments");
  Value func = args[0];
  Value name = args[1];
  if (!is_function(func)) return raise(type_error_type, "__build_class__: func must be a function");
  if (!is_str(name)) return raise(type_error_type, "__build_class__: name is not a string");
  Ref orig_bases = make_tuple(std::span<const Value>(args + 2, npos - 2));
  if (!orig_bases) return orig_bases;
  bool bases_changed = false;
  Ref bases = resolve_mro_entries(orig_bases.as<Tuple>(), bases_changed);
  if (!bases) return bases;
  Value meta;
  std::vector<Value> kw_values, kw_names;
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    if (as_str(kwnames->items[k])->view() == "metaclass") {
      meta = args[npos + k];
    } else {
      kw_names.push_back(kwnames->items[k]);
      kw_values.push_back(args[npos + k]);
    }
  }
  bool explicit_meta = !meta.is_absent();
  if (!explicit_meta) meta = bases.as<Tuple>()->size ? value_of(type_of(bases.as<Tuple>()->items[0])) : value_of(type_type);
  // The most derived metaclass of the bases.
  if (is_instance(meta, type_type)) {
    Type* winner = static_cast<Type*>(meta.as_object());
    Tuple* b = bases.as<Tuple>();
    for (size_t i = 0; i < b->size; ++i) {
      Type* t = type_of(b->items[i]);
      if (is_subtype(winner, t)) continue;
      if (is_subtype(t, winner)) {
        winner = t;
        continue;
      }
      return raise(type_error_type,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                   "of the metaclasses of all its bases");
    }
    meta = value_of(winner);
  }
  Ref kwn = kw_names.empty() ? Ref() : make_tuple(std::span<const Value>(kw_names));
  Tuple* kwt = kwn ? kwn.as<Tuple>() : nullptr;
  // __prepare__
  Ref ns;
  Ref prepare = getattr_optional(meta, intern("__prepare__"));
  if (prepare) {
    std::vector<Value> pargs{name, bases.get()};
    pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
    ns = call(prepare.get(), pargs.data(), pargs.size(), kwt);
  } else {
    if (error_pending()) return Ref();
    ns = make_dict();
  }
  if (!ns) return ns;
  if (!is_dict(ns.get())) return raise(type_error_type, "__prepare__() must return a mapping");
  if (bases_changed && dict_set_str(as_dict(ns.get()), "__orig_bases__", orig_bases.get()) < 0) return Ref();
  Ref cell = run_class_body(func, as_dict(ns.get()));
  if (!cell) return cell;
  std::vector<Value> margs{name, bases.get(), ns.get()};
  margs.insert(margs.end(), kw_values.begin(), kw_values.end());
  Ref cls = call(meta, margs.data(), margs.size(), kwt);
  if (!cls) return cls;
  if (type_of(cell.get()) == cell_type) {
    Cell* c = as_cell(cell.get());
    if (c->contents.is_absent()) {
      c->contents = cls.get();
      incref(c->contents);
    }
  }
  return cls;
}

Ref b_collect(Value, const Value*, size_t, Tuple*) { return make_int(static_cast<int64_t>(collect())); }
Ref b_gc_enable(Value, const Value*, size_t, Tuple*) {
  gc_set_automatic(true);
  return new_none();
}
Ref b_gc_disable(Value, const Value*, size_t, Tuple*) {
  gc_set_automatic(false);
  return new_none();
}
Ref b_gc_isenabled(Value, const Value*, size_t, Tuple*) { return Ref::borrow(Value::boolean(gc_automatic())); }

const MethodDef kBuiltinFunctions[] = {
    {"print", b_print, Arity::kAny, 0, 0, true},
    {"input", b_input},
    {"open", b_open, Arity::kAny, 0, 0, true},
    {"len", b_len, Arity::kOneArg},
    {"repr", b_repr, Arity::kOneArg},
    {"ascii", b_ascii, Arity::kOneArg},
    {"id", b_id, Arity::kOneArg},
    {"hash", b_hash, Arity::kOneArg},
    {"callable", b_callable, Arity::kOneArg},
    {"abs", b_abs, Arity::kOneArg},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"iter", b_iter},
    {"next", b_next},
    {"getattr", b_getattr},
    {"setattr", b_setattr, Arity::kRange, 3, 3},
    {"delattr", b_delattr, Arity::kRange, 2, 2},
    {"hasattr", b_hasattr, Arity::kRange, 2, 2},
    {"min", b_min, Arity::kAny, 0, 0, true},
    {"max", b_max, Arity::kAny, 0, 0, true},
    {"sum", b_sum, Arity::kAny, 0, 0, true},
    {"any", b_any, Arity::kOneArg},
    {"all", b_all, Arity::kOneArg},
    {"sorted", b_sorted, Arity::kAny, 0, 0, true},
    {"divmod", b_divmod, Arity::kRange, 2, 2},
    {"pow", b_pow, Arity::kAny, 0, 0, true},
    {"round", b_round, Arity::kAny, 0, 0, true},
    {"hex", b_hex, Arity::kOneArg},
    {"oct", b_oct, Arity::kOneArg},
    {"bin", b_bin, Arity::kOneArg},
    {"chr", b_chr, Arity::kOneArg},
    {"ord", b_ord, Arity::kOneArg},
    {"format", b_format, Arity::kRange, 1, 2},
    {"globals", b_globals, Arity::kNoArgs},
    {"locals", b_locals, Arity::kNoArgs},
    {"vars", b_vars, Arity::kRange, 0, 1},
    {"dir", b_dir, Arity::kRange, 0, 1},
    {"__build_class__", b_build_class, Arity::kAny, 0, 0, true},
    {nullptr, nullptr},
};

const MethodDef kGcFunctions[] = {
    {"collect", b_collect, Arity::kRange, 0, 1},
    {"enable", b_gc_enable, Arity::kNoArgs},
    {"disable", b_gc_disable, Arity::kNoArgs},
    {"isenabled", b_gc_isenabled, Arity::kNoArgs},
    {nullptr, nullptr},
};

Ref g_builtins;

void put_type(Dict* d, const char* name, Type* type) { dict_set_str(d, name, value_of(type)); }

Ref make_gc_module() {
  Ref m = make_module("gc");
  add_functions(as_module(m.get())->dict, kGcFunctions);
  return m;
}

}  // namespace

Ref builtins_module() {
  if (g_builtins) return g_builtins;
  init_stdlib();
  Ref m = make_module("builtins");
  Dict* d = as_module(m.get())->dict;
  for (const MethodDef* def = kBuiltinFunctions; def->name; ++def) {
    if (std::string_view(def->name) == "next") set_builtin_next(def);
    Ref fn = make_native_function(def, Value());
    dict_set_str(d, def->name, fn.get());
  }
  add_exec_builtins(d);
  put_type(d, "object", object_type);
  put_type(d, "type", type_type);
  put_type(d, "int", int_type);
  put_type(d, "bool", bool_type);
  put_type(d, "float", float_type);
  put_type(d, "str", str_type);
  put_type(d, "bytes", bytes_type);
  put_type(d, "bytearray", bytearray_type);
  put_type(d, "list", list_type);
  put_type(d, "tuple", tuple_type);
  put_type(d, "dict", dict_type);
  put_type(d, "set", set_type);
  put_type(d, "frozenset", frozenset_type);
  put_type(d, "range", range_type);
  put_type(d, "slice", slice_type);
  put_type(d, "property", property_type);
  put_type(d, "staticmethod", staticmethod_type);
  put_type(d, "classmethod", classmethod_type);
  put_type(d, "super", super_type);
  put_type(d, "enumerate", enumerate_type);
  put_type(d, "zip", zip_type);
  put_type(d, "map", map_type);
  put_type(d, "filter", filter_type);
  put_type(d, "reversed", reversed_type);
  for (const NamedType& e : builtin_exceptions()) put_type(d, e.name, *e.type);
  dict_set_str(d, "None", Value::none());
  dict_set_str(d, "True", Value::boolean(true));
  dict_set_str(d, "False", Value::boolean(false));
  dict_set_str(d, "Ellipsis", ellipsis());
  dict_set_str(d, "NotImplemented", not_implemented());
  dict_set_str(d, "__debug__", Value::boolean(true));
  dict_set_str(d, "exit", make_quitter("exit").get());
  dict_set_str(d, "quit", make_quitter("quit").get());
  g_builtins = m;
  dict_set_str(sys_modules(), "builtins", m.get());
  return m;
}

Dict* builtins_dict() { return as_module(builtins_module().get())->dict; }

void init_stdlib() {
  static bool done = false;
  if (done) return;
  done = true;
  init_runtime();
  init_code_type();
  init_function_types();
  init_frame_type();
  init_traceback_type();
  set_stderr_writer(write_stderr);
  init_generator_type();
  init_descriptor_types();
  init_builtin_iterators();
  register_builtin_module("gc", make_gc_module);
  register_itertools_module();
  register_collections_native_module();
  register_heapq_native_module();
  register_operator_native_module();
  register_builtin_module("posix", make_posix_module);
  register_builtin_module("_time", make_time_module);
  register_builtin_module("math", make_math_module);
  register_builtin_module("_random", make_random_module);
  register_builtin_module("tracemalloc", make_tracemalloc_module);
  register_builtin_module("_pcre", make_pcre_module);
  register_builtin_module("_json", make_json_module);
  register_builtin_module("_traceback", make_traceback_native_module);
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m) register_source_module(m->name, m->source);
}

}  // namespace gyre::stdlib
