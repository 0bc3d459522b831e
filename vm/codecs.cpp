// utf-8, ascii and latin-1 with CPython's error handlers and messages (see codecs.hpp).
#include "vm/codecs.hpp"

#include <fmt/format.h>

#include <string>

#include "vm/attributes.hpp"
#include "vm/bytes.hpp"
#include "vm/errors.hpp"
#include "vm/exceptions.hpp"
#include "vm/numbers.hpp"
#include "vm/str.hpp"
#include "vm/text/utf8.hpp"
#include "vm/type.hpp"

namespace gyre::vm {

namespace {

// CPython's encodings.normalize_encoding plus lower-casing, then its alias table for the
// three codecs.
std::string normalize(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '.' || u >= 0x80) {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u);
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

struct Alias {
  const char* name;
  Codec codec;
};
constexpr Alias kAliases[] = {
    {"utf_8", Codec::kUtf8}, {"utf8", Codec::kUtf8}, {"u8", Codec::kUtf8}, {"utf", Codec::kUtf8},
    {"cp65001", Codec::kUtf8}, {"utf8_ucs2", Codec::kUtf8}, {"utf8_ucs4", Codec::kUtf8},
    {"ascii", Codec::kAscii}, {"646", Codec::kAscii}, {"us_ascii", Codec::kAscii}, {"us", Codec::kAscii},
    {"ansi_x3.4_1968", Codec::kAscii}, {"ansi_x3_4_1968", Codec::kAscii}, {"ansi_x3.4_1986", Codec::kAscii},
    {"cp367", Codec::kAscii}, {"csascii", Codec::kAscii}, {"ibm367", Codec::kAscii},
    {"iso646_us", Codec::kAscii}, {"iso_646.irv_1991", Codec::kAscii}, {"iso_ir_6", Codec::kAscii},
    {"latin_1", Codec::kLatin1}, {"latin1", Codec::kLatin1}, {"latin", Codec::kLatin1}, {"l1", Codec::kLatin1},
    {"iso8859_1", Codec::kLatin1}, {"iso_8859_1", Codec::kLatin1}, {"8859", Codec::kLatin1},
    {"cp819", Codec::kLatin1}, {"ibm819", Codec::kLatin1}, {"iso_8859_1_1987", Codec::kLatin1},
    {"iso_ir_100", Codec::kLatin1}, {"csisolatin1", Codec::kLatin1}, {"iso8859", Codec::kLatin1},
};

enum class Handler { kStrict, kIgnore, kReplace, kSurrogateEscape, kBackslashReplace, kSurrogatePass, kXmlCharRef };

bool lookup_handler(std::string_view name, Handler& out) {
  if (name == "strict") out = Handler::kStrict;
  else if (name == "ignore") out = Handler::kIgnore;
  else if (name == "replace") out = Handler::kReplace;
  else if (name == "surrogateescape") out = Handler::kSurrogateEscape;
  else if (name == "backslashreplace") out = Handler::kBackslashReplace;
  else if (name == "surrogatepass") out = Handler::kSurrogatePass;
  else if (name == "xmlcharrefreplace") out = Handler::kXmlCharRef;
  else {
    raise_format(lookup_error_type, "unknown error handler name '{}'", name);
    return false;
  }
  return true;
}

// Length of the valid UTF-8 sequence at data[i] (> 0); otherwise -n where n is the length of
// the invalid prefix CPython reports (with `reason`), or 0 when the data ends inside a valid
// prefix (`truncated`).
int utf8_sequence(std::string_view data, size_t i, const char*& reason, bool& truncated) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  unsigned char c = b(i);
  truncated = false;
  if (c < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    reason = "invalid start byte";
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= data.size()) {
      reason = "unexpected end of data";
      truncated = true;
      return -static_cast<int>(data.size() - i);
    }
    unsigned char cc = b(i + k);
    if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) {
      reason = "invalid continuation byte";
      return -k;
    }
  }
  return need + 1;
}

// A lone surrogate (U+D800..U+DFFF) as Gyre stores it: ED A0..BF 80..BF.
bool surrogate_at(std::string_view data, size_t i, char32_t& cp) {
  if (i + 2 >= data.size()) return false;
  auto b = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  if (b(i) != 0xED || b(i + 1) < 0xA0 || b(i + 1) > 0xBF || b(i + 2) < 0x80 || b(i + 2) > 0xBF) return false;
  cp = 0xD000 | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  return true;
}

std::string char_escape(char32_t cp) {
  return cp < 0x100 ? fmt::format("\\x{:02x}", static_cast<uint32_t>(cp))
                    : cp < 0x10000 ? fmt::format("\\u{:04x}", static_cast<uint32_t>(cp))
                                   : fmt::format("\\U{:08x}", static_cast<uint32_t>(cp));
}

// Raises UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason): its
// str() is CPython's message, made from these fields (vm/exceptions.cpp).
Ref raise_codec_error(Type* type, std::string_view encoding, Ref object, size_t start, size_t end,
                      const char* reason) {
  if (!object) return Ref();
  Ref values[] = {make_str(encoding), std::move(object), make_int(static_cast<int64_t>(start)),
                  make_int(static_cast<int64_t>(end)), make_str(reason)};
  for (const Ref& v : values)
    if (!v) return Ref();
  Value args[] = {values[0].get(), values[1].get(), values[2].get(), values[3].get(), values[4].get()};
  Ref e = make_exception(type, args);
  if (!e) return e;
  return raise_value(e.get());
}

}  // namespace

bool lookup_codec(std::string_view name, Codec& out) {
  std::string key = normalize(name);
  for (const Alias& a : kAliases) {
    if (key == a.name) {
      out = a.codec;
      return true;
    }
  }
  raise_format(lookup_error_type, "unknown encoding: {}", name);
  return false;
}

std::string_view codec_name(Codec codec) {
  switch (codec) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kAscii: return "ascii";
    case Codec::kLatin1: return "latin-1";
  }
  return "utf-8";
}

bool codec_arguments(const char* fn, Value encoding, Value errors, Codec& codec,
                     std::string_view& errors_out) {
  errors_out = "strict";
  codec = Codec::kUtf8;
  if (!errors.is_absent()) {
    if (!is_str(errors)) {
      raise_format(type_error_type, "{}() argument 'errors' must be str, not {}", fn, type_name_of(errors));
      return false;
    }
  }
  if (!encoding.is_absent()) {
    if (!is_str(encoding)) {
      raise_format(type_error_type, "{}() argument 'encoding' must be str, not {}", fn, type_name_of(encoding));
      return false;
    }
    if (!lookup_codec(as_str(encoding)->view(), codec)) return false;
  }
  if (!errors.is_absent()) errors_out = as_str(errors)->view();
  return true;
}

Ref decode_text(std::string_view data, Codec codec, std::string_view errors, bool final, size_t* consumed) {
  std::string out;
  out.reserve(data.size());
  std::string_view encoding = codec_name(codec);
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  // Handles the undecodable data[start:end); false with the exception pending.
  auto fail = [&](size_t start, size_t end, const char* reason) -> bool {
    if (!have_handler) {
      if (!lookup_handler(errors, handler)) return false;
      have_handler = true;
    }
    switch (handler) {
      case Handler::kIgnore: return true;
      case Handler::kReplace: out += "\xEF\xBF\xBD"; return true;
      case Handler::kSurrogateEscape:
        for (size_t k = start; k < end; ++k) {
          unsigned char c = static_cast<unsigned char>(data[k]);
          if (c < 0x80) break;
          text::append_utf8(out, 0xDC00 + c);
          if (k + 1 == end) return true;
        }
        break;
      case Handler::kBackslashReplace:
        for (size_t k = start; k < end; ++k) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(data[k]));
        return true;
      default: break;
    }
    raise_codec_error(unicode_decode_error_type, encoding, make_bytes(data), start, end, reason);
    return false;
  };
  size_t i = 0;
  while (i < data.size()) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      // A run of ASCII is copied as it is (most text is mostly ASCII).
      size_t run = i + 1;
      while (run < data.size() && static_cast<unsigned char>(data[run]) < 0x80) ++run;
      out.append(data.substr(i, run - i));
      i = run;
    } else if (codec == Codec::kLatin1) {
      text::append_utf8(out, c);
      ++i;
    } else if (codec == Codec::kAscii) {
      if (!fail(i, i + 1, "ordinal not in range(128)")) return Ref();
      ++i;
    } else {
      const char* reason = "";
      bool truncated;
      int n = utf8_sequence(data, i, reason, truncated);
      if (n > 0) {
        out.append(data.substr(i, static_cast<size_t>(n)));
        i += static_cast<size_t>(n);
        continue;
      }
      if (truncated && !final) break;
      // surrogatepass: an encoded surrogate ED A0..BF 80..BF decodes to itself.
      char32_t cp;
      if (c == 0xED && errors == "surrogatepass" && surrogate_at(data, i, cp)) {
        text::append_utf8(out, cp);
        i += 3;
        continue;
      }
      size_t end = i + static_cast<size_t>(-n);
      if (!fail(i, end, reason)) return Ref();
      i = end;
    }
  }
  if (consumed != nullptr) *consumed = i;
  return make_str(out);
}

Ref encode_text(std::string_view data, Codec codec, std::string_view errors) {
  if (codec == Codec::kUtf8) {
    // Only lone surrogates are unencodable.
    if (data.find('\xED') == std::string_view::npos) return make_bytes(data);
  } else if (text::is_ascii(data)) {
    return make_bytes(data);
  }
  std::string_view encoding = codec_name(codec);
  uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  std::string out;
  out.reserve(data.size());
  size_t position = 0;  // code points
  auto encodable = [&](size_t at, char32_t& cp, size_t& len) {
    len = text::decode(data, at, cp);
    if (len == 0) len = 1;
    if (codec == Codec::kUtf8) return cp < 0xD800 || cp > 0xDFFF;
    return cp < limit;
  };
  for (size_t i = 0; i < data.size();) {
    char32_t cp;
    size_t len;
    if (encodable(i, cp, len)) {
      if (codec == Codec::kUtf8) out.append(data.substr(i, len));
      else out += static_cast<char>(cp);
      i += len;
      ++position;
      continue;
    }
    // The run of unencodable characters [i, j), [position, end_position).
    size_t j = i + len, end_position = position + 1;
    while (j < data.size()) {
      char32_t cp2;
      size_t len2;
      if (encodable(j, cp2, len2)) break;
      j += len2;
      ++end_position;
    }
    if (!have_handler) {
      if (!lookup_handler(errors, handler)) return Ref();
      have_handler = true;
    }
    const char* reason = codec == Codec::kUtf8 ? "surrogates not allowed"
                                               : limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    size_t k = i;
    bool failed = false;
    size_t fail_at = position;
    for (size_t p = position; k < j; ++p) {
      char32_t c;
      size_t l = text::decode(data, k, c);
      if (l == 0) l = 1;
      switch (handler) {
        case Handler::kIgnore: break;
        case Handler::kReplace: out += '?'; break;
        case Handler::kBackslashReplace: out += char_escape(c); break;
        case Handler::kXmlCharRef: out += fmt::format("&#{};", static_cast<uint32_t>(c)); break;
        case Handler::kSurrogateEscape:
          if (c >= 0xDC80 && c <= 0xDCFF) out += static_cast<char>(c - 0xDC00);
          else failed = true;
          break;
        case Handler::kSurrogatePass:
          if (codec == Codec::kUtf8 && c >= 0xD800 && c <= 0xDFFF) out.append(data.substr(k, l));
          else failed = true;
          break;
        default: failed = true; break;
      }
      if (failed) {
        fail_at = p;
        break;
      }
      k += l;
    }
    if (failed) {
      // CPython reports the run from the first character the handler could not take.
      size_t first = handler == Handler::kStrict ? position : fail_at;
      size_t last = end_position;
      return raise_codec_error(unicode_encode_error_type, encoding, make_str(data), first, last, reason);
    }
    i = j;
    position = end_position;
  }
  return make_bytes(out);
}

}  // namespace gyre::vm
