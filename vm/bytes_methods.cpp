// The methods of bytes and bytearray: thin wrappers that unpack the arguments (with CPython's
// messages) and call the algorithms of vm/text: the str search, split-on-separator, partition
// and join functions (bytes are text with one unit per byte, text::bytes::bytes_info) and the
// byte-specific ones of vm/text/bytes_ops.hpp. Every method works on a bytes or a bytearray
// self and returns results of self's kind; arguments may be either (bytes-like).
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/codecs.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/library_errors.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/text/bytes_ops.hpp"
#include "vm/text/str_ops.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

namespace tb = text::bytes;

std::string_view sv(Value v) { return bytes_like_view(v); }
bool v_is_exact_bytes(Value v) { return v.is_object() && v.as_object()->type == bytes_type; }

// A result of self's kind: bytes for bytes (and subclasses), bytearray for bytearray.
Ref make_like(Value self, std::string_view raw) {
  return is_bytearray(self) ? make_bytearray(raw) : make_bytes(raw);
}
// As make_like, but an exact bytes comes back as itself when the result is all of it.
Ref same_or_like(Value self, std::string_view raw) {
  if (v_is_exact_bytes(self) && raw.size() == sv(self).size()) return Ref::borrow(self);
  return make_like(self, raw);
}

Ref list_of(Value self, const text::Pieces& pieces) {
  Ref list = make_list(pieces.size());
  for (std::string_view p : pieces) {
    Ref s = make_like(self, p);
    if (!s || list_append(list.as<List>(), s.get()) < 0) return Ref();
  }
  return list;
}

// Binds positional then keyword arguments to `names` (absent when not given); false with
// CPython's TypeError.
bool bind(const char* fn, const Value* args, size_t nargs, Tuple* kwnames,
          std::initializer_list<const char*> names, Value* out) {
  size_t npos = nargs - tuple_size(kwnames), n = names.size();
  if (nargs > n) {
    raise_format(type_error_type, "{}() takes at most {} argument{} ({} given)", fn, n, n == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < npos; ++i) out[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = as_str(kwnames->items[k])->view();
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      ++i;
    }
    if (i == n) {
      raise_format(type_error_type, "'{}' is an invalid keyword argument for {}()", key, fn);
      return false;
    }
    if (i < npos) {
      raise_format(type_error_type, "argument for {}() given by name ('{}') and position ({})", fn, key, i + 1);
      return false;
    }
    out[i] = args[npos + k];
  }
  return true;
}

// A bytes-like argument: TypeError "a bytes-like object is required, not 'str'".
bool buffer_arg(Value v, std::string_view& out) {
  if (!is_bytes_like(v)) {
    raise_format(type_error_type, "a bytes-like object is required, not '{}'", type_name_of(v));
    return false;
  }
  out = sv(v);
  return true;
}
// An optional bytes-like-or-None argument (split's sep, strip's chars).
bool opt_buffer_arg(Value v, std::optional<std::string_view>& out) {
  if (v.is_absent() || v.is_none()) return true;
  std::string_view s;
  if (!buffer_arg(v, s)) return false;
  out = s;
  return true;
}
bool int_arg(Value v, int64_t& out) { return index_to_int64(v, out); }
// start/end slice bounds (ints or None).
bool bound_arg(const Value* args, size_t nargs, size_t i, text::Bound& out) {
  if (i >= nargs || args[i].is_none()) return true;
  int64_t v;
  if (type_of(args[i])->index == nullptr) {
    raise(type_error_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (!index_to_int64(args[i], v)) return false;
  out = v;
  return true;
}
// The sub argument of find/count/index: a bytes-like object or an int in range(256). `one`
// holds the byte for an int.
bool sub_arg(Value v, std::string_view& out, char& one) {
  if (is_bytes_like(v)) {
    out = sv(v);
    return true;
  }
  if (type_of(v)->index == nullptr) {
    raise_format(type_error_type, "argument should be integer or bytes-like object, not '{}'", type_name_of(v));
    return false;
  }
  int64_t n;
  if (!index_to_int64(v, n)) return false;
  if (n < 0 || n > 255) {
    raise(value_error_type, "byte must be in range(0, 256)");
    return false;
  }
  one = static_cast<char>(n);
  out = std::string_view(&one, 1);
  return true;
}

// ---- decoding and hex

Ref m_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!bind("decode", args, nargs, kwnames, {"encoding", "errors"}, a)) return Ref();
  Codec codec;
  std::string_view errors;
  if (!codec_arguments("decode", a[0], a[1], codec, errors)) return Ref();
  std::string data(sv(self));  // errors handlers run no Python code, but keep a copy for bytearray
  return decode_text(data, codec, errors);
}

Ref m_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!bind("hex", args, nargs, kwnames, {"sep", "bytes_per_sep"}, a)) return Ref();
  std::optional<char> sep;
  int64_t per = 1;
  if (!a[0].is_absent()) {
    std::string_view s;
    if (is_str(a[0])) {
      s = as_str(a[0])->view();
      if (as_str(a[0])->length != 1) return raise(value_error_type, "sep must be length 1.");
      if (!as_str(a[0])->ascii) return raise(value_error_type, "sep must be ASCII.");
    } else if (is_bytes_like(a[0])) {
      s = sv(a[0]);
      if (s.size() != 1) return raise(value_error_type, "sep must be length 1.");
      if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(value_error_type, "sep must be ASCII.");
    } else {
      return raise_format(type_error_type, "object of type '{}' has no len()", type_name_of(a[0]));
    }
    sep = s[0];
  }
  if (!a[1].is_absent() && !int_arg(a[1], per)) return Ref();
  return make_str(tb::hex(sv(self), sep, per));
}

Ref m_fromhex(Value cls, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "fromhex() argument must be str, not {}", type_name_of(args[0]));
  }
  std::string out;
  size_t at = 0;
  if (!tb::fromhex(as_str(args[0])->view(), out, at)) {
    return raise_format(value_error_type, "non-hexadecimal number found in fromhex() arg at position {}", at);
  }
  Type* type = static_cast<Type*>(cls.as_object());
  if (type == bytes_type) return make_bytes(out);
  if (type == bytearray_type) return make_bytearray(out);
  Ref raw = type->has_flag(TypeFlag::kByteArraySubclass) ? make_bytearray(out) : make_bytes(out);
  return call1(cls, raw.get());
}

// ---- searching

using SearchFn = int64_t (*)(std::string_view, const text::TextInfo&, std::string_view, text::Bound, text::Bound);
Ref search_impl(Value self, const Value* args, size_t nargs, SearchFn fn) {
  std::string_view sub;
  char one;
  if (!sub_arg(args[0], sub, one)) return Ref();
  text::Bound start, end;
  if (!bound_arg(args, nargs, 1, start) || !bound_arg(args, nargs, 2, end)) return Ref();
  std::string_view s = sv(self);
  return make_int(fn(s, tb::bytes_info(s), sub, start, end));
}
Ref m_find(Value self, const Value* a, size_t n, Tuple*) { return search_impl(self, a, n, text::find); }
Ref m_rfind(Value self, const Value* a, size_t n, Tuple*) { return search_impl(self, a, n, text::rfind); }
Ref m_count(Value self, const Value* a, size_t n, Tuple*) { return search_impl(self, a, n, text::count); }
Ref m_index(Value self, const Value* a, size_t n, Tuple*) {
  Ref r = search_impl(self, a, n, text::find);
  if (r && r.get().as_small_int() < 0) return raise(value_error_type, "subsection not found");
  return r;
}
Ref m_rindex(Value self, const Value* a, size_t n, Tuple*) {
  Ref r = search_impl(self, a, n, text::rfind);
  if (r && r.get().as_small_int() < 0) return raise(value_error_type, "subsection not found");
  return r;
}
Ref affix_impl(const char* name, Value self, const Value* args, size_t nargs, bool end_side) {
  text::Bound start, end;
  if (!bound_arg(args, nargs, 1, start) || !bound_arg(args, nargs, 2, end)) return Ref();
  std::string_view s = sv(self);
  auto test = [&](std::string_view affix) {
    return end_side ? text::endswith(s, tb::bytes_info(s), affix, start, end)
                    : text::startswith(s, tb::bytes_info(s), affix, start, end);
  };
  if (is_tuple(args[0])) {
    Tuple* t = as_tuple(args[0]);
    for (size_t i = 0; i < t->size; ++i) {
      std::string_view affix;
      if (!buffer_arg(t->items[i], affix)) return Ref();
      if (test(affix)) return new_bool(true);
    }
    return new_bool(false);
  }
  if (!is_bytes_like(args[0])) {
    return raise_format(type_error_type, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                        type_name_of(args[0]));
  }
  return new_bool(test(sv(args[0])));
}
Ref m_startswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl("startswith", self, a, n, false); }
Ref m_endswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl("endswith", self, a, n, true); }

// ---- splitting and joining

Ref split_impl(Value self, const Value* args, size_t nargs, Tuple* kwnames, bool right) {
  Value a[2];
  if (!bind(right ? "rsplit" : "split", args, nargs, kwnames, {"sep", "maxsplit"}, a)) return Ref();
  std::optional<std::string_view> sep;
  if (!opt_buffer_arg(a[0], sep)) return Ref();
  int64_t max = -1;
  if (!a[1].is_absent() && !int_arg(a[1], max)) return Ref();
  std::string_view s = sv(self);
  if (!sep) return list_of(self, right ? tb::rsplit_whitespace(s, max) : tb::split_whitespace(s, max));
  auto r = right ? text::rsplit(s, sep, max) : text::split(s, sep, max);
  if (!r.ok()) return raise_text_error(r.error());
  return list_of(self, r.value());
}
Ref m_split(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, false); }
Ref m_rsplit(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, true); }
Ref m_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!bind("splitlines", args, nargs, kwnames, {"keepends"}, a)) return Ref();
  int64_t keep = 0;
  if (!a[0].is_absent() && !int_arg(a[0], keep)) return Ref();
  return list_of(self, tb::splitlines(sv(self), keep != 0));
}
Ref m_join(Value self, const Value* args, size_t, Tuple*) {
  Ref it = get_iter_to_join(args[0]);
  if (!it) return it;
  std::vector<std::string> items;
  size_t i = 0;
  while (Ref item = iter_next(it.get())) {
    if (!is_bytes_like(item.get())) {
      return raise_format(type_error_type, "sequence item {}: expected a bytes-like object, {} found", i,
                          type_name_of(item.get()));
    }
    items.emplace_back(sv(item.get()));
    ++i;
  }
  if (error_pending()) return Ref();
  return make_like(self, text::join(sv(self), items));
}
Ref partition_impl(Value self, Value sep, bool right) {
  std::string_view s;
  if (!buffer_arg(sep, s)) return Ref();
  std::string sep_copy(s);
  auto r = right ? text::rpartition(sv(self), sep_copy) : text::partition(sv(self), sep_copy);
  if (!r.ok()) return raise_text_error(r.error());
  // A bytes self gives back the separator object itself when found (CPython's stringlib
  // partition, even for a bytearray separator); a bytearray self gives a new bytearray.
  Ref a = make_like(self, r.value()[0]), c = make_like(self, r.value()[2]);
  Ref b = r.value()[1].empty() || is_bytearray(self) ? make_like(self, r.value()[1]) : Ref::borrow(sep);
  return make_tuple({a.get(), b.get(), c.get()});
}
Ref m_partition(Value self, const Value* args, size_t, Tuple*) { return partition_impl(self, args[0], false); }
Ref m_rpartition(Value self, const Value* args, size_t, Tuple*) { return partition_impl(self, args[0], true); }

// ---- stripping, replacing

template <std::string_view (*F)(std::string_view, std::optional<std::string_view>)>
Ref strip_impl(Value self, const Value* args, size_t nargs, Tuple*) {
  std::optional<std::string_view> chars;
  if (nargs > 0 && !opt_buffer_arg(args[0], chars)) return Ref();
  return same_or_like(self, F(sv(self), chars));
}
Ref m_replace(Value self, const Value* args, size_t nargs, Tuple*) {
  // The count first: its __index__ may run Python code that resizes a bytearray argument.
  if (!is_bytes_like(args[0]) || !is_bytes_like(args[1])) {
    std::string_view ignored;
    buffer_arg(is_bytes_like(args[0]) ? args[1] : args[0], ignored);
    return Ref();
  }
  int64_t count = -1;
  if (nargs > 2 && !int_arg(args[2], count)) return Ref();
  std::string_view old_text = sv(args[0]), new_text = sv(args[1]);
  auto r = tb::replace(sv(self), old_text, new_text, count);
  if (!r.ok()) return raise_text_error(r.error());
  return make_like(self, r.value());
}
Ref m_removeprefix(Value self, const Value* args, size_t, Tuple*) {
  std::string_view p;
  if (!buffer_arg(args[0], p)) return Ref();
  return same_or_like(self, text::removeprefix(sv(self), p));
}
Ref m_removesuffix(Value self, const Value* args, size_t, Tuple*) {
  std::string_view p;
  if (!buffer_arg(args[0], p)) return Ref();
  return same_or_like(self, text::removesuffix(sv(self), p));
}

// ---- case, predicates

template <std::string (*F)(std::string_view)>
Ref case_impl(Value self, const Value*, size_t, Tuple*) {
  return make_like(self, F(sv(self)));
}
template <bool (*F)(std::string_view)>
Ref predicate_impl(Value self, const Value*, size_t, Tuple*) {
  return new_bool(F(sv(self)));
}

// ---- padding

using PadFn = std::string (*)(std::string_view, int64_t, char);
Ref pad_impl(const char* name, Value self, const Value* args, size_t nargs, PadFn fn) {
  int64_t width;
  if (!int_arg(args[0], width)) return Ref();
  char fill = ' ';
  if (nargs > 1) {
    if (!is_bytes_like(args[1]) || sv(args[1]).size() != 1) {
      return raise_format(type_error_type, "{}() argument 2 must be a byte string of length 1, not {}", name,
                          type_name_of(args[1]));
    }
    fill = sv(args[1])[0];
  }
  return same_or_like(self, fn(sv(self), width, fill));
}
Ref m_center(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("center", self, a, n, tb::center); }
Ref m_ljust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("ljust", self, a, n, tb::ljust); }
Ref m_rjust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("rjust", self, a, n, tb::rjust); }
Ref m_zfill(Value self, const Value* args, size_t, Tuple*) {
  int64_t width;
  if (!int_arg(args[0], width)) return Ref();
  return same_or_like(self, tb::zfill(sv(self), width));
}
Ref m_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!bind("expandtabs", args, nargs, kwnames, {"tabsize"}, a)) return Ref();
  int64_t tabsize = 8;
  if (!a[0].is_absent() && !int_arg(a[0], tabsize)) return Ref();
  auto r = tb::expandtabs(sv(self), tabsize);
  if (!r.ok()) return raise_text_error(r.error());
  if (sv(self).find('\t') == std::string_view::npos) return same_or_like(self, r.value());
  return make_like(self, r.value());
}

// ---- translation

Ref m_maketrans(Value, const Value* args, size_t, Tuple*) {
  std::string_view from, to;
  if (!buffer_arg(args[0], from) || !buffer_arg(args[1], to)) return Ref();
  if (from.size() != to.size()) return raise(value_error_type, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return make_bytes(table);
}
Ref m_translate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (npos < 1) return raise_format(type_error_type, "translate() takes at least 1 positional argument ({} given)", npos);
  Value a[2];
  if (!bind("translate", args, nargs, kwnames, {"table", "delete"}, a)) return Ref();
  std::optional<std::string_view> table;
  if (!opt_buffer_arg(a[0], table)) return Ref();
  if (table && table->size() != 256) return raise(value_error_type, "translation table must be 256 characters long");
  std::string_view del;
  if (!a[1].is_absent() && !buffer_arg(a[1], del)) return Ref();
  bool deleted[256] = {};
  for (char c : del) deleted[static_cast<unsigned char>(c)] = true;
  std::string out;
  std::string_view s = sv(self);
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (!deleted[u]) out += table ? (*table)[u] : c;
  }
  if (out == s) return same_or_like(self, out);
  return make_like(self, out);
}

// ---- bytes only

Ref m_bytes_dunder(Value self, const Value*, size_t, Tuple*) {
  if (v_is_exact_bytes(self)) return Ref::borrow(self);
  return make_bytes(sv(self));
}
Ref m_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref b = make_bytes(sv(self));
  return make_tuple({b.get()});
}

// ---- bytearray only

Ref m_append(Value self, const Value* args, size_t, Tuple*) {
  unsigned char c;
  if (!byte_value(args[0], c)) return Ref();
  ByteArray* b = as_bytearray(self);
  char ch = static_cast<char>(c);
  bytearray_splice(b, b->size, 0, std::string_view(&ch, 1));
  return new_none();
}
Ref m_extend(Value self, const Value* args, size_t, Tuple*) {
  std::string data;
  if (is_bytes_like(args[0])) {
    data = sv(args[0]);
  } else {
    Ref it = get_iter(args[0]);
    if (!it) {
      if (error_matches(type_error_type)) {
        clear_error();
        return raise_format(type_error_type, "can't extend bytearray with {}", type_name_of(args[0]));
      }
      return it;
    }
    while (Ref item = iter_next(it.get())) {
      unsigned char c;
      if (!byte_value(item.get(), c)) return Ref();
      data += static_cast<char>(c);
    }
    if (error_pending()) return Ref();
  }
  ByteArray* b = as_bytearray(self);
  bytearray_splice(b, b->size, 0, data);
  return new_none();
}
Ref m_insert(Value self, const Value* args, size_t, Tuple*) {
  int64_t i;
  if (!int_arg(args[0], i)) return Ref();
  unsigned char c;
  if (!byte_value(args[1], c)) return Ref();
  ByteArray* b = as_bytearray(self);
  auto n = static_cast<int64_t>(b->size);
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  char ch = static_cast<char>(c);
  bytearray_splice(b, static_cast<size_t>(i), 0, std::string_view(&ch, 1));
  return new_none();
}
Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t i = -1;
  if (nargs > 0 && !int_arg(args[0], i)) return Ref();
  ByteArray* b = as_bytearray(self);
  if (b->size == 0) return raise(index_error_type, "pop from empty bytearray");
  if (!normalize_index(i, b->size)) return raise(index_error_type, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(b->data[i]);
  bytearray_splice(b, static_cast<size_t>(i), 1, "");
  return make_int(c);
}
Ref m_remove(Value self, const Value* args, size_t, Tuple*) {
  unsigned char c;
  if (!byte_value(args[0], c)) return Ref();
  ByteArray* b = as_bytearray(self);
  size_t at = b->view().find(static_cast<char>(c));
  if (at == std::string_view::npos) return raise(value_error_type, "value not found in bytearray");
  bytearray_splice(b, at, 1, "");
  return new_none();
}
Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  ByteArray* b = as_bytearray(self);
  bytearray_splice(b, 0, b->size, "");
  return new_none();
}
Ref m_copy(Value self, const Value*, size_t, Tuple*) { return make_bytearray(sv(self)); }
Ref m_reverse(Value self, const Value*, size_t, Tuple*) {
  ByteArray* b = as_bytearray(self);
  std::reverse(b->data, b->data + b->size);
  return new_none();
}
Ref m_alloc(Value self, const Value*, size_t, Tuple*) {
  ByteArray* b = as_bytearray(self);
  return make_int(static_cast<int64_t>(b->data ? b->capacity + 1 : 0));
}

}  // namespace

#define GYRE_BYTES_COMMON_METHODS                                                    \
  {"decode", m_decode, Arity::kAny, 0, 0, true},                                     \
  {"hex", m_hex, Arity::kAny, 0, 0, true},                                           \
  {"fromhex", m_fromhex, Arity::kOneArg, 0, 0, false, MethodKind::kClass},           \
  {"maketrans", m_maketrans, Arity::kRange, 2, 2, false, MethodKind::kStatic},       \
  {"translate", m_translate, Arity::kAny, 0, 0, true},                               \
  {"count", m_count, Arity::kRange, 1, 3},                                           \
  {"find", m_find, Arity::kRange, 1, 3},                                             \
  {"rfind", m_rfind, Arity::kRange, 1, 3},                                           \
  {"index", m_index, Arity::kRange, 1, 3},                                           \
  {"rindex", m_rindex, Arity::kRange, 1, 3},                                         \
  {"startswith", m_startswith, Arity::kRange, 1, 3},                                 \
  {"endswith", m_endswith, Arity::kRange, 1, 3},                                     \
  {"split", m_split, Arity::kAny, 0, 0, true},                                       \
  {"rsplit", m_rsplit, Arity::kAny, 0, 0, true},                                     \
  {"splitlines", m_splitlines, Arity::kAny, 0, 0, true},                             \
  {"join", m_join, Arity::kOneArg},                                                  \
  {"partition", m_partition, Arity::kOneArg},                                        \
  {"rpartition", m_rpartition, Arity::kOneArg},                                      \
  {"strip", strip_impl<tb::strip>, Arity::kRange, 0, 1},                             \
  {"lstrip", strip_impl<tb::lstrip>, Arity::kRange, 0, 1},                           \
  {"rstrip", strip_impl<tb::rstrip>, Arity::kRange, 0, 1},                           \
  {"replace", m_replace, Arity::kRange, 2, 3},                                       \
  {"removeprefix", m_removeprefix, Arity::kOneArg},                                  \
  {"removesuffix", m_removesuffix, Arity::kOneArg},                                  \
  {"center", m_center, Arity::kRange, 1, 2},                                         \
  {"ljust", m_ljust, Arity::kRange, 1, 2},                                           \
  {"rjust", m_rjust, Arity::kRange, 1, 2},                                           \
  {"zfill", m_zfill, Arity::kOneArg},                                                \
  {"expandtabs", m_expandtabs, Arity::kAny, 0, 0, true},                             \
  {"lower", case_impl<tb::lower>, Arity::kNoArgs},                                   \
  {"upper", case_impl<tb::upper>, Arity::kNoArgs},                                   \
  {"swapcase", case_impl<tb::swapcase>, Arity::kNoArgs},                             \
  {"capitalize", case_impl<tb::capitalize>, Arity::kNoArgs},                         \
  {"title", case_impl<tb::title>, Arity::kNoArgs},                                   \
  {"isalnum", predicate_impl<tb::isalnum>, Arity::kNoArgs},                          \
  {"isalpha", predicate_impl<tb::isalpha>, Arity::kNoArgs},                          \
  {"isascii", predicate_impl<tb::isascii>, Arity::kNoArgs},                          \
  {"isdigit", predicate_impl<tb::isdigit>, Arity::kNoArgs},                          \
  {"islower", predicate_impl<tb::islower>, Arity::kNoArgs},                          \
  {"isspace", predicate_impl<tb::isspace>, Arity::kNoArgs},                          \
  {"istitle", predicate_impl<tb::istitle>, Arity::kNoArgs},                          \
  {"isupper", predicate_impl<tb::isupper>, Arity::kNoArgs}

const MethodDef kBytesMethods[] = {
    GYRE_BYTES_COMMON_METHODS,
    {"__bytes__", m_bytes_dunder, Arity::kNoArgs},
    {"__getnewargs__", m_getnewargs, Arity::kNoArgs},
    {nullptr, nullptr},
};

const MethodDef kByteArrayMethods[] = {
    GYRE_BYTES_COMMON_METHODS,
    {"append", m_append, Arity::kOneArg},
    {"extend", m_extend, Arity::kOneArg},
    {"insert", m_insert, Arity::kRange, 2, 2},
    {"pop", m_pop, Arity::kRange, 0, 1},
    {"remove", m_remove, Arity::kOneArg},
    {"clear", m_clear, Arity::kNoArgs},
    {"copy", m_copy, Arity::kNoArgs},
    {"reverse", m_reverse, Arity::kNoArgs},
    {"__alloc__", m_alloc, Arity::kNoArgs},
    {nullptr, nullptr},
};

#undef GYRE_BYTES_COMMON_METHODS

}  // namespace gyre::vm
