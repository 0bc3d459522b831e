// str's methods: thin wrappers that unpack the arguments (with CPython's messages) and call the
// UTF-8 algorithms of vm/text, plus str.format, str % args and str.__format__.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "vm/abstract.hpp"
#include "vm/attributes.hpp"
#include "vm/bytes.hpp"
#include "vm/codecs.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/library_errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/format/format_spec.hpp"
#include "vm/format/percent_format.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/text/str_ops.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

std::string_view sv(Value v) { return as_str(v)->view(); }


// An argument that must be a str.
bool str_arg(const char* method, Value v, std::string_view& out, const char* what = "argument") {
  if (!is_str(v)) {
    raise_format(type_error_type, "{}() {} must be str, not {}", method, what, type_name_of(v));
    return false;
  }
  out = sv(v);
  return true;
}
// An optional str-or-None argument (split's sep, strip's chars).
bool opt_str_arg(const char* method, const Value* args, size_t nargs, size_t i,
                 std::optional<std::string_view>& out) {
  if (i >= nargs || args[i].is_none()) return true;
  if (!is_str(args[i])) {
    raise_format(type_error_type, "{} arg must be None or str", method);
    return false;
  }
  out = sv(args[i]);
  return true;
}
// start/end slice bounds (ints or None).
bool bound_arg(const Value* args, size_t nargs, size_t i, text::Bound& out) {
  if (i >= nargs || args[i].is_none()) return true;
  int64_t v;
  if (!is_int(args[i])) {
    raise(type_error_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (!index_to_int64(args[i], v)) return false;
  out = v;
  return true;
}
Ref list_of(const text::Pieces& pieces) {
  Ref list = make_list(pieces.size());
  for (std::string_view p : pieces) {
    Ref s = make_str(p);
    if (!s || list_append(list.as<List>(), s.get()) < 0) return Ref();
  }
  return list;
}

// ---- splitting and joining
Ref split_impl(Value self, const Value* args, size_t nargs, Tuple* kwnames, bool right) {
  const char* name = right ? "rsplit" : "split";
  size_t npos = nargs - tuple_size(kwnames);
  Value sep = npos > 0 ? args[0] : Value::none();
  Value maxsplit = npos > 1 ? args[1] : Value();
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = sv(kwnames->items[k]);
    if (key == "sep") sep = args[npos + k];
    else if (key == "maxsplit") maxsplit = args[npos + k];
    else return raise_format(type_error_type, "{}() got an unexpected keyword argument '{}'", name, key);
  }
  std::optional<std::string_view> sep_text;
  if (!sep.is_none()) {
    if (!is_str(sep)) return raise_format(type_error_type, "must be str or None, not {}", type_name_of(sep));
    sep_text = sv(sep);
  }
  int64_t max = -1;
  if (!maxsplit.is_absent() && !index_to_int64(maxsplit, max)) return Ref();
  auto r = right ? text::rsplit(sv(self), sep_text, max) : text::split(sv(self), sep_text, max);
  if (!r.ok()) return raise_text_error(r.error());
  return list_of(r.value());
}
Ref m_split(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, false); }
Ref m_rsplit(Value self, const Value* a, size_t n, Tuple* kw) { return split_impl(self, a, n, kw, true); }
Ref m_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value keep = nargs > 0 ? args[0] : Value::boolean(false);
  int k = is_true(keep);
  if (k < 0) return Ref();
  (void)kwnames;
  return list_of(text::splitlines(sv(self), k));
}
Ref m_join(Value self, const Value* args, size_t, Tuple*) {
  Ref it = get_iter_to_join(args[0]);
  if (!it) return it;
  std::vector<Ref> items;
  std::vector<std::string_view> views;
  size_t i = 0;
  while (Ref item = iter_next(it.get())) {
    if (!is_str(item.get())) {
      return raise_format(type_error_type, "sequence item {}: expected str instance, {} found", i,
                          type_name_of(item.get()));
    }
    views.push_back(sv(item.get()));
    items.push_back(std::move(item));
    ++i;
  }
  if (error_pending()) return Ref();
  return make_str(text::join(sv(self), views));
}
Ref partition_impl(Value self, Value sep, bool right) {
  std::string_view s;
  if (!is_str(sep)) return raise_format(type_error_type, "must be str, not {}", type_name_of(sep));
  s = sv(sep);
  auto r = right ? text::rpartition(sv(self), s) : text::partition(sv(self), s);
  if (!r.ok()) return raise_text_error(r.error());
  Ref a = make_str(r.value()[0]), b = make_str(r.value()[1]), c = make_str(r.value()[2]);
  return make_tuple({a.get(), b.get(), c.get()});
}
Ref m_partition(Value self, const Value* args, size_t, Tuple*) { return partition_impl(self, args[0], false); }
Ref m_rpartition(Value self, const Value* args, size_t, Tuple*) { return partition_impl(self, args[0], true); }

// ---- stripping
template <std::string_view (*F)(std::string_view, std::optional<std::string_view>)>
Ref strip_impl(const char* name, Value self, const Value* args, size_t nargs) {
  std::optional<std::string_view> chars;
  if (!opt_str_arg(name, args, nargs, 0, chars)) return Ref();
  std::string_view r = F(sv(self), chars);
  if (r.size() == sv(self).size() && is_str_exact(self)) return Ref::borrow(self);
  return make_str(r);
}
Ref m_strip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl<text::strip>("strip", self, a, n); }
Ref m_lstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl<text::lstrip>("lstrip", self, a, n); }
Ref m_rstrip(Value self, const Value* a, size_t n, Tuple*) { return strip_impl<text::rstrip>("rstrip", self, a, n); }

// ---- searching
using SearchFn = int64_t (*)(std::string_view, const text::TextInfo&, std::string_view, text::Bound, text::Bound);
Ref search_impl(const char* name, Value self, const Value* args, size_t nargs, SearchFn fn) {
  std::string_view sub;
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "must be str, not {}", type_name_of(args[0]));
  }
  sub = sv(args[0]);
  text::Bound start, end;
  if (!bound_arg(args, nargs, 1, start) || !bound_arg(args, nargs, 2, end)) return Ref();
  (void)name;
  return make_int(fn(sv(self), as_str(self)->info(), sub, start, end));
}
Ref m_find(Value self, const Value* a, size_t n, Tuple*) { return search_impl("find", self, a, n, text::find); }
Ref m_rfind(Value self, const Value* a, size_t n, Tuple*) { return search_impl("rfind", self, a, n, text::rfind); }
Ref m_count(Value self, const Value* a, size_t n, Tuple*) { return search_impl("count", self, a, n, text::count); }
Ref index_impl(Value self, const Value* args, size_t nargs, bool right) {
  if (!is_str(args[0])) return raise_format(type_error_type, "must be str, not {}", type_name_of(args[0]));
  text::Bound start, end;
  if (!bound_arg(args, nargs, 1, start) || !bound_arg(args, nargs, 2, end)) return Ref();
  auto r = right ? text::rindex(sv(self), as_str(self)->info(), sv(args[0]), start, end)
                 : text::index(sv(self), as_str(self)->info(), sv(args[0]), start, end);
  if (!r.ok()) return raise_text_error(r.error());
  return make_int(r.value());
}
Ref m_index(Value self, const Value* a, size_t n, Tuple*) { return index_impl(self, a, n, false); }
Ref m_rindex(Value self, const Value* a, size_t n, Tuple*) { return index_impl(self, a, n, true); }
Ref affix_impl(const char* name, Value self, const Value* args, size_t nargs, bool end_side) {
  text::Bound start, end;
  if (!bound_arg(args, nargs, 1, start) || !bound_arg(args, nargs, 2, end)) return Ref();
  auto test = [&](Value v) {
    return end_side ? text::endswith(sv(self), as_str(self)->info(), sv(v), start, end)
                    : text::startswith(sv(self), as_str(self)->info(), sv(v), start, end);
  };
  if (is_tuple(args[0])) {
    Tuple* t = as_tuple(args[0]);
    for (size_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i])) {
        return raise_format(type_error_type, "tuple for {} must only contain str, not {}", name,
                            type_name_of(t->items[i]));
      }
      if (test(t->items[i])) return new_bool(true);
    }
    return new_bool(false);
  }
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "{} first arg must be str or a tuple of str, not {}", name,
                        type_name_of(args[0]));
  }
  return new_bool(test(args[0]));
}
Ref m_startswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl("startswith", self, a, n, false); }
Ref m_endswith(Value self, const Value* a, size_t n, Tuple*) { return affix_impl("endswith", self, a, n, true); }
Ref m_replace(Value self, const Value* args, size_t nargs, Tuple*) {
  std::string_view old_text, new_text;
  if (!str_arg("replace", args[0], old_text, "argument 1") || !str_arg("replace", args[1], new_text, "argument 2")) {
    return Ref();
  }
  int64_t count = -1;
  if (nargs > 2 && !index_to_int64(args[2], count)) return Ref();
  auto r = text::replace(sv(self), old_text, new_text, count);
  if (!r.ok()) return raise_text_error(r.error());
  return make_str(r.value());
}
Ref m_removeprefix(Value self, const Value* args, size_t, Tuple*) {
  std::string_view p;
  if (!str_arg("removeprefix", args[0], p)) return Ref();
  return make_str(text::removeprefix(sv(self), p));
}
Ref m_removesuffix(Value self, const Value* args, size_t, Tuple*) {
  std::string_view p;
  if (!str_arg("removesuffix", args[0], p)) return Ref();
  return make_str(text::removesuffix(sv(self), p));
}

// ---- case and predicates
template <std::string (*F)(std::string_view)>
Ref case_impl(Value self, const Value*, size_t, Tuple*) {
  return make_str(F(sv(self)));
}
template <bool (*F)(std::string_view)>
Ref predicate_impl(Value self, const Value*, size_t, Tuple*) {
  return new_bool(F(sv(self)));
}

// ---- padding
using PadFn = text::Result<std::string> (*)(std::string_view, int64_t, std::string_view);
Ref pad_impl(const char* name, Value self, const Value* args, size_t nargs, PadFn fn) {
  int64_t width;
  if (!is_int(args[0])) {
    return raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(args[0]));
  }
  if (!index_to_int64(args[0], width)) return Ref();
  std::string_view fill = " ";
  if (nargs > 1) {
    if (!is_str(args[1]) || as_str(args[1])->length != 1) {
      if (!is_str(args[1])) {
        return raise_format(type_error_type, "{}() argument 2 must be str, not {}", name, type_name_of(args[1]));
      }
      return raise(type_error_type, "The fill character must be exactly one character long");
    }
    fill = sv(args[1]);
  }
  auto r = fn(sv(self), width, fill);
  if (!r.ok()) return raise_text_error(r.error());
  return make_str(r.value());
}
Ref m_center(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("center", self, a, n, text::center); }
Ref m_ljust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("ljust", self, a, n, text::ljust); }
Ref m_rjust(Value self, const Value* a, size_t n, Tuple*) { return pad_impl("rjust", self, a, n, text::rjust); }
Ref m_zfill(Value self, const Value* args, size_t, Tuple*) {
  int64_t width;
  if (!index_to_int64(args[0], width)) return Ref();
  return make_str(text::zfill(sv(self), width));
}
Ref m_expandtabs(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t tabsize = 8;
  if (nargs > 0 && !index_to_int64(args[0], tabsize)) return Ref();
  auto r = text::expandtabs(sv(self), static_cast<int>(tabsize));
  if (!r.ok()) return raise_text_error(r.error());
  return make_str(r.value());
}
Ref m_encode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  Value a[2];
  for (size_t i = 0; i < npos; ++i) a[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = sv(kwnames->items[k]);
    size_t i = key == "encoding" ? 0 : key == "errors" ? 1 : 2;
    if (i == 2) return raise_format(type_error_type, "'{}' is an invalid keyword argument for encode()", key);
    if (i < npos) {
      return raise_format(type_error_type, "argument for encode() given by name ('{}') and position ({})", key, i + 1);
    }
    a[i] = args[npos + k];
  }
  Codec codec;
  std::string_view errors;
  if (!codec_arguments("encode", a[0], a[1], codec, errors)) return Ref();
  return encode_text(sv(self), codec, errors);
}

// ---- formatting
Ref m_format_spec(Value self, const Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) {
    return raise_format(type_error_type, "format() argument 2 must be str, not {}", type_name_of(args[0]));
  }
  if (as_str(args[0])->size == 0) return str(self);
  format::FormatResult r = format::format_str(sv(self), sv(args[0]));
  if (!r.ok()) return raise_format_error(r.error());
  return make_str(r.text());
}

}  // namespace

Ref ascii_repr(Value v) {
  Ref r = repr(v);
  if (!r) return r;
  std::string_view text = sv(r.get());
  if (as_str(r.get())->ascii) return r;
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = text::decode(text, i, cp);
    if (len == 0) len = 1;
    if (cp <= 0xFF) out += fmt::format("\\x{:02x}", static_cast<uint32_t>(cp));
    else if (cp <= 0xFFFF) out += fmt::format("\\u{:04x}", static_cast<uint32_t>(cp));
    else out += fmt::format("\\U{:08x}", static_cast<uint32_t>(cp));
    i += len;
  }
  return make_str(out);
}

// format(value, spec) as the builtin does: type(value).__format__(value, spec).
Ref format_object(Value value, Value spec) {
  Ref method = getattr(value_of(type_of(value)), intern("__format__"));
  if (!method) return method;
  Value args[2] = {value, spec};
  Ref r = call(method.get(), args, 2);
  if (r && !is_str(r.get())) {
    return raise_format(type_error_type, "__format__ must return a str, not {}", type_name_of(r.get()));
  }
  return r;
}

namespace {

// str.format: the field grammar {[field_name][!conversion][:format_spec]}, with automatic or
// manual numbering, attribute and index lookups, and nested fields in the spec.
struct Formatter {
  const Value* args;
  size_t npos;
  Tuple* kwnames;
  const Value* kwvalues;
  int auto_index = 0;
  bool used_auto = false, used_manual = false;

  Ref lookup_argument(std::string_view name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) {
      size_t index;
      if (name.empty()) {
        if (used_manual) {
          return raise(value_error_type, "cannot switch from manual field specification to automatic field numbering");
        }
        used_auto = true;
        index = static_cast<size_t>(auto_index++);
      } else {
        if (used_auto) {
          return raise(value_error_type, "cannot switch from automatic field numbering to manual field specification");
        }
        used_manual = true;
        index = 0;
        for (char c : name) {
          if (c < '0' || c > '9') return lookup_keyword(name);
          index = index * 10 + (c - '0');
        }
      }
      if (index >= npos) {
        return raise_format(index_error_type, "Replacement index {} out of range for positional args tuple", index);
      }
      return Ref::borrow(args[index]);
    }
    return lookup_keyword(name);
  }
  Ref lookup_keyword(std::string_view name) {
    for (size_t k = 0; k < tuple_size(kwnames); ++k) {
      if (sv(kwnames->items[k]) == name) return Ref::borrow(kwvalues[k]);
    }
    Ref key = make_str(name);
    return raise_key_error(key.get());
  }

  // field_name: arg_name ("." attribute | "[" index "]")*
  Ref resolve(std::string_view field) {
    size_t end = field.find_first_of(".[");
    Ref value = lookup_argument(field.substr(0, end));
    while (value && end != std::string_view::npos) {
      if (field[end] == '.') {
        size_t next = field.find_first_of(".[", end + 1);
        std::string_view attr = field.substr(end + 1, next == std::string_view::npos ? next : next - end - 1);
        if (attr.empty()) return raise(value_error_type, "Empty attribute in format string");
        value = getattr(value.get(), intern(attr));
        end = next;
      } else {
        size_t close = field.find(']', end);
        if (close == std::string_view::npos) return raise(value_error_type, "Missing ']' in format string");
        std::string_view key = field.substr(end + 1, close - end - 1);
        if (key.empty()) return raise(value_error_type, "Empty attribute in format string");
        Ref key_value;
        bool numeric = std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (numeric) {
          int64_t n = 0;
          for (char c : key) n = n * 10 + (c - '0');
          key_value = make_int(n);
        } else {
          key_value = make_str(key);
        }
        value = get_item(value.get(), key_value.get());
        end = close + 1;
        if (end < field.size() && field[end] != '.' && field[end] != '[') {
          return raise(value_error_type, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (end >= field.size()) end = std::string_view::npos;
      }
    }
    return value;
  }

  bool render(std::string_view format, std::string& out, int depth) {
    if (depth > 2) {
      raise(value_error_type, "Max string recursion exceeded");
      return false;
    }
    size_t i = 0;
    while (i < format.size()) {
      char c = format[i];
      if (c == '}') {
        if (i + 1 < format.size() && format[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        raise(value_error_type, "Single '}' encountered in format string");
        return false;
      }
      if (c != '{') {
        out += c;
        ++i;
        continue;
      }
      if (i + 1 < format.size() && format[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // Find the matching '}' (nested braces inside the spec).
      size_t j = i + 1;
      int level = 1;
      while (j < format.size()) {
        if (format[j] == '{') ++level;
        else if (format[j] == '}' && --level == 0) break;
        ++j;
      }
      if (j >= format.size()) {
        raise(value_error_type, level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
        return false;
      }
      std::string_view field = format.substr(i + 1, j - i - 1);
      i = j + 1;
      // Split field_name, conversion, spec (the name ends at the first '!' or ':' outside [...]).
      size_t k = 0;
      bool in_brackets = false;
      while (k < field.size()) {
        if (field[k] == '[') in_brackets = true;
        else if (field[k] == ']') in_brackets = false;
        else if (!in_brackets && (field[k] == '!' || field[k] == ':')) break;
        ++k;
      }
      std::string_view name = field.substr(0, k);
      char conversion = 0;
      std::string_view spec;
      if (k < field.size() && field[k] == '!') {
        if (k + 1 >= field.size()) {
          raise(value_error_type, "end of string while looking for conversion specifier");
          return false;
        }
        conversion = field[k + 1];
        k += 2;
        if (k < field.size() && field[k] != ':') {
          raise(value_error_type, "expected ':' after conversion specifier");
          return false;
        }
      }
      if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
      Ref value = resolve(name);
      if (!value) return false;
      switch (conversion) {
        case 0: break;
        case 's': value = str(value.get()); break;
        case 'r': value = repr(value.get()); break;
        case 'a': value = ascii_repr(value.get()); break;
        default:
          raise_format(value_error_type, "Unknown conversion specifier {}", conversion);
          return false;
      }
      if (!value) return false;
      std::string spec_text;
      if (spec.find('{') != std::string_view::npos) {
        if (!render(spec, spec_text, depth + 1)) return false;
      } else {
        spec_text = spec;
      }
      Ref spec_str = make_str(spec_text);
      Ref formatted = format_object(value.get(), spec_str.get());
      if (!formatted) return false;
      out += sv(formatted.get());
    }
    return true;
  }
};

Ref m_format(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  Formatter f{args, npos, kwnames, args + npos};
  std::string out;
  if (!f.render(sv(self), out, 0)) return Ref();
  return make_str(out);
}

// str % args
Ref percent_one(const format::PercentSpec& spec, Value v) {
  switch (spec.conversion) {
    case 's': {
      Ref s = str(v);
      if (!s) return s;
      format::FormatResult r = format::percent_format_text(sv(s.get()), spec);
      if (!r.ok()) return raise_format_error(r.error());
      return make_str(r.text());
    }
    case 'r':
    case 'a': {
      Ref s = repr(v);
      if (!s) return s;
      format::FormatResult r = format::percent_format_text(sv(s.get()), spec);
      if (!r.ok()) return raise_format_error(r.error());
      return make_str(r.text());
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'c': {
      number::IntView iv(int64_t{0});
      Ref holder;
      if (spec.conversion == 'c' && is_str(v)) {
        if (as_str(v)->length != 1) return raise(type_error_type, "%c requires int or char");
        format::FormatResult r = format::percent_format_text(sv(v), spec);
        if (!r.ok()) return raise_format_error(r.error());
        return make_str(r.text());
      }
      if (!int_view(v, iv)) {
        if (is_float(v) && spec.conversion != 'c' && spec.conversion != 'o' && spec.conversion != 'x' && spec.conversion != 'X') {
          holder = call1(value_of(int_type), v);
          if (!holder) return holder;
          int_view(holder.get(), iv);
        } else if (spec.conversion == 'c') {
          return raise(type_error_type, "%c requires int or char");
        } else if (spec.conversion == 'd' || spec.conversion == 'i' || spec.conversion == 'u') {
          return raise_format(type_error_type, "%{} format: a real number is required, not {}",
                              static_cast<char>(spec.conversion), type_name_of(v));
        } else {
          return raise_format(type_error_type, "%{} format: an integer is required, not {}",
                              static_cast<char>(spec.conversion), type_name_of(v));
        }
      }
      format::FormatResult r = iv.is_small() ? format::percent_format_int(iv.small(), spec)
                                             : format::percent_format_int(iv.big().get(), spec);
      if (!r.ok()) return raise_format_error(r.error());
      return make_str(r.text());
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      Ref f = call1(value_of(float_type), v);
      if (!f) {
        if (error_matches(type_error_type) || error_matches(value_error_type)) {
          clear_error();
          return raise_format(type_error_type, "must be real number, not {}", type_name_of(v));
        }
        return f;
      }
      format::FormatResult r = format::percent_format_float(f.get().as_double(), spec);
      if (!r.ok()) return raise_format_error(r.error());
      return make_str(r.text());
    }
    default:
      return raise(value_error_type, format::unsupported_format_character(spec.conversion, spec.conversion_index));
  }
}

// `%s`, `%b`, `%r`, `%a` and `%c` of bytes formatting: the bytes of the argument (CPython's
// _PyBytes_FormatEx), cut to the precision and padded to the width with spaces.
bool percent_piece_bytes(const format::PercentSpec& spec, Value v, std::string& out) {
  std::string data;
  switch (spec.conversion) {
    case 's': case 'b': {
      if (is_bytes_like(v)) {
        data = bytes_like_view(v);
      } else if (Value m = type_lookup(type_of(v), intern("__bytes__")); !m.is_absent()) {
        Ref r = call_method(v, intern("__bytes__"), nullptr, 0);
        if (!r) return false;
        if (!is_bytes(r.get())) {
          raise_format(type_error_type, "__bytes__ returned non-bytes (type {})", type_name_of(r.get()));
          return false;
        }
        data = as_bytes(r.get())->view();
      } else {
        raise_format(type_error_type,
                     "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                     type_name_of(v));
        return false;
      }
      break;
    }
    case 'r': case 'a': {
      Ref r = ascii_repr(v);
      if (!r) return false;
      data = sv(r.get());
      break;
    }
    case 'c': {
      if (is_bytes_like(v) && bytes_like_view(v).size() == 1) {
        data = bytes_like_view(v);
        break;
      }
      int64_t n = -1;
      if (type_of(v)->index != nullptr) {
        if (!index_to_int64(v, n)) {
          if (!error_matches(overflow_error_type)) return false;
          clear_error();
          n = -1;
        }
      } else {
        raise(type_error_type, "%c requires an integer in range(256) or a single byte");
        return false;
      }
      if (n < 0 || n > 255) {
        raise(overflow_error_type, "%c arg not in range(256)");
        return false;
      }
      data = std::string(1, static_cast<char>(n));
      break;
    }
    default: {
      Ref piece = percent_one(spec, v);
      if (!piece) return false;
      out += sv(piece.get());
      return true;
    }
  }
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < data.size() && spec.conversion != 'c') {
    data.resize(static_cast<size_t>(spec.precision));
  }
  size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  if (!spec.left_adjust && width > data.size()) out.append(width - data.size(), ' ');
  out += data;
  if (spec.left_adjust && width > data.size()) out.append(width - data.size(), ' ');
  return true;
}

bool percent_piece_str(const format::PercentSpec& spec, Value v, std::string& out) {
  Ref piece = percent_one(spec, v);
  if (!piece) return false;
  out += sv(piece.get());
  return true;
}

// The printf-style loop `str % args` and `bytes % args` share: fmt_text is the format (UTF-8
// text, or raw bytes with `bytes`), each conversion goes through the piece function.
Ref percent_format_loop(std::string_view fmt_text, Value args, bool bytes, std::string& out) {
  bool is_mapping = !is_tuple(args) && !(bytes ? is_bytes(args) : is_str(args)) && type_of(args)->getitem != nullptr;
  std::vector<Value> items;
  if (is_tuple(args)) {
    Tuple* t = as_tuple(args);
    items.assign(t->items, t->items + t->size);
  } else {
    items.push_back(args);
  }
  size_t next = 0;
  bool used_mapping = false;
  size_t i = 0;
  while (i < fmt_text.size()) {
    size_t pct = fmt_text.find('%', i);
    if (pct == std::string_view::npos) {
      out += fmt_text.substr(i);
      break;
    }
    out += fmt_text.substr(i, pct - i);
    format::PercentSpec spec;
    std::optional<std::string> err = bytes ? format::parse_percent_spec(fmt_text, pct + 1, spec, pct + 1)
                                           : format::parse_percent_spec(fmt_text, pct + 1, spec);
    if (spec.has_key && !is_mapping) return raise(type_error_type, "format requires a mapping");
    if (spec.width_star) {
      if (next >= items.size()) return raise(type_error_type, "not enough arguments for format string");
      int64_t w;
      if (!is_int(items[next])) return raise(type_error_type, "* wants int");
      if (!index_to_int64(items[next++], w)) return Ref();
      format::set_star_width(spec, w);
    }
    if (spec.precision_star) {
      if (next >= items.size()) return raise(type_error_type, "not enough arguments for format string");
      int64_t p;
      if (!is_int(items[next])) return raise(type_error_type, "* wants int");
      if (!index_to_int64(items[next++], p)) return Ref();
      format::set_star_precision(spec, p);
    }
    if (err) return raise(value_error_type, *err);
    i = spec.end;
    if (spec.is_escape) {
      out += '%';
      continue;
    }
    Ref value;
    if (spec.has_key) {
      used_mapping = true;
      std::string_view key_text = fmt_text.substr(spec.key_begin, spec.key_end - spec.key_begin);
      Ref key = bytes ? make_bytes(key_text) : make_str(key_text);
      value = get_item(args, key.get());
      if (!value) return value;
    } else {
      if (next >= items.size()) return raise(type_error_type, "not enough arguments for format string");
      value = Ref::borrow(items[next++]);
    }
    if (!(bytes ? percent_piece_bytes : percent_piece_str)(spec, value.get(), out)) return Ref();
  }
  if (!used_mapping && !is_mapping && next < items.size() && (is_tuple(args) || next == 0)) {
    return raise(type_error_type, bytes ? "not all arguments converted during bytes formatting"
                                        : "not all arguments converted during string formatting");
  }
  return new_none();
}

Ref str_mod(Value self, Value args) {
  if (!is_str(self)) return new_not_implemented();
  std::string out;
  if (!percent_format_loop(sv(self), args, false, out)) return Ref();
  return make_str(out);
}

}  // namespace

Ref bytes_percent_format(Value self, Value args) {
  if (!is_bytes_like(self)) return new_not_implemented();
  std::string fmt_text(bytes_like_view(self)), out;
  if (!percent_format_loop(fmt_text, args, true, out)) return Ref();
  return is_bytearray(self) ? make_bytearray(out) : make_bytes(out);
}

Ref str_percent_format(Value self, Value args) { return str_mod(self, args); }

const MethodDef kStrMethods[] = {
    {"split", m_split, Arity::kAny, 0, 0, true},
    {"rsplit", m_rsplit, Arity::kAny, 0, 0, true},
    {"splitlines", m_splitlines, Arity::kRange, 0, 1, true},
    {"join", m_join, Arity::kOneArg},
    {"partition", m_partition, Arity::kOneArg},
    {"rpartition", m_rpartition, Arity::kOneArg},
    {"strip", m_strip, Arity::kRange, 0, 1},
    {"lstrip", m_lstrip, Arity::kRange, 0, 1},
    {"rstrip", m_rstrip, Arity::kRange, 0, 1},
    {"find", m_find, Arity::kRange, 1, 3},
    {"rfind", m_rfind, Arity::kRange, 1, 3},
    {"index", m_index, Arity::kRange, 1, 3},
    {"rindex", m_rindex, Arity::kRange, 1, 3},
    {"count", m_count, Arity::kRange, 1, 3},
    {"startswith", m_startswith, Arity::kRange, 1, 3},
    {"endswith", m_endswith, Arity::kRange, 1, 3},
    {"replace", m_replace, Arity::kRange, 2, 3},
    {"removeprefix", m_removeprefix, Arity::kOneArg},
    {"removesuffix", m_removesuffix, Arity::kOneArg},
    {"upper", case_impl<text::upper>, Arity::kNoArgs},
    {"lower", case_impl<text::lower>, Arity::kNoArgs},
    {"casefold", case_impl<text::casefold>, Arity::kNoArgs},
    {"capitalize", case_impl<text::capitalize>, Arity::kNoArgs},
    {"title", case_impl<text::title>, Arity::kNoArgs},
    {"swapcase", case_impl<text::swapcase>, Arity::kNoArgs},
    {"isalpha", predicate_impl<text::isalpha>, Arity::kNoArgs},
    {"isalnum", predicate_impl<text::isalnum>, Arity::kNoArgs},
    {"isdecimal", predicate_impl<text::isdecimal>, Arity::kNoArgs},
    {"isdigit", predicate_impl<text::isdigit>, Arity::kNoArgs},
    {"isnumeric", predicate_impl<text::isnumeric>, Arity::kNoArgs},
    {"isspace", predicate_impl<text::isspace>, Arity::kNoArgs},
    {"islower", predicate_impl<text::islower>, Arity::kNoArgs},
    {"isupper", predicate_impl<text::isupper>, Arity::kNoArgs},
    {"istitle", predicate_impl<text::istitle>, Arity::kNoArgs},
    {"isprintable", predicate_impl<text::isprintable>, Arity::kNoArgs},
    {"isidentifier", predicate_impl<text::isidentifier>, Arity::kNoArgs},
    {"isascii", predicate_impl<text::isascii>, Arity::kNoArgs},
    {"center", m_center, Arity::kRange, 1, 2},
    {"ljust", m_ljust, Arity::kRange, 1, 2},
    {"rjust", m_rjust, Arity::kRange, 1, 2},
    {"zfill", m_zfill, Arity::kOneArg},
    {"expandtabs", m_expandtabs, Arity::kRange, 0, 1, true},
    {"encode", m_encode, Arity::kRange, 0, 2, true},
    {"format", m_format, Arity::kAny, 0, 0, true},
    {"__format__", m_format_spec, Arity::kOneArg},
    {nullptr, nullptr},
};

}  // namespace gyre::vm
