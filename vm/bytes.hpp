// bytes objects: immutable byte strings with a cached hash.
// Invariants: data holds size bytes followed by a NUL; hash 0 = not computed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

struct Type;
extern Type* bytes_type;

struct Bytes : Object {
  size_t size;
  int64_t hash_;
  char data[1];

  std::string_view view() const { return {data, size}; }
};

Ref make_bytes(std::string_view raw);
bool is_bytes(Value v);
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }

}  // namespace gyre::vm
