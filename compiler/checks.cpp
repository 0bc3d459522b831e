// The code generator's checks: a transcription of the parts of CPython 3.11's Python/compile.c
// that decide its errors, warnings, their order and their locations (see checks.hpp). Function
// names follow compile.c's (compiler_visit_stmt, compiler_try_except, ...).
//
// One known difference: CPython ignores the result of storing and deleting an except handler's
// name, so after `except E as __debug__:` it goes on compiling with the error pending, and a
// later error can replace it (or it surfaces later, at the next constant or name it adds). Here
// that error is reported at once.
#include "compiler/checks.hpp"

#include <algorithm>
#include <memory>
#include <string>

#include "compiler/ast_opt.hpp"
#include "compiler/future.hpp"
#include "parser/unicode.hpp"

namespace gyre::compiler {

namespace {

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The frame blocks of compile.c (what break/continue/return must unwind).
enum class FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
};

struct FBlock {
  FBlockType type;
  const ast::NodeList* finalbody;  // FinallyTry: compiled again when unwinding
  const ast::Node* with;           // With, AsyncWith: the statement
  ast::Ident name;                 // HandlerCleanup: the `as` name (may be absent)

  explicit FBlock(FBlockType t, const ast::NodeList* f = nullptr, const ast::Node* w = nullptr,
                  ast::Ident n = {})
      : type(t), finalbody(f), with(w), name(n) {}
};

constexpr size_t kMaxBlocks = 20;  // CO_MAXBLOCKS

// compile.c's u_lineno, u_col_offset, u_end_lineno, u_end_col_offset (-1: artificial).
struct Loc {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// A compiler unit: one code object being generated.
struct Unit {
  const Block* ste = nullptr;
  ScopeType scope_type = ScopeType::Module;
  Loc loc;
  std::vector<FBlock> fblocks;
};

enum class CompType { GenExp, ListComp, SetComp, DictComp };

class CodegenChecker {
 public:
  CodegenChecker(const SymbolTable& table, std::vector<RawWarning>& warnings)
      : table_(table), warnings_(warnings) {}

  std::optional<RawError> run(const ast::Node* module) {
    if (const auto* mod = module->as<ast::Module>()) {
      enter_scope(module, ScopeType::Module, 1);
      if (!compiler_body(mod->body)) return error_;
      exit_scope();
    } else if (const auto* inter = module->as<ast::Interactive>()) {
      // 'single' mode: the statements, with no docstring (CPython's compiler_mod).
      enter_scope(module, ScopeType::Module, 1);
      if (!visit_stmts(inter->body)) return error_;
      exit_scope();
    } else if (const auto* e = module->as<ast::Expression>()) {
      enter_scope(module, ScopeType::Module, 1);
      if (!visit_expr(e->body)) return error_;
      exit_scope();
    }
    return std::nullopt;
  }

 private:
  Unit& u() { return *units_.back(); }

  // --- locations, errors, warnings ----------------------------------------------------------

  void set_loc(const ast::Node* n) {
    u().loc = Loc{n->pos.lineno, n->pos.col_offset, n->pos.end_lineno, n->pos.end_col_offset};
  }
  void unset_loc() { u().loc = Loc{-1, -1, -1, -1}; }

  // compiler_error: at the current location, columns as bytes plus one.
  bool error(std::string msg) {
    const Loc& loc = u().loc;
    RawError e;
    e.msg = std::move(msg);
    e.lineno = loc.lineno;
    e.offset = loc.col_offset + 1;
    e.end_lineno = loc.end_lineno;
    e.end_offset = loc.end_col_offset + 1;
    error_ = std::move(e);
    return false;
  }

  // compiler_warn: a SyntaxWarning on the current line.
  void warn(std::string msg) { warnings_.push_back(RawWarning{std::move(msg), u().loc.lineno}); }

  // --- scopes and frame blocks --------------------------------------------------------------

  void enter_scope(const ast::Node* node, ScopeType type, int lineno) {
    auto unit = std::make_unique<Unit>();
    unit->ste = table_.lookup(node);
    if (unit->ste == nullptr) unit->ste = &missing_;  // (a node the symbol table did not visit)
    unit->scope_type = type;
    unit->loc = Loc{lineno, 0, lineno, 0};
    units_.push_back(std::move(unit));
  }
  void exit_scope() { units_.pop_back(); }

  bool push_fblock(FBlock block) {
    if (u().fblocks.size() >= kMaxBlocks) return error("too many statically nested blocks");
    u().fblocks.push_back(block);
    return true;
  }
  void pop_fblock() { u().fblocks.pop_back(); }

  // compiler_unwind_fblock: what leaving one frame block early compiles.
  bool unwind_fblock(const FBlock& info, bool preserve_tos) {
    switch (info.type) {
      case FBlockType::FinallyTry:
        // The finally body is emitted here once more, with the blocks it is in.
        if (preserve_tos && !push_fblock(FBlock{FBlockType::PopValue})) return false;
        if (!visit_stmts(*info.finalbody)) return false;
        if (preserve_tos) pop_fblock();
        unset_loc();
        return true;
      case FBlockType::With:
      case FBlockType::AsyncWith:
        // The __exit__ call is located at the with statement, then marked artificial.
        unset_loc();
        return true;
      case FBlockType::HandlerCleanup:
        if (info.name.data() != nullptr) {
          return nameop(info.name, ast::Ctx::Store) && nameop(info.name, ast::Ctx::Del);
        }
        return true;
      default:
        return true;
    }
  }

  // compiler_unwind_fblock_stack: unwinds the blocks a return (loop == null) leaves, or those a
  // break/continue leaves up to the innermost loop (then sets *loop).
  bool unwind_fblock_stack(bool preserve_tos, bool* loop) {
    if (u().fblocks.empty()) return true;
    FBlock top = u().fblocks.back();
    if (top.type == FBlockType::ExceptionGroupHandler) {
      return error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop != nullptr && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
      *loop = true;
      return true;
    }
    u().fblocks.pop_back();
    if (!unwind_fblock(top, preserve_tos)) return false;
    if (!unwind_fblock_stack(preserve_tos, loop)) return false;
    u().fblocks.push_back(top);
    return true;
  }

  // --- names --------------------------------------------------------------------------------

  // forbidden_name + compiler_nameop: the only name a store or delete may not use.
  bool nameop(std::string_view name, ast::Ctx ctx) {
    if (name == "__debug__") {
      if (ctx == ast::Ctx::Store) return error("cannot assign to __debug__");
      if (ctx == ast::Ctx::Del) return error("cannot delete __debug__");
    }
    return true;
  }

  bool check_debug_args(const ast::arguments* args) {
    auto check = [&](const ast::Node* a) {
      return a == nullptr || nameop(static_cast<const ast::Arg*>(a)->arg, ast::Ctx::Store);
    };
    for (const ast::Node* a : args->posonlyargs) {
      if (!check(a)) return false;
    }
    for (const ast::Node* a : args->args) {
      if (!check(a)) return false;
    }
    if (!check(args->vararg)) return false;
    for (const ast::Node* a : args->kwonlyargs) {
      if (!check(a)) return false;
    }
    return check(args->kwarg);
  }

  // --- statements ---------------------------------------------------------------------------

  bool visit_stmts(const ast::NodeList& stmts) {
    for (const ast::Node* s : stmts) {
      if (!visit_stmt(s)) return false;
    }
    return true;
  }

  bool compiler_body(const ast::NodeList& stmts) {
    if (u().scope_type == ScopeType::Module && !stmts.empty()) set_loc(stmts[0]);
    size_t i = 0;
    if (has_docstring(stmts)) {
      i = 1;
      if (!visit_expr(static_cast<const ast::Expr*>(stmts[0])->value)) return false;
    }
    for (; i < stmts.size(); ++i) {
      if (!visit_stmt(stmts[i])) return false;
    }
    return true;
  }

  bool visit_stmt(const ast::Node* s) {
    set_loc(s);
    switch (s->kind) {
      case ast::Kind::FunctionDef:
        return compiler_function(static_cast<const ast::FunctionDef*>(s), false);
      case ast::Kind::AsyncFunctionDef:
        return compiler_function(static_cast<const ast::AsyncFunctionDef*>(s), true);
      case ast::Kind::ClassDef:
        return compiler_class(static_cast<const ast::ClassDef*>(s));
      case ast::Kind::Return:
        return compiler_return(static_cast<const ast::Return*>(s));
      case ast::Kind::Delete:
        return visit_exprs(static_cast<const ast::Delete*>(s)->targets);
      case ast::Kind::Assign: {
        const auto* a = static_cast<const ast::Assign*>(s);
        return visit_expr(a->value) && visit_exprs(a->targets);
      }
      case ast::Kind::AugAssign:
        return compiler_augassign(static_cast<const ast::AugAssign*>(s));
      case ast::Kind::AnnAssign:
        return compiler_annassign(static_cast<const ast::AnnAssign*>(s));
      case ast::Kind::For:
        return compiler_for(static_cast<const ast::For*>(s));
      case ast::Kind::While:
        return compiler_while(static_cast<const ast::While*>(s));
      case ast::Kind::If: {
        const auto* i = static_cast<const ast::If*>(s);
        return jump_if(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case ast::Kind::Raise: {
        const auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc == nullptr) return true;
        return visit_expr(r->exc) && (r->cause == nullptr || visit_expr(r->cause));
      }
      case ast::Kind::Try:
        return compiler_try(static_cast<const ast::Try*>(s), false);
      case ast::Kind::TryStar:
        return compiler_try(static_cast<const ast::TryStar*>(s), true);
      case ast::Kind::Assert:
        return compiler_assert(static_cast<const ast::Assert*>(s));
      case ast::Kind::Import:
        return compiler_import(static_cast<const ast::Import*>(s));
      case ast::Kind::ImportFrom:
        return compiler_from_import(static_cast<const ast::ImportFrom*>(s));
      case ast::Kind::Expr:
        return compiler_visit_stmt_expr(static_cast<const ast::Expr*>(s)->value);
      case ast::Kind::Break:
        return compiler_break_continue("'break' outside loop");
      case ast::Kind::Continue:
        return compiler_break_continue("'continue' not properly in loop");
      case ast::Kind::With:
        return compiler_with(static_cast<const ast::With*>(s), 0);
      case ast::Kind::AsyncWith:
        return compiler_async_with(static_cast<const ast::AsyncWith*>(s), 0);
      case ast::Kind::AsyncFor:
        return compiler_async_for(static_cast<const ast::AsyncFor*>(s));
      default:  // Global, Nonlocal, Pass
        return true;
    }
  }

  bool default_arguments(const ast::arguments* args) {
    if (!visit_exprs(args->defaults)) return false;
    for (const ast::Node* d : args->kw_defaults) {
      if (d != nullptr && !visit_expr(d)) return false;
    }
    return true;
  }

  // compiler_visit_annotations: not compiled at all under `from __future__ import annotations`.
  bool visit_annotations(const ast::arguments* args, const ast::Node* returns) {
    if (table_.future.annotations) return true;
    auto annotation = [&](const ast::Node* a) {
      if (a == nullptr) return true;
      const ast::Node* ann = static_cast<const ast::Arg*>(a)->annotation;
      if (ann == nullptr) return true;
      if (const auto* star = ann->as<ast::Starred>()) return visit_expr(star->value);  // *Ts
      return visit_expr(ann);
    };
    for (const ast::Node* a : args->args) {
      if (!annotation(a)) return false;
    }
    for (const ast::Node* a : args->posonlyargs) {
      if (!annotation(a)) return false;
    }
    if (!annotation(args->vararg)) return false;
    for (const ast::Node* a : args->kwonlyargs) {
      if (!annotation(a)) return false;
    }
    if (!annotation(args->kwarg)) return false;
    return returns == nullptr || visit_expr(returns);
  }

  template <typename Def>
  bool compiler_function(const Def* s, bool is_async) {
    const auto* args = static_cast<const ast::arguments*>(s->args);
    if (!check_debug_args(args)) return false;
    if (!visit_exprs(s->decorator_list)) return false;
    if (!default_arguments(args)) return false;
    if (!visit_annotations(args, s->returns)) return false;
    int firstlineno = s->decorator_list.empty() ? s->pos.lineno : s->decorator_list[0]->pos.lineno;
    enter_scope(s, is_async ? ScopeType::AsyncFunction : ScopeType::Function, firstlineno);
    for (size_t i = has_docstring(s->body) ? 1 : 0; i < s->body.size(); ++i) {
      if (!visit_stmt(s->body[i])) return false;
    }
    exit_scope();
    return nameop(s->name, ast::Ctx::Store);
  }

  bool compiler_class(const ast::ClassDef* s) {
    if (!visit_exprs(s->decorator_list)) return false;
    int firstlineno = s->decorator_list.empty() ? s->pos.lineno : s->decorator_list[0]->pos.lineno;
    enter_scope(s, ScopeType::Class, firstlineno);
    if (!compiler_body(s->body)) return false;
    exit_scope();
    if (!call_helper(s->bases, s->keywords)) return false;
    return nameop(s->name, ast::Ctx::Store);
  }

  bool compiler_return(const ast::Return* s) {
    bool preserve_tos = s->value != nullptr && !folded_constant(s->value);
    if (!u().ste->is_function()) return error("'return' outside function");
    if (s->value != nullptr && u().ste->coroutine && u().ste->generator) {
      return error("'return' with value in async generator");
    }
    if (preserve_tos) {
      if (!visit_expr(s->value)) return false;
    } else if (s->value != nullptr) {
      set_loc(s->value);
    }
    if (s->value == nullptr || s->value->pos.lineno != s->pos.lineno) set_loc(s);
    return unwind_fblock_stack(preserve_tos, nullptr);
  }

  bool compiler_break_continue(const char* message) {
    Loc saved = u().loc;
    bool loop = false;
    if (!unwind_fblock_stack(false, &loop)) return false;
    if (!loop) {
      u().loc = saved;
      return error(message);
    }
    return true;  // unwinding the loop itself compiles nothing that can fail
  }

  bool compiler_for(const ast::For* s) {
    if (!push_fblock(FBlock{FBlockType::ForLoop})) return false;
    if (!visit_expr(s->iter) || !visit_expr(s->target) || !visit_stmts(s->body)) return false;
    unset_loc();
    pop_fblock();
    return visit_stmts(s->orelse);
  }

  bool compiler_async_for(const ast::AsyncFor* s) {
    if (u().scope_type != ScopeType::AsyncFunction) {
      return error("'async for' outside async function");
    }
    if (!visit_expr(s->iter)) return false;
    if (!push_fblock(FBlock{FBlockType::ForLoop})) return false;
    if (!visit_expr(s->target) || !visit_stmts(s->body)) return false;
    unset_loc();
    pop_fblock();
    set_loc(s->iter);
    return visit_stmts(s->orelse);
  }

  bool compiler_while(const ast::While* s) {
    if (!push_fblock(FBlock{FBlockType::WhileLoop})) return false;
    if (!jump_if(s->test)) return false;
    if (!visit_stmts(s->body)) return false;
    set_loc(s);
    if (!jump_if(s->test)) return false;  // the test is emitted twice
    pop_fblock();
    return visit_stmts(s->orelse);
  }

  template <typename TryNode>
  bool compiler_try(const TryNode* s, bool star) {
    if (s->finalbody.empty()) return star ? compiler_try_star_except(s) : compiler_try_except(s);
    // compiler_try_finally / compiler_try_star_finally
    if (!push_fblock(FBlock{FBlockType::FinallyTry, &s->finalbody})) return false;
    if (!s->handlers.empty()) {
      if (!(star ? compiler_try_star_except(s) : compiler_try_except(s))) return false;
    } else if (!visit_stmts(s->body)) {
      return false;
    }
    pop_fblock();
    if (!visit_stmts(s->finalbody)) return false;  // normal exit
    unset_loc();
    if (!push_fblock(FBlock{FBlockType::FinallyEnd})) return false;
    if (!visit_stmts(s->finalbody)) return false;  // exceptional exit
    pop_fblock();
    return true;
  }

  template <typename TryNode>
  bool compiler_try_except(const TryNode* s) {
    if (!push_fblock(FBlock{FBlockType::TryExcept})) return false;
    if (!visit_stmts(s->body)) return false;
    pop_fblock();
    if (!visit_stmts(s->orelse)) return false;
    unset_loc();
    if (!push_fblock(FBlock{FBlockType::ExceptionHandler})) return false;
    const size_t n = s->handlers.size();
    for (size_t i = 0; i < n; ++i) {
      const auto* handler = static_cast<const ast::ExceptHandler*>(s->handlers[i]);
      set_loc(handler);
      if (handler->type == nullptr && i < n - 1) return error("default 'except:' must be last");
      if (handler->type != nullptr && !visit_expr(handler->type)) return false;
      if (!handler_body(handler)) return false;
    }
    unset_loc();
    pop_fblock();
    return true;
  }

  template <typename TryNode>
  bool compiler_try_star_except(const TryNode* s) {
    if (!push_fblock(FBlock{FBlockType::TryExcept})) return false;
    if (!visit_stmts(s->body)) return false;
    pop_fblock();
    unset_loc();
    if (!push_fblock(FBlock{FBlockType::ExceptionGroupHandler})) return false;
    for (const ast::Node* h : s->handlers) {
      const auto* handler = static_cast<const ast::ExceptHandler*>(h);
      set_loc(handler);
      if (handler->type != nullptr && !visit_expr(handler->type)) return false;
      if (!handler_body(handler)) return false;
    }
    unset_loc();
    pop_fblock();
    return visit_stmts(s->orelse);  // after the handlers, unlike try/except
  }

  // The name binding and body of one handler, in its HANDLER_CLEANUP block.
  bool handler_body(const ast::ExceptHandler* handler) {
    bool named = handler->name.data() != nullptr;
    if (named && !nameop(handler->name, ast::Ctx::Store)) return false;
    if (!push_fblock(FBlock{FBlockType::HandlerCleanup, nullptr, nullptr, handler->name})) {
      return false;
    }
    if (!visit_stmts(handler->body)) return false;
    pop_fblock();
    unset_loc();
    return true;
  }

  bool compiler_with(const ast::With* s, size_t pos) {
    const auto* item = static_cast<const ast::withitem*>(s->items[pos]);
    if (!visit_expr(item->context_expr)) return false;
    if (!push_fblock(FBlock{FBlockType::With, nullptr, s})) return false;
    if (item->optional_vars != nullptr && !visit_expr(item->optional_vars)) return false;
    if (pos + 1 == s->items.size()) {
      if (!visit_stmts(s->body)) return false;
    } else if (!compiler_with(s, pos + 1)) {
      return false;
    }
    unset_loc();
    pop_fblock();
    set_loc(s);
    return true;
  }

  bool compiler_async_with(const ast::AsyncWith* s, size_t pos) {
    const auto* item = static_cast<const ast::withitem*>(s->items[pos]);
    if (u().scope_type != ScopeType::AsyncFunction) {
      return error("'async with' outside async function");
    }
    if (!visit_expr(item->context_expr)) return false;
    if (!push_fblock(FBlock{FBlockType::AsyncWith, nullptr, s})) return false;
    if (item->optional_vars != nullptr && !visit_expr(item->optional_vars)) return false;
    if (pos + 1 == s->items.size()) {
      if (!visit_stmts(s->body)) return false;
    } else if (!compiler_async_with(s, pos + 1)) {
      return false;
    }
    pop_fblock();
    set_loc(s);
    return true;
  }

  bool compiler_assert(const ast::Assert* s) {
    // A non-empty tuple (folded to a constant or not) is always true.
    const auto* tuple = s->test->as<ast::Tuple>();
    if (tuple != nullptr && !tuple->elts.empty()) {
      warn("assertion is always true, perhaps remove parentheses?");
    }
    if (!jump_if(s->test)) return false;
    return s->msg == nullptr || visit_expr(s->msg);
  }

  bool compiler_import(const ast::Import* s) {
    for (const ast::Node* n : s->names) {
      const auto* alias = static_cast<const ast::alias*>(n);
      std::string_view store = alias->asname.data() != nullptr
                                   ? alias->asname
                                   : alias->name.substr(0, alias->name.find('.'));
      if (!nameop(store, ast::Ctx::Store)) return false;
    }
    return true;
  }

  bool compiler_from_import(const ast::ImportFrom* s) {
    if (s->pos.lineno > table_.future.last_lineno && s->module.data() != nullptr &&
        s->module == "__future__") {
      return error("from __future__ imports must occur at the beginning of the file");
    }
    for (const ast::Node* n : s->names) {
      const auto* alias = static_cast<const ast::alias*>(n);
      if (alias->name == "*") return true;
      if (!nameop(alias->asname.data() != nullptr ? alias->asname : alias->name, ast::Ctx::Store)) {
        return false;
      }
    }
    return true;
  }

  bool compiler_visit_stmt_expr(const ast::Node* value) {
    if (folded_constant(value)) return true;  // a constant statement compiles to nothing
    if (!visit_expr(value)) return false;
    unset_loc();
    return true;
  }

  bool compiler_augassign(const ast::AugAssign* s) {
    const ast::Node* target = s->target;
    Loc old = u().loc;
    set_loc(target);
    if (const auto* attr = target->as<ast::Attribute>()) {
      if (!visit_expr(attr->value)) return false;
      update_start_location_to_match_attr(attr);
    } else if (const auto* sub = target->as<ast::Subscript>()) {
      if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
    }
    u().loc = old;
    if (!visit_expr(s->value)) return false;
    set_loc(target);
    if (const auto* name = target->as<ast::Name>()) return nameop(name->id, ast::Ctx::Store);
    if (const auto* attr = target->as<ast::Attribute>()) update_start_location_to_match_attr(attr);
    return true;
  }

  bool compiler_annassign(const ast::AnnAssign* s) {
    const ast::Node* target = s->target;
    const bool module_or_class =
        u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class;
    if (s->value != nullptr) {
      if (!visit_expr(s->value) || !visit_expr(target)) return false;
    }
    if (const auto* name = target->as<ast::Name>()) {
      if (!nameop(name->id, ast::Ctx::Store)) return false;
      if (s->simple && module_or_class && !table_.future.annotations) {
        if (!visit_expr(s->annotation)) return false;
      }
    } else if (const auto* attr = target->as<ast::Attribute>()) {
      if (!nameop(attr->attr, ast::Ctx::Store)) return false;
      if (s->value == nullptr && !visit_expr(attr->value)) return false;
    } else if (const auto* sub = target->as<ast::Subscript>()) {
      if (s->value == nullptr && (!visit_expr(sub->value) || !check_ann_subscr(sub->slice))) {
        return false;
      }
    }
    // check_annotation: complex targets' annotations are evaluated (in modules and classes).
    if (!s->simple && !table_.future.annotations && module_or_class) {
      return visit_expr(s->annotation);
    }
    return true;
  }

  bool check_ann_subscr(const ast::Node* e) {
    if (const auto* slice = e->as<ast::Slice>()) {
      return (slice->lower == nullptr || visit_expr(slice->lower)) &&
             (slice->upper == nullptr || visit_expr(slice->upper)) &&
             (slice->step == nullptr || visit_expr(slice->step));
    }
    if (const auto* tuple = e->as<ast::Tuple>()) {
      for (const ast::Node* elt : tuple->elts) {
        if (!check_ann_subscr(elt)) return false;
      }
      return true;
    }
    return visit_expr(e);
  }

  // An attribute spanning lines is located at its name.
  void update_start_location_to_match_attr(const ast::Attribute* attr) {
    Loc& loc = u().loc;
    if (loc.lineno == attr->pos.end_lineno) return;
    loc.lineno = attr->pos.end_lineno;
    int len = static_cast<int>(parser::count_code_points(attr->attr));
    if (len <= attr->pos.end_col_offset) {
      loc.col_offset = attr->pos.end_col_offset - len;
    } else {
      loc.col_offset = -1;
      loc.end_col_offset = -1;
    }
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno)
      loc.end_col_offset = std::max(loc.col_offset, loc.end_col_offset);
  }

  // --- expressions --------------------------------------------------------------------------

  bool visit_exprs(const ast::NodeList& exprs) {
    for (const ast::Node* e : exprs) {
      if (!visit_expr(e)) return false;
    }
    return true;
  }

  // compiler_visit_expr: an expression sets the location and restores it afterwards.
  bool visit_expr(const ast::Node* e) {
    Loc saved = u().loc;
    bool inverted = false;
    const ast::Compare* folded = folded_not_compare(e, inverted);
    set_loc(folded != nullptr ? folded : e);
    bool ok = folded != nullptr ? compiler_compare(folded, inverted) : visit_expr1(e);
    if (ok) u().loc = saved;
    return ok;
  }

  bool visit_expr1(const ast::Node* e) {
    switch (e->kind) {
      case ast::Kind::NamedExpr: {
        const auto* n = static_cast<const ast::NamedExpr*>(e);
        return visit_expr(n->value) && visit_expr(n->target);
      }
      case ast::Kind::BoolOp:
        return visit_exprs(static_cast<const ast::BoolOp*>(e)->values);
      case ast::Kind::BinOp: {
        const auto* b = static_cast<const ast::BinOp*>(e);
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case ast::Kind::UnaryOp:
        return visit_expr(static_cast<const ast::UnaryOp*>(e)->operand);
      case ast::Kind::Lambda:
        return compiler_lambda(static_cast<const ast::Lambda*>(e));
      case ast::Kind::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        return jump_if(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case ast::Kind::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        for (size_t i = 0; i < d->values.size(); ++i) {
          if (d->keys[i] != nullptr && !visit_expr(d->keys[i])) return false;
          if (!visit_expr(d->values[i])) return false;
        }
        return true;
      }
      case ast::Kind::Set:
        return starunpack(static_cast<const ast::Set*>(e)->elts);
      case ast::Kind::GeneratorExp: {
        const auto* g = static_cast<const ast::GeneratorExp*>(e);
        return compiler_comprehension(e, CompType::GenExp, g->generators, g->elt, nullptr);
      }
      case ast::Kind::ListComp: {
        const auto* l = static_cast<const ast::ListComp*>(e);
        return compiler_comprehension(e, CompType::ListComp, l->generators, l->elt, nullptr);
      }
      case ast::Kind::SetComp: {
        const auto* s = static_cast<const ast::SetComp*>(e);
        return compiler_comprehension(e, CompType::SetComp, s->generators, s->elt, nullptr);
      }
      case ast::Kind::DictComp: {
        const auto* d = static_cast<const ast::DictComp*>(e);
        return compiler_comprehension(e, CompType::DictComp, d->generators, d->key, d->value);
      }
      case ast::Kind::Yield: {
        if (!u().ste->is_function()) return error("'yield' outside function");
        const auto* y = static_cast<const ast::Yield*>(e);
        return y->value == nullptr || visit_expr(y->value);
      }
      case ast::Kind::YieldFrom:
        if (!u().ste->is_function()) return error("'yield' outside function");
        if (u().scope_type == ScopeType::AsyncFunction) {
          return error("'yield from' inside async function");
        }
        return visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
      case ast::Kind::Await:
        if (!u().ste->is_function()) return error("'await' outside function");
        if (u().scope_type != ScopeType::AsyncFunction &&
            u().scope_type != ScopeType::Comprehension) {
          return error("'await' outside async function");
        }
        return visit_expr(static_cast<const ast::Await*>(e)->value);
      case ast::Kind::Compare:
        return compiler_compare(static_cast<const ast::Compare*>(e), false);
      case ast::Kind::Call:
        return compiler_call(static_cast<const ast::Call*>(e));
      case ast::Kind::FormattedValue: {
        const auto* f = static_cast<const ast::FormattedValue*>(e);
        return visit_expr(f->value) && (f->format_spec == nullptr || visit_expr(f->format_spec));
      }
      case ast::Kind::JoinedStr:
        return visit_exprs(static_cast<const ast::JoinedStr*>(e)->values);
      case ast::Kind::Attribute: {
        const auto* a = static_cast<const ast::Attribute*>(e);
        if (!visit_expr(a->value)) return false;
        update_start_location_to_match_attr(a);
        if (a->ctx == ast::Ctx::Store) return nameop(a->attr, ast::Ctx::Store);
        return true;
      }
      case ast::Kind::Subscript:
        return compiler_subscript(static_cast<const ast::Subscript*>(e));
      case ast::Kind::Starred:
        if (static_cast<const ast::Starred*>(e)->ctx == ast::Ctx::Store) {
          return error("starred assignment target must be in a list or tuple");
        }
        return error("can't use starred expression here");
      case ast::Kind::Slice: {
        const auto* s = static_cast<const ast::Slice*>(e);
        return (s->lower == nullptr || visit_expr(s->lower)) &&
               (s->upper == nullptr || visit_expr(s->upper)) &&
               (s->step == nullptr || visit_expr(s->step));
      }
      case ast::Kind::Name: {
        if (is_debug_load(e)) return true;  // folded to True
        const auto* n = static_cast<const ast::Name*>(e);
        return nameop(n->id, n->ctx);
      }
      case ast::Kind::List: {
        const auto* l = static_cast<const ast::List*>(e);
        return sequence(l->elts, l->ctx);
      }
      case ast::Kind::Tuple: {
        const auto* t = static_cast<const ast::Tuple*>(e);
        return sequence(t->elts, t->ctx);
      }
      default:  // Constant
        return true;
    }
  }

  // compiler_list / compiler_tuple.
  bool sequence(const ast::NodeList& elts, ast::Ctx ctx) {
    if (ctx == ast::Ctx::Store) return assignment_helper(elts);
    if (ctx == ast::Ctx::Load) return starunpack(elts);
    return visit_exprs(elts);
  }

  // starunpack_helper: a starred element contributes its value.
  bool starunpack(const ast::NodeList& elts) {
    for (const ast::Node* elt : elts) {
      const auto* star = elt->as<ast::Starred>();
      if (!visit_expr(star != nullptr ? star->value : elt)) return false;
    }
    return true;
  }

  // assignment_helper / unpack_helper: `a, *b, c = ...`.
  bool assignment_helper(const ast::NodeList& elts) {
    bool seen_star = false;
    const size_t n = elts.size();
    for (size_t i = 0; i < n; ++i) {
      if (!elts[i]->is(ast::Kind::Starred)) continue;
      if (seen_star) return error("multiple starred expressions in assignment");
      if (i >= (1u << 8) || n - i - 1 >= (0x7fffffffu >> 8)) {
        return error("too many expressions in star-unpacking assignment");
      }
      seen_star = true;
    }
    return starunpack(elts);
  }

  bool compiler_lambda(const ast::Lambda* e) {
    const auto* args = static_cast<const ast::arguments*>(e->args);
    if (!check_debug_args(args)) return false;
    if (!default_arguments(args)) return false;
    enter_scope(e, ScopeType::Lambda, e->pos.lineno);
    if (!visit_expr(e->body)) return false;
    exit_scope();
    return true;
  }

  bool compiler_comprehension(const ast::Node* e, CompType type, const ast::NodeList& generators,
                              const ast::Node* elt, const ast::Node* val) {
    const ScopeType outer = u().scope_type;
    enter_scope(e, ScopeType::Comprehension, e->pos.lineno);
    set_loc(e);
    const bool is_async_generator = u().ste->coroutine;
    if (is_async_generator && type != CompType::GenExp && outer != ScopeType::AsyncFunction &&
        outer != ScopeType::Comprehension) {
      return error("asynchronous comprehension outside of an asynchronous function");
    }
    if (!comprehension_generator(generators, 0, elt, val, type)) return false;
    exit_scope();
    // The outermost iterable is evaluated (compiled) last, in the enclosing scope.
    return visit_expr(static_cast<const ast::comprehension*>(generators[0])->iter);
  }

  bool comprehension_generator(const ast::NodeList& generators, size_t index, const ast::Node* elt,
                               const ast::Node* val, CompType type) {
    const auto* gen = static_cast<const ast::comprehension*>(generators[index]);
    if (index > 0) {
      // `for y in [f(x)]` binds y to f(x) directly (no Starred element).
      const ast::NodeList* single = nullptr;
      if (const auto* list = gen->iter->as<ast::List>()) single = &list->elts;
      if (const auto* tuple = gen->iter->as<ast::Tuple>()) single = &tuple->elts;
      if (!gen->is_async && single != nullptr && single->size() == 1 &&
          !(*single)[0]->is(ast::Kind::Starred)) {
        if (!visit_expr((*single)[0])) return false;
      } else if (!visit_expr(gen->iter)) {
        return false;
      }
    }
    if (gen->is_async && !push_fblock(FBlock{FBlockType::AsyncComprehensionGenerator})) {
      return false;
    }
    if (!visit_expr(gen->target)) return false;
    for (const ast::Node* cond : gen->ifs) {
      if (!jump_if(cond)) return false;
    }
    if (index + 1 < generators.size()) {
      if (!comprehension_generator(generators, index + 1, elt, val, type)) return false;
    } else {
      if (!visit_expr(elt)) return false;
      if (type == CompType::DictComp && !visit_expr(val)) return false;
    }
    if (gen->is_async) pop_fblock();
    return true;
  }

  // compiler_jump_if: a condition (if, while, assert, comprehension if, conditional
  // expression), compiled as jumps for `not`, `and`/`or`, `a if b else c` and chained
  // comparisons.
  bool jump_if(const ast::Node* e) {
    bool inverted = false;
    if (folded_not_compare(e, inverted) != nullptr) return visit_expr(e);
    switch (e->kind) {
      case ast::Kind::UnaryOp: {
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        if (u->op == ast::UnaryOperator::Not) return jump_if(u->operand);
        break;
      }
      case ast::Kind::BoolOp:
        for (const ast::Node* v : static_cast<const ast::BoolOp*>(e)->values) {
          if (!jump_if(v)) return false;
        }
        return true;
      case ast::Kind::IfExp: {
        const auto* i = static_cast<const ast::IfExp*>(e);
        return jump_if(i->test) && jump_if(i->body) && jump_if(i->orelse);
      }
      case ast::Kind::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        if (c->ops.size() > 1) {
          set_loc(e);  // not restored
          check_compare(c, false);
          return visit_expr(c->left) && visit_exprs(c->comparators);
        }
        break;
      }
      default:
        break;
    }
    return visit_expr(e);
  }

  bool compiler_compare(const ast::Compare* e, bool inverted) {
    check_compare(e, inverted);
    return visit_expr(e->left) && visit_exprs(e->comparators);
  }

  // check_is_arg: an operand of `is` may be a constant only if it is None, True, False or ...
  static bool is_singleton_or_not_constant(const ast::Node* e) {
    std::optional<ConstType> type = folded_constant(e);
    return !type || *type == ConstType::None || *type == ConstType::Bool ||
           *type == ConstType::Ellipsis;
  }

  // check_compare: warns about the first `is`/`is not` with a literal operand.
  void check_compare(const ast::Compare* e, bool inverted) {
    bool left = is_singleton_or_not_constant(e->left);
    for (size_t i = 0; i < e->ops.size(); ++i) {
      ast::CmpOperator op = e->ops[i];
      if (inverted && i == 0) {
        op = op == ast::CmpOperator::Is      ? ast::CmpOperator::IsNot
             : op == ast::CmpOperator::IsNot ? ast::CmpOperator::Is
             : op == ast::CmpOperator::In    ? ast::CmpOperator::NotIn
                                             : ast::CmpOperator::In;
      }
      bool right = is_singleton_or_not_constant(e->comparators[i]);
      if ((op == ast::CmpOperator::Is || op == ast::CmpOperator::IsNot) && (!right || !left)) {
        warn(op == ast::CmpOperator::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left = right;
    }
  }

  // The kind of `e` after the optimizer (a `%` formatting may have become an f-string).
  static ast::Kind folded_kind(const ast::Node* e) {
    return folds_to_fstring(e) ? ast::Kind::JoinedStr : e->kind;
  }

  // infer_type: the type of a display, comprehension, lambda, f-string or constant.
  static const char* infer_type(const ast::Node* e) {
    if (std::optional<ConstType> type = folded_constant(e)) return type_name(*type);
    switch (folded_kind(e)) {
      case ast::Kind::Tuple:
        return "tuple";
      case ast::Kind::List:
      case ast::Kind::ListComp:
        return "list";
      case ast::Kind::Dict:
      case ast::Kind::DictComp:
        return "dict";
      case ast::Kind::Set:
      case ast::Kind::SetComp:
        return "set";
      case ast::Kind::GeneratorExp:
        return "generator";
      case ast::Kind::Lambda:
        return "function";
      case ast::Kind::JoinedStr:
      case ast::Kind::FormattedValue:
        return "str";
      default:
        return nullptr;
    }
  }

  // check_caller: `[a, b] (c, d)` calls a list.
  void check_caller(const ast::Node* e) {
    bool literal = folded_constant(e).has_value();
    switch (folded_kind(e)) {
      case ast::Kind::Tuple:
      case ast::Kind::List:
      case ast::Kind::ListComp:
      case ast::Kind::Dict:
      case ast::Kind::DictComp:
      case ast::Kind::Set:
      case ast::Kind::SetComp:
      case ast::Kind::GeneratorExp:
      case ast::Kind::JoinedStr:
      case ast::Kind::FormattedValue:
        literal = true;
        break;
      default:
        break;
    }
    if (literal) {
      warn(std::string("'") + infer_type(e) +
           "' object is not callable; perhaps you missed a comma?");
    }
  }

  // check_subscripter: `1 [2]`, `{1} [2]`.
  void check_subscripter(const ast::Node* e) {
    bool warn_it = false;
    if (std::optional<ConstType> type = folded_constant(e)) {
      warn_it = *type == ConstType::None || *type == ConstType::Ellipsis ||
                *type == ConstType::Int || *type == ConstType::Bool || *type == ConstType::Float ||
                *type == ConstType::Complex;
    } else {
      warn_it = e->is(ast::Kind::Set) || e->is(ast::Kind::SetComp) ||
                e->is(ast::Kind::GeneratorExp) || e->is(ast::Kind::Lambda);
    }
    if (warn_it) {
      warn(std::string("'") + infer_type(e) +
           "' object is not subscriptable; perhaps you missed a comma?");
    }
  }

  // check_index: `[1, 2] [3, 4]` indexes a list with a tuple.
  void check_index(const ast::Node* e, const ast::Node* index) {
    const char* index_type = infer_type(index);
    if (index_type == nullptr) return;
    std::optional<ConstType> index_const = folded_constant(index);
    if (index_const && (*index_const == ConstType::Int || *index_const == ConstType::Bool)) return;
    bool warn_it = false;
    if (std::optional<ConstType> type = folded_constant(e)) {
      warn_it = *type == ConstType::Str || *type == ConstType::Bytes || *type == ConstType::Tuple;
    } else {
      ast::Kind kind = folded_kind(e);
      warn_it = kind == ast::Kind::Tuple || kind == ast::Kind::List ||
                kind == ast::Kind::ListComp || kind == ast::Kind::JoinedStr ||
                kind == ast::Kind::FormattedValue;
    }
    if (warn_it) {
      warn(std::string(infer_type(e)) + " indices must be integers or slices, not " + index_type +
           "; perhaps you missed a comma?");
    }
  }

  bool compiler_subscript(const ast::Subscript* e) {
    if (e->ctx == ast::Ctx::Load) {
      check_subscripter(e->value);
      check_index(e->value, e->slice);
    }
    if (!visit_expr(e->value)) return false;
    const auto* slice = e->slice->as<ast::Slice>();
    if (slice != nullptr && slice->step == nullptr && e->ctx != ast::Ctx::Del) {
      // compiler_slice inline: the bounds without a location of the slice's own
      return (slice->lower == nullptr || visit_expr(slice->lower)) &&
             (slice->upper == nullptr || visit_expr(slice->upper));
    }
    return visit_expr(e->slice);
  }

  // validate_keywords: no keyword argument named __debug__ or given twice.
  bool validate_keywords(const ast::NodeList& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
      const auto* key = static_cast<const ast::keyword*>(keywords[i]);
      if (key->arg.data() == nullptr) continue;
      if (!nameop(key->arg, ast::Ctx::Store)) return false;
      for (size_t j = i + 1; j < keywords.size(); ++j) {
        const auto* other = static_cast<const ast::keyword*>(keywords[j]);
        if (other->arg.data() != nullptr && other->arg == key->arg) {
          set_loc(other);
          return error("keyword argument repeated: " + std::string(key->arg));
        }
      }
    }
    return true;
  }

  bool compiler_call(const ast::Call* e) {
    if (!validate_keywords(e->keywords)) return false;
    // (The method-call path of maybe_optimize_method_call visits in the same order and never
    // warns: its callee is an attribute.)
    check_caller(e->func);
    if (!visit_expr(e->func)) return false;
    return call_helper(e->args, e->keywords);
  }

  // compiler_call_helper: positional arguments, then keyword values, in order.
  bool call_helper(const ast::NodeList& args, const ast::NodeList& keywords) {
    if (!validate_keywords(keywords)) return false;
    if (!starunpack(args)) return false;
    for (const ast::Node* k : keywords) {
      if (!visit_expr(static_cast<const ast::keyword*>(k)->value)) return false;
    }
    return true;
  }

  const SymbolTable& table_;
  std::vector<RawWarning>& warnings_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::optional<RawError> error_;
  Block missing_;
};

}  // namespace

std::optional<RawError> check_codegen(const ast::Node* module, const SymbolTable& table,
                                      std::vector<RawWarning>& warnings) {
  CodegenChecker checker(table, warnings);
  return checker.run(module);
}

}  // namespace gyre::compiler
