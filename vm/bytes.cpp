// bytes objects: creation, repr, len, indexing, equality, ordering, hash.
#include "vm/bytes.hpp"

#include <cstddef>
#include <cstring>
#include <string>

#include "vm/text/pyrepr.hpp"
#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

Type* bytes_type;

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

namespace {

Ref b_repr(Value self) { return make_str(text::repr_bytes(as_bytes(self)->view())); }

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

Ref b_richcompare(Value self, Value other, CompareOp op) {
  if (!is_bytes(other)) return new_not_implemented();
  int c = as_bytes(self)->view().compare(as_bytes(other)->view());
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

int64_t b_length(Value self) { return static_cast<int64_t>(as_bytes(self)->size); }

Ref b_getitem(Value self, Value key) {
  Bytes* b = as_bytes(self);
  if (is_slice(key)) {
    SliceIndices si;
    if (!slice_indices(as_slice(key), b->size, si)) return Ref();
    std::string out;
    for (size_t i = 0; i < si.count; ++i) out += b->data[si.start + static_cast<int64_t>(i) * si.step];
    return make_bytes(out);
  }
  if (type_of(key)->index == nullptr)
    return raise_format(type_error_type, "byte indices must be integers or slices, not {}",
                        type_name_of(key));
  int64_t i;
  if (!index_to_int64(key, i)) return Ref();
  if (!normalize_index(i, b->size)) return raise(index_error_type, "index out of range");
  return Ref::steal(Value::from_small_int(static_cast<unsigned char>(b->data[i])));
}

Ref b_add(Value a, Value b) {
  if (!is_bytes(a) || !is_bytes(b)) return new_not_implemented();
  std::string s(as_bytes(a)->view());
  s += as_bytes(b)->view();
  return make_bytes(s);
}

// The byte string bytes(x) holds (CPython's bytes_new, without the buffer protocol): false
// with an exception pending.
bool bytes_of_argument(Value x, std::string& out) {
  if (is_bytes(x)) {
    out = as_bytes(x)->view();
    return true;
  }
  if (is_str(x)) {
    raise(type_error_type, "string argument without an encoding");
    return false;
  }
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
      raise_format(type_error_type, "cannot convert '{}' object to bytes", type_name_of(x));
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
      raise(value_error_type, "bytes must be in range(0, 256)");
      return false;
    }
    out += static_cast<char>(b);
  }
  return !error_pending();
}

// bytes(x), bytes(text, encoding[, errors]) and bytes.__new__(cls, ...): a subclass instance
// is a Bytes of cls, with the word for its __dict__ after the data (var_instance_size).
Ref b_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - tuple_size(kwnames);
  Value x, encoding, errors;
  if (npos > 3) return raise_format(type_error_type, "bytes() takes at most 3 arguments ({} given)", nargs);
  if (npos > 0) x = args[0];
  if (npos > 1) encoding = args[1];
  if (npos > 2) errors = args[2];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    std::string_view name = as_str(kwnames->items[k])->view();
    Value v = args[npos + k];
    if (name == "source") x = v;
    else if (name == "encoding") encoding = v;
    else if (name == "errors") errors = v;
    else return raise_format(type_error_type, "'{}' is an invalid keyword argument for bytes()", name);
  }
  std::string data;
  if (!encoding.is_absent() || !errors.is_absent()) {
    if (x.is_absent() || !is_str(x)) {
      return raise(type_error_type, encoding.is_absent() ? "errors without a string argument"
                                                         : "encoding without a string argument");
    }
    Value enc_args[2] = {encoding.is_absent() ? interned_value("utf-8") : encoding,
                         errors.is_absent() ? interned_value("strict") : errors};
    Ref encoded = call_method(x, intern("encode"), enc_args, 2);
    if (!encoded) return encoded;
    data = as_bytes(encoded.get())->view();
  } else if (!x.is_absent() && !bytes_of_argument(x, data)) {
    return Ref();
  }
  if (type == bytes_type) return make_bytes(data);
  Bytes* b = allocate<Bytes>(type, var_instance_size(type, offsetof(Bytes, data) + data.size() + 1));
  b->size = data.size();
  std::memcpy(b->data, data.data(), data.size());
  b->data[data.size()] = '\0';
  return Ref::steal(b);
}

void b_dealloc(Object* o) { free_object(o); }
size_t b_var_size(const Object* o) { return offsetof(Bytes, data) + static_cast<const Bytes*>(o)->size + 1; }

}  // namespace

void init_bytes_type() {
  bytes_type = make_builtin_type("bytes", nullptr, sizeof(Bytes),
                                 TypeFlag::kBaseType | TypeFlag::kBytesSubclass);
  Type* t = bytes_type;
  t->dealloc = b_dealloc;
  t->var_size = b_var_size;
  t->new_ = b_new;
  t->repr = b_repr;
  t->str = b_repr;  // as CPython: str() of a bytes subclass ignores its __repr__
  t->hash = b_hash;
  t->richcompare = b_richcompare;
  t->length = b_length;
  t->getitem = b_getitem;
  t->binary[static_cast<int>(BinaryOp::Add)] = b_add;
}

}  // namespace gyre::vm
