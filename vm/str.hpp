// str objects: immutable UTF-8 text with its length in code points, an ASCII flag and a cached
// hash.
//
// Invariants:
// - data holds `size` bytes of generalised UTF-8 (see vm/text/utf8.hpp) followed by a NUL;
//   length is the number of code points; ascii <=> size == length.
// - hash is 0 until computed (a computed hash is never 0 or -1: those map to other values).
// - Interned strings (intern) are unique per text and immortal; identifiers and attribute
//   names are interned so dict lookups with them usually hit by identity.
// - Indexing an ASCII str is O(1); a non-ASCII str walks the UTF-8 (O(n)), which is what
//   vm/text does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.hpp"
#include "vm/text/utf8.hpp"

namespace gyre::vm {

struct Type;
extern Type* str_type;
extern Type* str_iterator_type;

struct Str : Object {
  size_t size;     // bytes, without the NUL
  size_t length;   // code points
  int64_t hash_;   // 0 = not computed yet
  bool ascii;
  bool interned;
  char data[1];    // size + 1 bytes

  std::string_view view() const { return {data, size}; }
  text::TextInfo info() const;
};

// The offset cursor every non-ASCII str shares (one: the text last indexed); str_dealloc
// forgets it when that str dies.
extern text::OffsetCursor g_str_offset_cursor;
inline text::TextInfo Str::info() const { return {length, ascii, ascii ? nullptr : &g_str_offset_cursor}; }

Ref make_str(std::string_view utf8);

// str's method table and `str % args` (vm/str_methods.cpp).
struct MethodDef;
extern const MethodDef kStrMethods[];
Ref str_percent_format(Value self, Value args);
// ascii(v): repr(v) with every non-ASCII character escaped.
Ref ascii_repr(Value v);
// format(value, spec): type(value).__format__(value, spec), which must return a str.
Ref format_object(Value value, Value spec);
// Interned str (immortal, unique for its text).
Str* intern(std::string_view utf8);
// Ref to interned str: for `Value`-typed use.
inline Value interned_value(std::string_view utf8) { return Value::from_object(reinterpret_cast<Object*>(intern(utf8))); }
// An empty str (immortal) and the one-character strs for ASCII (immortal, cached).
Str* empty_str();

bool is_str(Value v);        // isinstance(v, str)
inline bool is_str_exact(Value v) {  // type(v) is str
  return v.is_object() && v.as_object()->type == str_type;
}
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }

int64_t str_hash_compute(Str* s);
inline int64_t str_hash(Str* s) { return s->hash_ != 0 ? s->hash_ : str_hash_compute(s); }
bool str_equal(Str* a, Str* b);
Ref str_concat(Str* a, Str* b);
// Code point at index (0 <= index < length) as a one-character str.
Ref str_item(Str* s, size_t index);
// repr(s) with CPython's quote choice and escapes.
std::string str_repr_text(std::string_view utf8);

}  // namespace gyre::vm
