// The _pcre module: the PCRE2 engine under stdlib/lib/re.py. It only compiles a pattern
// (already translated to PCRE2 syntax by re.py) and runs one match; everything else of the re
// module (Pattern, Match, sub, split, ...) is Python. Offsets cross this boundary in code
// points for str subjects (the engine works on UTF-8 bytes) and in bytes for bytes subjects.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string>
#include <vector>

#include "stdlib/builtins.hpp"
#include "vm/abstract.hpp"
#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/numbers.hpp"
#include "vm/singletons.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

namespace gyre::stdlib {

using namespace gyre::vm;

namespace {

Type* pcre_code_type = nullptr;

// A compiled pattern. `text` tells whether it was compiled for str (UTF + UCP) subjects.
struct PcreCode : Object {
  pcre2_code* code;
  bool text;
};

void pcre_code_dealloc(Object* self) {
  pcre2_code_free(static_cast<PcreCode*>(self)->code);
  free_object(self);
}

// Byte offset of code point `index` in UTF-8 `s` (clamped to the end).
size_t byte_offset(std::string_view s, int64_t index) {
  size_t pos = 0;
  for (int64_t i = 0; i < index && pos < s.size(); ++i) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  }
  return pos;
}

// compile(pattern: str | bytes, options: int) -> (code, group count, {name: index})
// On a syntax error: ValueError(message, byte offset) for re.py to turn into re.error.
Ref pcre_compile(Value, const Value* args, size_t, Tuple*) {
  bool text = is_str(args[0]);
  if (!text && !is_bytes(args[0])) return raise(type_error_type, "first argument must be string or compiled pattern");
  std::string_view pattern = text ? as_str(args[0])->view() : as_bytes(args[0])->view();
  int64_t options = 0;
  if (!index_to_int64(args[1], options)) return Ref();
  uint32_t flags = static_cast<uint32_t>(options);
  // The pattern is checked (it is short); subjects are not, on every match (a check per call
  // would make finditer quadratic): Gyre's str is valid UTF-8 apart from lone surrogates,
  // which PCRE2 reads as the code points they encode.
  if (text) flags |= PCRE2_UTF;
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), flags,
                                   &error_code, &error_offset, nullptr);
  if (!code) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(error_code, buffer, sizeof buffer);
    Ref message = make_str(reinterpret_cast<const char*>(buffer));
    Ref offset = make_int(static_cast<int64_t>(error_offset));
    Ref code_number = make_int(error_code);
    Value items[] = {message.get(), offset.get(), code_number.get()};
    Ref exc = make_exception(value_error_type, std::span<const Value>(items, 3));
    if (!exc) return exc;
    return raise_value(exc.get());
  }
  PcreCode* obj = static_cast<PcreCode*>(allocate_object(pcre_code_type, sizeof(PcreCode)));
  obj->code = code;
  obj->text = text;
  Ref holder = Ref::steal(obj);

  uint32_t capture_count = 0, name_count = 0, entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &capture_count);
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &name_count);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  Ref names = make_dict();
  if (!names) return names;
  for (uint32_t i = 0; i < name_count; ++i) {
    PCRE2_SPTR entry = table + i * entry_size;
    int group = (entry[0] << 8) | entry[1];
    Ref name = make_str(reinterpret_cast<const char*>(entry + 2));
    Ref index = make_int(group);
    if (!name || !index || dict_set(as_dict(names.get()), name.get(), index.get()) < 0) return Ref();
  }
  Ref count = make_int(capture_count);
  return make_tuple({holder.get(), count.get(), names.get()});
}

// match(code, subject, pos, endpos, options) -> [start0, end0, start1, end1, ...] or None.
// pos/endpos are already clamped by re.py; options are PCRE2 match options (ANCHORED,
// ENDANCHORED, NOTEMPTY_ATSTART). Unset groups give -1.
Ref pcre_match(Value, const Value* args, size_t, Tuple*) {
  if (type_of(args[0]) != pcre_code_type) return raise(type_error_type, "_pcre.match: expected a compiled pattern");
  PcreCode* code = static_cast<PcreCode*>(args[0].as_object());
  if (code->text ? !is_str(args[1]) : !is_bytes_like(args[1])) {
    return raise(type_error_type, code->text ? "cannot use a string pattern on a bytes-like object"
                                             : "cannot use a bytes pattern on a string-like object");
  }
  int64_t pos = 0, endpos = 0, options = 0;
  if (!index_to_int64(args[2], pos) || !index_to_int64(args[3], endpos) || !index_to_int64(args[4], options)) {
    return Ref();
  }
  std::string_view subject;
  bool ascii = true;
  if (code->text) {
    Str* s = as_str(args[1]);
    subject = s->view();
    ascii = s->ascii;
  } else {
    subject = bytes_like_view(args[1]);
  }
  size_t start_byte = ascii ? static_cast<size_t>(pos) : byte_offset(subject, pos);
  size_t end_byte = ascii ? static_cast<size_t>(endpos) : byte_offset(subject, endpos);

  pcre2_match_data* data = pcre2_match_data_create_from_pattern(code->code, nullptr);
  uint32_t match_options = static_cast<uint32_t>(options);
  if (code->text) match_options |= PCRE2_NO_UTF_CHECK;
  int rc = pcre2_match(code->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), end_byte, start_byte,
                       match_options, data, nullptr);
  if (rc < 0) {
    pcre2_match_data_free(data);
    if (rc == PCRE2_ERROR_NOMATCH) return Ref::borrow(Value::none());
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(rc, buffer, sizeof buffer);
    return raise(runtime_error_type, reinterpret_cast<const char*>(buffer));
  }
  uint32_t pairs = pcre2_get_ovector_count(data);
  PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
  Ref result = make_list(pairs * 2);
  if (!result) {
    pcre2_match_data_free(data);
    return result;
  }
  // Byte offsets to code points, counted from the search start (whose code point index is
  // pos) so that a scan over a long subject stays linear; only an offset before the start
  // (lookbehind with \\K) is counted from the beginning.
  auto code_points = [&](size_t from, size_t to) {
    int64_t n = 0;
    for (size_t b = from; b < to; ++b) {
      if ((static_cast<unsigned char>(subject[b]) & 0xC0) != 0x80) ++n;
    }
    return n;
  };
  for (uint32_t i = 0; i < pairs * 2; ++i) {
    int64_t offset = -1;
    if (ovector[i] != PCRE2_UNSET && static_cast<int>(i / 2) < rc) {
      size_t b = ovector[i];
      if (ascii) {
        offset = static_cast<int64_t>(b);
      } else if (b >= start_byte) {
        offset = pos + code_points(start_byte, b);
      } else {
        offset = code_points(0, b);
      }
    }
    Ref v = make_int(offset);
    if (!v || list_append(as_list(result.get()), v.get()) < 0) {
      pcre2_match_data_free(data);
      return Ref();
    }
  }
  pcre2_match_data_free(data);
  return result;
}

const MethodDef kPcreFunctions[] = {
    {"compile", pcre_compile, Arity::kRange, 2, 2},
    {"match", pcre_match, Arity::kRange, 5, 5},
    {nullptr, nullptr},
};

}  // namespace

Ref make_pcre_module() {
  if (!pcre_code_type) {
    pcre_code_type = make_builtin_type("_pcre.Code", nullptr, sizeof(PcreCode), 0);
    pcre_code_type->dealloc = pcre_code_dealloc;
    type_ready(pcre_code_type);
  }
  Ref m = make_module("_pcre");
  Dict* d = as_module(m.get())->dict;
  add_functions(d, kPcreFunctions);
  struct Constant {
    const char* name;
    int64_t value;
  };
  const Constant constants[] = {
      {"CASELESS", PCRE2_CASELESS},     {"MULTILINE", PCRE2_MULTILINE},
      {"DOTALL", PCRE2_DOTALL},         {"EXTENDED", PCRE2_EXTENDED},
      {"UCP", PCRE2_UCP},               {"ANCHORED", PCRE2_ANCHORED},
      {"ENDANCHORED", PCRE2_ENDANCHORED}, {"NOTEMPTY_ATSTART", PCRE2_NOTEMPTY_ATSTART},
  };
  for (const Constant& c : constants) {
    Ref v = make_int(c.value);
    dict_set_str(d, c.name, v.get());
  }
  return m;
}

}  // namespace gyre::stdlib
