// bytes and bytearray objects.
// Invariants: a Bytes' data holds size bytes followed by a NUL; hash 0 = not computed. A
// ByteArray owns a malloc'd buffer of capacity + 1 bytes (null when capacity is 0) whose first
// size bytes are its contents, followed by a NUL. Neither holds references to other objects
// (bytearray is mutable but not a GC type: it cannot be part of a cycle).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
struct MethodDef;
extern Type* bytes_type;
extern Type* bytearray_type;
extern Type* bytes_iterator_type;
extern Type* bytearray_iterator_type;

struct Bytes : Object {
  size_t size;
  int64_t hash_;
  char data[1];

  std::string_view view() const { return {data, size}; }
};

struct ByteArray : Object {
  size_t size;
  size_t capacity;
  char* data;  // capacity + 1 bytes, or null

  std::string_view view() const { return {data ? data : "", size}; }
};

Ref make_bytes(std::string_view raw);
bool is_bytes(Value v);
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }

Ref make_bytearray(std::string_view raw);
bool is_bytearray(Value v);
inline ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_object()); }
// Replaces bytearray[start:start+count] by `with` (which must not point into b's buffer).
void bytearray_splice(ByteArray* b, size_t start, size_t count, std::string_view with);

// A byte for bytearray item assignment, append, insert, remove: an int in range(256);
// false with TypeError "'str' object cannot be interpreted as an integer" or ValueError "byte
// must be in range(0, 256)" pending.
bool byte_value(Value v, unsigned char& out);

// bytes, bytearray or a subclass of either: what CPython accepts as a bytes-like object.
inline bool is_bytes_like(Value v) { return is_bytes(v) || is_bytearray(v); }
// Precondition: is_bytes_like(v). The view is valid until a bytearray is mutated.
inline std::string_view bytes_like_view(Value v) {
  return is_bytes(v) ? as_bytes(v)->view() : as_bytearray(v)->view();
}

// The byte string bytes(x) / bytearray(x) holds for one argument (bytes-like, __bytes__ for
// bytes only, an int count, an iterable of ints in range(256)); false with an exception pending.
bool bytes_of_argument(Value x, std::string& out, bool call_dunder_bytes);

// The methods bytes and bytearray share (vm/bytes_methods.cpp); results are of self's base
// type (bytes or bytearray).
extern const MethodDef kBytesMethods[];
extern const MethodDef kByteArrayMethods[];
// bytes % args and bytearray % args.
Ref bytes_percent_format(Value self, Value args);
// `item in b` for bytes and bytearray: an int in range(256) or a bytes-like object.
int bytes_contains(Value self, Value item);

}  // namespace gyre::vm
