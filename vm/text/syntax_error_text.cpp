// Renders a SyntaxErrorInfo exactly as CPython 3.11 prints an uncaught SyntaxError
// (Python/pythonrun.c: parse_syntax_error, print_exception_file_and_line, print_error_text).
//
// CPython mixes units here, and so must we to stay byte-for-byte identical: `offset` and
// `end_offset` count characters (code points), but the lengths they are clipped against are
// byte lengths of the UTF-8 text. Only the number of spaces and carets printed is affected, and
// only on lines with non-ASCII characters.
#include "vm/text/syntax_error_text.hpp"

#include <cstddef>
#include <string>

namespace gyre::text {

namespace {

// print_error_text: the source line (leading blanks stripped) and, unless the offset points
// left of the printed text, the caret line. `offset` and `end_offset` are as CPython passes
// them (1-based; end_offset -1 when absent).
void append_error_text(std::string& out, long long offset, long long end_offset,
                       const std::string& full_text) {
  const long long caret_repetitions =
      (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

  // PyFile_WriteString stops at a NUL byte, and so does strlen/strchr below.
  std::string text = full_text.substr(0, full_text.find('\0'));
  std::size_t pos = 0;  // start of what is left of `text`

  offset--;  // 1-based to 0-based

  // Strip leading whitespace, adjusting offset as we go.
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\f')) {
    pos++;
    offset--;
  }

  // Length excluding a trailing newline, in bytes.
  long long len = static_cast<long long>(text.size() - pos);
  if (len > 0 && text.back() == '\n') len--;

  if (offset > len) offset = len;

  // Skip past newlines embedded in the text that lie before the offset.
  for (;;) {
    const std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    long long inl = static_cast<long long>(nl - pos);
    if (inl >= offset) break;
    inl += 1;
    pos += static_cast<std::size_t>(inl);
    len -= inl;
    offset -= inl;
  }

  out += "    ";
  out.append(text, pos, std::string::npos);
  // Make sure there is a newline at the end: CPython looks at text[len], which is the byte
  // after the (newline-less) length of what is left.
  const std::size_t after = pos + static_cast<std::size_t>(len < 0 ? 0 : len);
  if (!(after < text.size() && text[after] == '\n')) out += '\n';

  // No caret if it would point left of the text.
  if (offset < 0) return;

  out += "    ";
  out.append(static_cast<std::size_t>(offset), ' ');
  out.append(static_cast<std::size_t>(caret_repetitions), '^');
  out += '\n';
}

// `SyntaxError: msg`, or the bare type name when the message is empty.
void append_message_line(std::string& out, const SyntaxErrorInfo& error) {
  out += error.type;
  if (!error.msg.empty()) {
    out += ": ";
    out += error.msg;
  }
  out += '\n';
}

}  // namespace

std::string format_syntax_error(const SyntaxErrorInfo& error, bool has_text) {
  std::string out;

  // No location (CPython: lineno None, as for "Non-UTF-8 code starting with ..." and
  // "encoding problem: ..."): parse_syntax_error fails and only `Type: msg` is printed.
  if (error.lineno == 0) {
    append_message_line(out, error);
    return out;
  }

  out += "  File \"";
  out += error.filename;
  out += "\", line ";
  out += std::to_string(error.lineno);
  out += '\n';

  // parse_syntax_error: only an exact SyntaxError keeps its end position; subclasses
  // (IndentationError, TabError) are shown with a single caret.
  const bool exact = error.type == "SyntaxError";
  long long lineno = error.lineno;
  long long offset = error.offset;
  long long end_lineno = (exact && error.end_lineno != 0) ? error.end_lineno : lineno;
  long long end_offset = (exact && error.end_offset != 0) ? error.end_offset : -1;

  // Text None (CPython could not read the line back): the File line and the message only.
  if (has_text) {
    const long long line_size = static_cast<long long>(error.text.size());  // UTF-8 bytes
    // An error spanning lines is highlighted to the end of its first line only.
    if (end_lineno > lineno) end_offset = line_size;
    // No more carets than the line has room for.
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    append_error_text(out, offset, end_offset, error.text);
  }

  append_message_line(out, error);
  return out;
}

}  // namespace gyre::text
