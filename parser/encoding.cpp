#include "parser/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <fmt/format.h>

#include "parser/unicode.hpp"

namespace gyre::parser {
namespace {

// The encoding named by a coding declaration in `line` (PEP 263's regular expression
// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`), if any.
std::optional<std::string> coding_cookie(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    size_t start = p;
    while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) ||
                               line[p] == '-' || line[p] == '_' || line[p] == '.')) {
      ++p;
    }
    if (p > start) return std::string(line.substr(start, p - start));
  }
  return std::nullopt;
}

bool blank_or_comment(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r';
}

// CPython's get_normal_name: "utf-8" and "iso-8859-1" spellings.
std::string normal_name(std::string name) {
  std::string lower;
  for (char c : name) lower += c == '_' ? '-' : static_cast<char>(std::tolower(c));
  if (lower == "utf-8" || lower.starts_with("utf-8-")) return "utf-8";
  for (const char* latin : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
    if (lower == latin || lower.starts_with(std::string(latin) + "-")) return "iso-8859-1";
  }
  return name;
}

std::optional<std::string> declared_encoding(std::string_view text) {
  size_t end1 = text.find('\n');
  std::string_view line1 = text.substr(0, end1);
  if (auto cookie = coding_cookie(line1)) return cookie;
  if (end1 == std::string_view::npos || !blank_or_comment(line1)) return std::nullopt;
  std::string_view rest = text.substr(end1 + 1);
  return coding_cookie(rest.substr(0, rest.find('\n')));
}

bool convert(std::string_view raw, const std::string& encoding, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(raw.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(raw.data());
  size_t in_left = raw.size();
  char* dst = out.data();
  size_t out_left = out.size();
  size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (r == static_cast<size_t>(-1)) return false;
  out.resize(out.size() - out_left);
  return true;
}

SyntaxErrorInfo located(std::string msg, std::string_view text, size_t at) {
  SyntaxErrorInfo e;
  e.msg = std::move(msg);
  e.lineno = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  size_t begin = text.rfind('\n', at == 0 ? 0 : at - 1);
  begin = (begin == std::string_view::npos || at == 0) ? 0 : begin + 1;
  size_t end = text.find('\n', at);
  e.text = std::string(text.substr(begin, end == std::string_view::npos ? end : end - begin));
  e.text.erase(std::remove(e.text.begin(), e.text.end(), '\0'), e.text.end());
  e.text += '\n';
  return e;  // offset 0: CPython prints the line without a caret
}

}  // namespace

std::optional<SyntaxErrorInfo> decode_source(std::string_view raw, std::string_view filename,
                                             DecodedSource& out) {
  std::string& utf8 = out.utf8;
  bool bom = raw.starts_with("\xEF\xBB\xBF");
  if (bom) raw.remove_prefix(3);
  std::optional<std::string> declared = declared_encoding(raw);
  out.bom = bom;
  out.declared = bom || declared.has_value();
  std::string encoding = declared ? normal_name(*declared) : "utf-8";
  // Another spelling of UTF-8 is decoded as such, but does not count as "utf-8" beside a BOM.
  bool utf8_alias = encoding == "utf8" || encoding == "UTF8";
  if (utf8_alias && !bom) encoding = "utf-8";
  if (encoding != "utf-8") {
    SyntaxErrorInfo e;
    if (bom) {
      e.msg = fmt::format("encoding problem: {} with BOM", *declared);
      return e;
    }
    if (!convert(raw, encoding, utf8)) {
      e.msg = fmt::format("encoding problem: {}", *declared);
      return e;
    }
  } else {
    int line = 1;
    for (size_t i = 0; i < raw.size();) {
      char32_t cp;
      size_t len = decode_utf8(raw, i, cp);
      if (len == 0) {
        SyntaxErrorInfo e;
        e.msg = fmt::format(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details",
            static_cast<unsigned char>(raw[i]), filename, line);
        return e;  // lineno 0: CPython prints only the message
      }
      if (cp == '\n') ++line;
      i += len;
    }
    utf8.assign(raw);
  }
  if (size_t nul = utf8.find('\0'); nul != std::string::npos) {
    return located("source code cannot contain null bytes", utf8, nul);
  }
  return std::nullopt;
}

}  // namespace gyre::parser
