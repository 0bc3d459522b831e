// str objects: creation, interning, hash, equality, concatenation, repr, and the str type's
// slots (sequence protocol and comparison). The str methods (vm/str_methods.cpp) wrap vm/text.
#include "vm/str.hpp"

#include "vm/bytes.hpp"
#include "vm/codecs.hpp"

#include <cstddef>
#include <cstring>
#include <string>
#include <unordered_map>

#include "vm/text/pyrepr.hpp"
#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/library_errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/text/str_sequence.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* str_type;
Type* str_iterator_type;

namespace {

Str* ascii_chars[128];
Str* the_empty_str;

std::unordered_map<std::string_view, Str*>& intern_table() {
  static std::unordered_map<std::string_view, Str*> table;
  return table;
}

Str* allocate_str(size_t size) {
  Str* s = allocate<Str>(str_type, offsetof(Str, data) + size + 1);
  s->size = size;
  return s;
}

Str* new_str(std::string_view utf8) {
  Str* s = allocate_str(utf8.size());
  std::memcpy(s->data, utf8.data(), utf8.size());
  s->data[utf8.size()] = '\0';
  text::TextInfo info = text::measure(utf8);
  s->length = info.length;
  s->ascii = info.ascii;
  return s;
}

Str* make_immortal(std::string_view utf8) {
  Str* s = new_str(utf8);
  s->refcount = kImmortalRefcount;
  return s;
}

}  // namespace

text::OffsetCursor g_str_offset_cursor;

Str* empty_str() { return the_empty_str; }

Ref make_str(std::string_view utf8) {
  if (utf8.empty() && the_empty_str != nullptr) return Ref::borrow(the_empty_str);
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128 && ascii_chars[0] != nullptr)
    return Ref::borrow(ascii_chars[static_cast<unsigned char>(utf8[0])]);
  return Ref::steal(new_str(utf8));
}

Str* intern(std::string_view utf8) {
  auto& table = intern_table();
  auto found = table.find(utf8);
  if (found != table.end()) return found->second;
  Str* s = make_immortal(utf8);
  s->interned = true;
  table.emplace(s->view(), s);
  return s;
}

bool is_str(Value v) { return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kStrSubclass); }

int64_t str_hash_compute(Str* s) {
  // A 64-bit multiply-mix hash over 8-byte words (CPython's str hash is randomized: any good
  // hash will do; 0 and -1 are reserved).
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  size_t n = s->size;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w * 0x87C37B91114253D5ull)) * 0x4CF5AD432745937Full;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  for (size_t i = 0; i < n; ++i) tail |= uint64_t{p[i]} << (8 * i);
  h = (h ^ (tail * 0x87C37B91114253D5ull)) * 0x4CF5AD432745937Full;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  int64_t result = static_cast<int64_t>(h);
  if (result == 0 || result == -1) result = -2;
  s->hash_ = result;
  return result;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash_ != 0 && b->hash_ != 0 && a->hash_ != b->hash_) return false;
  return std::memcmp(a->data, b->data, a->size) == 0;
}

Ref str_concat(Str* a, Str* b) {
  // A str subclass operand is never returned as the result (which is always an exact str).
  if (a->size == 0 && b->type == str_type) return Ref::borrow(b);
  if (b->size == 0 && a->type == str_type) return Ref::borrow(a);
  text::check_result_size(a->size, b->size, 1);
  Str* s = allocate_str(a->size + b->size);
  std::memcpy(s->data, a->data, a->size);
  std::memcpy(s->data + a->size, b->data, b->size);
  s->data[s->size] = '\0';
  s->length = a->length + b->length;
  s->ascii = a->ascii && b->ascii;
  return Ref::steal(s);
}

Ref str_item(Str* s, size_t index) {
  if (s->ascii) return make_str(std::string_view(s->data + index, 1));
  size_t at = text::byte_offset(s->view(), s->info(), index);
  char32_t cp;
  size_t n = text::decode(s->view(), at, cp);
  return make_str(std::string_view(s->data + at, n));
}

std::string str_repr_text(std::string_view utf8) { return text::repr_str(utf8); }

namespace {


Ref s_repr(Value self) { return make_str(str_repr_text(as_str(self)->view())); }
Ref s_str(Value self) {
  if (is_str_exact(self)) return Ref::borrow(self);
  return make_str(as_str(self)->view());
}
int64_t s_hash(Value self) { return str_hash(as_str(self)); }

Ref s_richcompare(Value self, Value other, CompareOp op) {
  if (!is_str(other)) return new_not_implemented();
  Str* a = as_str(self);
  Str* b = as_str(other);
  if (op == CompareOp::Eq) return new_bool(str_equal(a, b));
  if (op == CompareOp::Ne) return new_bool(!str_equal(a, b));
  int c = a->view().compare(b->view());
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
    default: break;
  }
  return new_bool(r);
}

int64_t s_length(Value self) { return static_cast<int64_t>(as_str(self)->length); }

Ref s_getitem(Value self, Value key) {
  Str* s = as_str(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), s->length, si)) return Ref();
    text::SliceBounds b{si.start, si.stop, si.step, si.count};
    return make_str(text::take_slice(s->view(), s->info(), b));
  }
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "string indices must be integers, not '{}'",
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  if (!normalize_index(i, s->length)) return raise(index_error_type, "string index out of range");
  return str_item(s, static_cast<size_t>(i));
}

int s_contains(Value self, Value item) {
  if (!is_str(item)) {
    raise_format(type_error_type, "'in <string>' requires string as left operand, not {}",
                 type_name_of(item));
    return -1;
  }
  return text::contains(as_str(self)->view(), as_str(item)->view()) ? 1 : 0;
}

Ref s_add(Value a, Value b) {
  if (!is_str(a) || !is_str(b)) return new_not_implemented();
  return str_concat(as_str(a), as_str(b));
}

Ref s_mul(Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value n = is_str(a) ? b : a;
  if (type_of(n)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(n, count)) return Ref();
  auto r = text::repeat(as_str(s)->view(), count);
  if (!r) return raise_text_error(r.error());
  return make_str(*r);
}

int s_bool(Value self) { return as_str(self)->size != 0; }

// str(x) and str.__new__(cls, x): a subclass instance is a Str of cls holding a copy of the
// text, with the word for its __dict__ after the data (var_instance_size).
Ref s_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  if (nargs > 3) return raise_format(type_error_type, "str() takes at most 3 arguments ({} given)", nargs);
  Value a[3];
  for (size_t i = 0; i < npos; ++i) a[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = as_str(kwnames->items[k])->view();
    size_t i = key == "object" ? 0 : key == "encoding" ? 1 : key == "errors" ? 2 : 3;
    if (i == 3) return raise_format(type_error_type, "'{}' is an invalid keyword argument for str()", key);
    if (i < npos) {
      return raise_format(type_error_type, "argument for str() given by name ('{}') and position ({})", key, i + 1);
    }
    a[i] = args[npos + k];
  }
  Ref result;
  if (a[0].is_absent()) {
    result = Ref::borrow(empty_str());
  } else if (a[1].is_absent() && a[2].is_absent()) {
    result = str(a[0]);
  } else {
    // str(b, encoding, errors): decoding.
    if (is_str(a[0])) return raise(type_error_type, "decoding str is not supported");
    if (!is_bytes_like(a[0])) {
      return raise_format(type_error_type, "decoding to str: need a bytes-like object, {} found", type_name_of(a[0]));
    }
    Codec codec;
    std::string_view errors;
    if (!codec_arguments("str", a[1], a[2], codec, errors)) return Ref();
    std::string data(bytes_like_view(a[0]));
    result = decode_text(data, codec, errors);
  }
  if (!result || type == str_type) return result;
  Str* value = as_str(result.get());
  Str* s = allocate<Str>(type, var_instance_size(type, offsetof(Str, data) + value->size + 1));
  s->size = value->size;
  std::memcpy(s->data, value->data, value->size + 1);
  s->length = value->length;
  s->ascii = value->ascii;
  return Ref::steal(s);
}

size_t s_var_size(const Object* o) { return offsetof(Str, data) + static_cast<const Str*>(o)->size + 1; }

// ---- iterator

struct StrIterator : Object {
  Str* str;       // owned; null when exhausted
  size_t offset;  // byte offset of the next code point
};

void str_iterator_dealloc(Object* o) {
  auto* it = static_cast<StrIterator*>(o);
  if (it->str) decref(it->str);
  free_object(o);
}

Ref s_iter(Value self) {
  auto* it = allocate<StrIterator>(str_iterator_type);
  incref(self);
  it->str = as_str(self);
  return Ref::steal(it);
}

Ref str_iterator_next(Value self) {
  auto* it = static_cast<StrIterator*>(self.as_object());
  if (it->str == nullptr) return Ref();
  if (it->offset >= it->str->size) {
    Str* s = it->str;
    it->str = nullptr;
    decref(s);
    return Ref();
  }
  char32_t cp;
  size_t n = text::decode(it->str->view(), it->offset, cp);
  Ref r = make_str(std::string_view(it->str->data + it->offset, n));
  it->offset += n;
  return r;
}

Ref self_iter(Value self) { return Ref::borrow(self); }

void str_dealloc(Object* o) {
  if (g_str_offset_cursor.data == static_cast<Str*>(o)->data) g_str_offset_cursor.data = nullptr;
  free_object(o);
}

}  // namespace

void init_str_type() {
  str_type = make_builtin_type("str", nullptr, sizeof(Str),
                               TypeFlag::kBaseType | TypeFlag::kStrSubclass);
  Type* t = str_type;
  t->dealloc = str_dealloc;
  t->var_size = s_var_size;
  t->repr = s_repr;
  t->str = s_str;
  t->hash = s_hash;
  t->richcompare = s_richcompare;
  t->length = s_length;
  t->getitem = s_getitem;
  t->contains = s_contains;
  t->iter = s_iter;
  t->bool_ = s_bool;
  t->new_ = s_new;
  t->binary[static_cast<int>(BinaryOp::Add)] = s_add;
  t->binary[static_cast<int>(BinaryOp::Mul)] = s_mul;
  t->binary[static_cast<int>(BinaryOp::Mod)] = str_percent_format;
  t->methods = kStrMethods;

  the_empty_str = make_immortal("");
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    ascii_chars[c] = make_immortal(std::string_view(&ch, 1));
  }

  str_iterator_type = make_builtin_type("str_ascii_iterator", nullptr, sizeof(StrIterator), 0);
  str_iterator_type->dealloc = str_iterator_dealloc;
  str_iterator_type->iter = self_iter;
  str_iterator_type->iternext = str_iterator_next;
}

}  // namespace gyre::vm
