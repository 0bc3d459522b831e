// bytes objects: creation, repr, len, indexing, equality, ordering, hash.
#include "vm/bytes.hpp"

#include <cstddef>
#include <cstring>

#include "parser/pyrepr.hpp"
#include "vm/abstract.hpp"
#include "vm/builtin_init.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/singletons.hpp"
#include "vm/slice.hpp"
#include "vm/str.hpp"
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

void b_dealloc(Object* o) { free_object(o); }

}  // namespace

void init_bytes_type() {
  bytes_type = make_builtin_type("bytes", nullptr, sizeof(Bytes),
                                 TypeFlag::kBaseType | TypeFlag::kBytesSubclass);
  Type* t = bytes_type;
  t->dealloc = b_dealloc;
  t->repr = b_repr;
  t->hash = b_hash;
  t->richcompare = b_richcompare;
  t->length = b_length;
  t->getitem = b_getitem;
  t->binary[static_cast<int>(BinaryOp::Add)] = b_add;
}

}  // namespace gyre::vm
