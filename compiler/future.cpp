#include "compiler/future.hpp"

#include <string>
#include <string_view>

namespace gyre::compiler {

namespace {

// PyUnicode_FromFormat's "%.100s": at most 100 bytes of the UTF-8 name, a sequence cut in the
// middle decoded with "replace" (one U+FFFD).
std::string truncate_100(std::string_view name) {
  if (name.size() <= 100) return std::string(name);
  size_t end = 100;
  while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
  std::string out(name.substr(0, end));
  if (end < 100) out += "\xEF\xBF\xBD";
  return out;
}

// future_check_features: one `from __future__ import a, b` statement.
std::optional<RawError> check_features(const ast::ImportFrom* s, FutureFeatures& features) {
  for (const ast::Node* node : s->names) {
    std::string_view feature = static_cast<const ast::alias*>(node)->name;
    if (feature == "nested_scopes" || feature == "generators" || feature == "division" ||
        feature == "absolute_import" || feature == "with_statement" ||
        feature == "print_function" || feature == "unicode_literals" ||
        feature == "generator_stop") {
      continue;
    }
    if (feature == "barry_as_FLUFL") {
      features.barry_as_flufl = true;
      continue;
    }
    if (feature == "annotations") {
      features.annotations = true;
      continue;
    }
    // PyErr_SyntaxLocationObject(filename, lineno, col_offset + 1): no end position.
    RawError e;
    e.msg = feature == "braces" ? std::string("not a chance")
                                : "future feature " + truncate_100(feature) + " is not defined";
    e.lineno = s->pos.lineno;
    e.offset = s->pos.col_offset + 1;
    e.end_lineno = s->pos.lineno;
    return e;
  }
  return std::nullopt;
}

bool is_future_import(const ast::Node* s) {
  const auto* from = s->as<ast::ImportFrom>();
  return from != nullptr && from->module.data() != nullptr && from->module == "__future__";
}

}  // namespace

bool has_docstring(const ast::NodeList& body) {
  if (body.empty()) return false;
  const auto* expr = body[0]->as<ast::Expr>();
  if (expr == nullptr) return false;
  const auto* constant = expr->value->as<ast::Constant>();
  return constant != nullptr && constant->value.type == ast::ConstantValue::Type::Str;
}

// future_parse: future imports may follow only a docstring and other future imports. One case
// is caught here rather than by the code generator: a future import after another statement on
// the same line (`import os; from __future__ import x`), located at its bare column.
std::optional<RawError> parse_future(const ast::Node* module, FutureFeatures& features) {
  const auto* mod = module->as<ast::Module>();
  if (mod == nullptr || mod->body.empty()) return std::nullopt;
  bool done = false;
  int prev_line = 0;
  for (size_t i = has_docstring(mod->body) ? 1 : 0; i < mod->body.size(); ++i) {
    const ast::Node* s = mod->body[i];
    if (done && s->pos.lineno > prev_line) return std::nullopt;
    prev_line = s->pos.lineno;
    if (!is_future_import(s)) {
      done = true;
      continue;
    }
    if (done) {
      RawError e;  // PyErr_SyntaxLocationObject(filename, lineno, col_offset)
      e.msg = "from __future__ imports must occur at the beginning of the file";
      e.lineno = s->pos.lineno;
      e.offset = s->pos.col_offset;
      e.end_lineno = s->pos.lineno;
      return e;
    }
    if (auto error = check_features(s->as<ast::ImportFrom>(), features)) return error;
    features.last_lineno = s->pos.lineno;
  }
  return std::nullopt;
}

}  // namespace gyre::compiler
