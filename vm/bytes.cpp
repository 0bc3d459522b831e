// bytes and bytearray objects: creation, repr, len, indexing, concatenation, repetition,
// comparison, hash, iteration, `in`, and bytearray's item and slice assignment. Their methods
// are in vm/bytes_methods.cpp.
#include "vm/bytes.hpp"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "vm/text/pyrepr.hpp"
#include "vm/text/str_search.hpp"
#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/codecs.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/sequence_helpers.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* bytes_type;
Type* bytearray_type;
Type* bytes_iterator_type;
Type* bytearray_iterator_type;

Ref make_bytes(std::string_view raw) {
  Bytes* b = allocate<Bytes>(bytes_type, offsetof(Bytes, data) + raw.size() + 1);
  b->size = raw.size();
  std::memcpy(b->data, raw.data(), raw.size());
  b->data[raw.size()] = '\0';
  return Ref::steal(b);
}

bool is_bytes(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kBytesSubclass);
}

bool is_bytearray(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(TypeFlag::kByteArraySubclass);
}

namespace {

void bytearray_reserve(ByteArray* b, size_t capacity) {
  if (capacity <= b->capacity && b->data != nullptr) return;
  size_t grown = b->capacity + (b->capacity >> 3) + 6;
  if (grown < capacity) grown = capacity;
  char* data = static_cast<char*>(std::realloc(b->data, grown + 1));
  if (data == nullptr) throw std::bad_alloc();
  b->data = data;
  b->capacity = grown;
}

void bytearray_assign(ByteArray* b, std::string_view raw) {
  if (raw.empty() && b->data == nullptr) return;  // an empty bytearray owns no buffer
  bytearray_reserve(b, raw.size());
  if (!raw.empty()) std::memmove(b->data, raw.data(), raw.size());
  b->size = raw.size();
  b->data[b->size] = '\0';
}

}  // namespace

Ref make_bytearray(std::string_view raw) {
  ByteArray* b = allocate<ByteArray>(bytearray_type);
  b->size = 0;
  b->capacity = 0;
  b->data = nullptr;
  if (!raw.empty()) bytearray_assign(b, raw);
  return Ref::steal(b);
}

void bytearray_splice(ByteArray* b, size_t start, size_t count, std::string_view with) {
  size_t new_size = b->size - count + with.size();
  bytearray_reserve(b, new_size);
  std::memmove(b->data + start + with.size(), b->data + start + count, b->size - start - count);
  if (!with.empty()) std::memcpy(b->data + start, with.data(), with.size());
  b->size = new_size;
  b->data[new_size] = '\0';
}

bool byte_value(Value v, unsigned char& out) {
  int64_t n;
  if (type_of(v)->index == nullptr) {
    raise_format(type_error_type, "'{}' object cannot be interpreted as an integer", type_name_of(v));
    return false;
  }
  if (!index_to_int64(v, n)) return false;
  if (n < 0 || n > 255) {
    raise(value_error_type, "byte must be in range(0, 256)");
    return false;
  }
  out = static_cast<unsigned char>(n);
  return true;
}

bool bytes_of_argument(Value x, std::string& out, bool call_dunder_bytes) {
  const char* type_word = call_dunder_bytes ? "bytes" : "bytearray";
  if (is_bytes_like(x)) {
    out = bytes_like_view(x);
    return true;
  }
  if (is_str(x)) {
    raise(type_error_type, "string argument without an encoding");
    return false;
  }
  if (call_dunder_bytes) {
    Value method = type_lookup(type_of(x), intern("__bytes__"));
    if (!method.is_absent()) {
      Ref r = call_method(x, intern("__bytes__"), nullptr, 0);
      if (!r) return false;
      if (!is_bytes(r.get())) {
        raise_format(type_error_type, "__bytes__ returned non-bytes (type {})", type_name_of(r.get()));
        return false;
      }
      out = as_bytes(r.get())->view();
      return true;
    }
  }
  if (type_of(x)->index != nullptr) {
    int64_t n;
    if (!index_to_int64(x, n)) return false;
    if (n < 0) {
      raise(value_error_type, "negative count");
      return false;
    }
    out.assign(static_cast<size_t>(n), '\0');
    return true;
  }
  Ref it = get_iter(x);
  if (!it) {
    if (error_matches(type_error_type)) {
      clear_error();
      raise_format(type_error_type, "cannot convert '{}' object to {}", type_name_of(x), type_word);
    }
    return false;
  }
  while (Ref item = iter_next(it.get())) {
    if (type_of(item.get())->index == nullptr) {
      raise_format(type_error_type, "'{}' object cannot be interpreted as an integer",
                   type_name_of(item.get()));
      return false;
    }
    int64_t b;
    if (!index_to_int64(item.get(), b)) return false;
    if (b < 0 || b > 255) {
      raise(value_error_type, call_dunder_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
      return false;
    }
    out += static_cast<char>(b);
  }
  return !error_pending();
}

namespace {

// ---- shared by bytes and bytearray

std::string_view view_of(Value v) { return bytes_like_view(v); }
Ref make_like(Value self, std::string_view raw) {
  return is_bytearray(self) ? make_bytearray(raw) : make_bytes(raw);
}

Ref bytes_repr(Value self) { return make_str(text::repr_bytes(as_bytes(self)->view())); }
Ref bytearray_repr(Value self) {
  std::string r = text::repr_bytes(as_bytearray(self)->view());
  return make_str(std::string(type_name_of(self)) + "(" + r + ")");
}

Ref richcompare_bytes_like(Value self, Value other, CompareOp op) {
  if (!is_bytes_like(other)) return new_not_implemented();
  int c = view_of(self).compare(view_of(other));
  bool r = false;
  switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
  }
  return new_bool(r);
}

int64_t length_bytes_like(Value self) { return static_cast<int64_t>(view_of(self).size()); }

Ref getitem_bytes_like(Value self, Value key) {
  std::string_view data = view_of(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), data.size(), si)) return Ref();
    data = view_of(self);  // slice_indices may have run __index__
    if (si.step == 1) return make_like(self, data.substr(static_cast<size_t>(si.start), si.count));
    std::string out;
    out.reserve(si.count);
    for (size_t i = 0; i < si.count; ++i) out += data[si.start + static_cast<int64_t>(i) * si.step];
    return make_like(self, out);
  }
  const char* word = is_bytearray(self) ? "bytearray" : "byte";
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "{} indices must be integers or slices, not {}", word,
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  data = view_of(self);
  if (!normalize_index(i, data.size()))
    return raise(index_error_type, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
  return Ref::steal(Value::from_small_int(static_cast<unsigned char>(data[i])));
}

Ref add_bytes_like(Value a, Value b) {
  // Other operands: NotImplemented, and binary_op's "can't concat str to bytes".
  if (!is_bytes_like(a) || !is_bytes_like(b)) return new_not_implemented();
  std::string s(view_of(a));
  s += view_of(b);
  return make_like(a, s);
}

Ref mul_bytes_like(Value a, Value b) {
  Value seq = is_bytes_like(a) ? a : b;
  Value n = is_bytes_like(a) ? b : a;
  if (type_of(n)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(n, count)) return Ref();
  std::string_view data = view_of(seq);
  if (count <= 0 || data.empty()) return make_like(seq, "");
  if (static_cast<uint64_t>(count) > (uint64_t{1} << 40) / data.size()) return raise_empty(memory_error_type);
  std::string out;
  out.reserve(data.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += data;
  return make_like(seq, out);
}

// ---- bytes

int64_t b_hash(Value self) {
  Bytes* b = as_bytes(self);
  if (b->hash_ != 0) return b->hash_;
  // FNV-1a, then a final mix (bytes hashes are randomized in CPython too).
  uint64_t h = 0xCBF29CE484222325ull;
  for (size_t i = 0; i < b->size; ++i) h = (h ^ static_cast<unsigned char>(b->data[i])) * 0x100000001B3ull;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  int64_t r = static_cast<int64_t>(h);
  if (r == 0 || r == -1) r = -2;
  b->hash_ = r;
  return r;
}

// The arguments of bytes() / bytearray(): source, encoding, errors.
bool constructor_arguments(const char* name, const Value* args, size_t nargs, Tuple* kwnames, Value& x,
                           Value& encoding, Value& errors) {
  size_t npos = nargs - tuple_size(kwnames);
  if (nargs > 3) {
    raise_format(type_error_type, "{}() takes at most 3 arguments ({} given)", name, nargs);
    return false;
  }
  if (npos > 0) x = args[0];
  if (npos > 1) encoding = args[1];
  if (npos > 2) errors = args[2];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view key = as_str(kwnames->items[k])->view();
    Value v = args[npos + k];
    if (key == "source") x = v;
    else if (key == "encoding") encoding = v;
    else if (key == "errors") errors = v;
    else {
      raise_format(type_error_type, "'{}' is an invalid keyword argument for {}()", key, name);
      return false;
    }
  }
  return true;
}

// The content of bytes(...) / bytearray(...).
bool constructor_content(const char* name, Value x, Value encoding, Value errors, std::string& data) {
  if (!encoding.is_absent() || !errors.is_absent()) {
    if (x.is_absent() || !is_str(x)) {
      raise(type_error_type, encoding.is_absent() ? "errors without a string argument"
                                                  : "encoding without a string argument");
      return false;
    }
    if (encoding.is_absent()) {
      raise(type_error_type, "string argument without an encoding");
      return false;
    }
    Codec codec;
    std::string_view errors_text;
    if (!codec_arguments(name, encoding, errors, codec, errors_text)) return false;
    Ref encoded = encode_text(as_str(x)->view(), codec, errors_text);
    if (!encoded) return false;
    data = as_bytes(encoded.get())->view();
    return true;
  }
  if (x.is_absent()) return true;
  return bytes_of_argument(x, data, std::string_view(name) == "bytes");
}

// bytes(x), bytes(text, encoding[, errors]) and bytes.__new__(cls, ...): a subclass instance
// is a Bytes of cls, with the word for its __dict__ after the data (var_instance_size).
Ref b_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value x, encoding, errors;
  if (!constructor_arguments("bytes", args, nargs, kwnames, x, encoding, errors)) return Ref();
  std::string data;
  if (!constructor_content("bytes", x, encoding, errors, data)) return Ref();
  if (type == bytes_type) return make_bytes(data);
  Bytes* b = allocate<Bytes>(type, var_instance_size(type, offsetof(Bytes, data) + data.size() + 1));
  b->size = data.size();
  std::memcpy(b->data, data.data(), data.size());
  b->data[data.size()] = '\0';
  return Ref::steal(b);
}

void b_dealloc(Object* o) { free_object(o); }
size_t b_var_size(const Object* o) { return offsetof(Bytes, data) + static_cast<const Bytes*>(o)->size + 1; }

// ---- iterators (bytes_iterator, bytearray_iterator): SeqIterator over the object.

Ref bytes_iter(Value self) {
  return make_seq_iterator(is_bytearray(self) ? bytearray_iterator_type : bytes_iterator_type, self);
}
Ref bytes_iter_next(Value self) {
  auto* it = static_cast<SeqIterator*>(self.as_object());
  if (it->seq.is_absent()) return Ref();
  std::string_view data = view_of(it->seq);
  if (it->index < data.size()) {
    return Ref::steal(Value::from_small_int(static_cast<unsigned char>(data[it->index++])));
  }
  Value seq = it->seq;
  it->seq = Value();
  decref(seq);
  return Ref();
}

// ---- bytearray

Ref ba_new(Type* type, const Value*, size_t, Tuple*) {
  // A subclass's instances are a ByteArray followed by the subclass's __dict__ slot.
  ByteArray* b = static_cast<ByteArray*>(allocate_object(type, type->instance_size));
  b->size = 0;
  b->capacity = 0;
  b->data = nullptr;
  return Ref::steal(b);
}

int ba_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value x, encoding, errors;
  if (!constructor_arguments("bytearray", args, nargs, kwnames, x, encoding, errors)) return -1;
  std::string data;
  if (!constructor_content("bytearray", x, encoding, errors, data)) return -1;
  bytearray_assign(as_bytearray(self), data);
  return 0;
}

void ba_dealloc(Object* o) {
  std::free(static_cast<ByteArray*>(o)->data);
  free_object(o);
}

int ba_assign_slice(Value self, Slice* slice, Value value) {
  std::string with;
  if (!value.is_absent()) {
    if (is_bytes_like(value)) {
      with = view_of(value);
    } else {
      // CPython: numbers and str are refused, anything else goes through bytearray(value).
      Type* vt = type_of(value);
      if (is_str(value) || vt->index != nullptr || vt->int_ != nullptr || vt->float_ != nullptr) {
        raise(type_error_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
      }
      if (!bytes_of_argument(value, with, false)) return -1;
    }
  }
  ByteArray* b = as_bytearray(self);
  SliceIndices si;
  if (!slice_indices(slice, b->size, si)) return -1;
  if (si.step == 1) {
    bytearray_splice(b, static_cast<size_t>(si.start), si.count, with);
    return 0;
  }
  if (value.is_absent()) {
    std::vector<bool> drop(b->size, false);
    for (size_t k = 0; k < si.count; ++k) drop[si.start + static_cast<int64_t>(k) * si.step] = true;
    size_t w = 0;
    for (size_t i = 0; i < b->size; ++i)
      if (!drop[i]) b->data[w++] = b->data[i];
    b->size = w;
    if (b->data) b->data[w] = '\0';
    return 0;
  }
  if (with.size() != si.count) {
    raise_format(value_error_type, "attempt to assign bytes of size {} to extended slice of size {}", with.size(),
                 si.count);
    return -1;
  }
  for (size_t k = 0; k < si.count; ++k) b->data[si.start + static_cast<int64_t>(k) * si.step] = with[k];
  return 0;
}

int ba_setitem(Value self, Value key, Value value) {
  if (is_slice(key)) return ba_assign_slice(self, as_slice(key), value);
  if (type_of(key)->index == nullptr) {
    raise_format(type_error_type, "bytearray indices must be integers or slices, not {}", type_name_of(key));
    return -1;
  }
  int64_t i;
  if (!index_to_int64(key, i)) return -1;
  unsigned char c = 0;
  if (!value.is_absent() && !byte_value(value, c)) return -1;
  ByteArray* b = as_bytearray(self);
  if (!normalize_index(i, b->size)) {
    raise(index_error_type, "bytearray index out of range");
    return -1;
  }
  if (value.is_absent()) bytearray_splice(b, static_cast<size_t>(i), 1, "");
  else b->data[i] = static_cast<char>(c);
  return 0;
}

Ref ba_iadd(Value a, Value b) {
  if (!is_bytearray(a)) return new_not_implemented();
  if (!is_bytes_like(b)) return new_not_implemented();
  std::string with(view_of(b));
  ByteArray* ba = as_bytearray(a);
  bytearray_splice(ba, ba->size, 0, with);
  return Ref::borrow(a);
}

Ref ba_imul(Value a, Value b) {
  if (!is_bytearray(a) || type_of(b)->index == nullptr) return new_not_implemented();
  int64_t count;
  if (!index_to_int64(b, count)) return Ref();
  ByteArray* ba = as_bytearray(a);
  if (count <= 0 || ba->size == 0) {
    bytearray_assign(ba, "");
    return Ref::borrow(a);
  }
  if (static_cast<uint64_t>(count) > (uint64_t{1} << 40) / ba->size) return raise_empty(memory_error_type);
  std::string unit(ba->view()), out;
  out.reserve(unit.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += unit;
  bytearray_assign(ba, out);
  return Ref::borrow(a);
}

}  // namespace

int bytes_contains(Value self, Value item) {
  if (type_of(item)->index != nullptr) {
    int64_t n;
    if (!index_to_int64(item, n)) return -1;
    if (n < 0 || n > 255) {
      raise(value_error_type, "byte must be in range(0, 256)");
      return -1;
    }
    return view_of(self).find(static_cast<char>(n)) != std::string_view::npos;
  }
  if (!is_bytes_like(item)) {
    raise_format(type_error_type, "a bytes-like object is required, not '{}'", type_name_of(item));
    return -1;
  }
  return text::find_bytes(view_of(self), view_of(item)) != std::string_view::npos;
}

void init_bytes_type() {
  bytes_type = make_builtin_type("bytes", nullptr, sizeof(Bytes),
                                 TypeFlag::kBaseType | TypeFlag::kBytesSubclass);
  Type* t = bytes_type;
  t->dealloc = b_dealloc;
  t->var_size = b_var_size;
  t->new_ = b_new;
  t->repr = bytes_repr;
  t->str = bytes_repr;  // as CPython: str() of a bytes subclass ignores its __repr__
  t->hash = b_hash;
  t->richcompare = richcompare_bytes_like;
  t->length = length_bytes_like;
  t->getitem = getitem_bytes_like;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->binary[static_cast<int>(BinaryOp::Add)] = add_bytes_like;
  t->binary[static_cast<int>(BinaryOp::Mul)] = mul_bytes_like;
  t->binary[static_cast<int>(BinaryOp::Mod)] = bytes_percent_format;
  t->methods = kBytesMethods;

  bytearray_type = make_builtin_type("bytearray", nullptr, sizeof(ByteArray),
                                     TypeFlag::kBaseType | TypeFlag::kByteArraySubclass);
  t = bytearray_type;
  t->dealloc = ba_dealloc;
  t->new_ = ba_new;
  t->init = ba_init;
  t->repr = bytearray_repr;
  t->str = bytearray_repr;
  // No hash: a type that defines comparison alone is unhashable (__hash__ = None).
  t->richcompare = richcompare_bytes_like;
  t->length = length_bytes_like;
  t->getitem = getitem_bytes_like;
  t->setitem = ba_setitem;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->binary[static_cast<int>(BinaryOp::Add)] = add_bytes_like;
  t->binary[static_cast<int>(BinaryOp::Mul)] = mul_bytes_like;
  t->binary[static_cast<int>(BinaryOp::Mod)] = bytes_percent_format;
  t->inplace[static_cast<int>(BinaryOp::Add)] = ba_iadd;
  t->inplace[static_cast<int>(BinaryOp::Mul)] = ba_imul;
  t->methods = kByteArrayMethods;

  for (Type** it : {&bytes_iterator_type, &bytearray_iterator_type}) {
    *it = make_builtin_type(it == &bytes_iterator_type ? "bytes_iterator" : "bytearray_iterator", nullptr,
                            sizeof(SeqIterator), TypeFlag::kGc);
    (*it)->dealloc = seq_iterator_dealloc;
    (*it)->traverse = seq_iterator_traverse;
    (*it)->iter = return_self;
    (*it)->iternext = bytes_iter_next;
  }
}

}  // namespace gyre::vm
