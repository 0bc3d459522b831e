// Scope analysis: CPython 3.11's symbol table (Python/symtable.c), the first step of compiling a
// module. It decides, for every name of every block, whether the block reads and writes it as a
// local, a cell, a free variable or a global, which the code generator needs to pick LOAD_FAST,
// LOAD_DEREF, LOAD_GLOBAL or LOAD_NAME; and it raises the SyntaxErrors CPython raises while
// doing so.
//
// Blocks. A block is a scope with its own namespace: the module ("top"), each function and
// lambda ("lambda"), each class body, and each comprehension ("listcomp", "setcomp",
// "dictcomp", "genexpr": all four are functions of their own in 3.11). A comprehension's
// outermost iterable is evaluated in the enclosing block and passed in as the parameter ".0";
// everything else of it (targets, conditions, inner iterables, element) belongs to it. Default
// values, annotations (unless `from __future__ import annotations`), decorators, class bases and
// keywords belong to the enclosing block too.
//
// Two passes, as in CPython:
//   1. The visit walks the AST in CPython's order and records raw facts per block and name
//      (symbol flags: assigned, used, parameter, declared global or nonlocal, annotated,
//      imported, comprehension iteration variable). Names are stored mangled (`__x` in class C
//      is `_C__x`). Errors found here stop the build at once.
//   2. The analysis walks the blocks top down, passing each child the names bound in the
//      enclosing function blocks and the names known to be global, and decides each name's
//      scope; a local of a function that a nested block uses freely becomes a cell. Class
//      bodies bind nothing their nested functions can see, except the implicit `__class__`.
//
// Invariants of a built table:
// - Every symbol of the module and of the blocks nested in it has a scope other than None: a
//   name declared nonlocal is Free, one declared global is GlobalExplicit, a bound name is Local
//   or Cell, an unbound name is Free if some enclosing function binds it and global otherwise.
//   (A global declaration also marks the module's symbol DEF_GLOBAL.)
// - Symbols are in the order CPython's ste_symbols dict has them: order of first mention in
//   the visit, then the free names only nested blocks use (sorted by name here; CPython's order
//   for these comes from a set and is arbitrary).
// - A comprehension's walrus target is a symbol of the comprehension (flags DEF_LOCAL and
//   DEF_NONLOCAL, or DEF_GLOBAL at module level) and a DEF_LOCAL of the nearest enclosing
//   function (or a global of the module); a walrus in a comprehension in a class body is an
//   error.
// - A function that uses `super` or `__class__` inside a class has `__class__` as a Free
//   symbol, and that class has needs_class_closure set.
// - Annotation blocks (only with `from __future__ import annotations`) are visited, so that
//   their errors are raised, but like CPython's they are nobody's child and never analysed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/diagnostic.hpp"
#include "compiler/future.hpp"
#include "parser/ast.hpp"

namespace gyre::compiler {

// Symbol flags, bit for bit CPython's DEF_* (so a dump compares directly with _symtable's).
inline constexpr uint32_t kDefGlobal = 1;      // `global` statement
inline constexpr uint32_t kDefLocal = 2;       // assigned in the block
inline constexpr uint32_t kDefParam = 4;       // a parameter
inline constexpr uint32_t kDefNonlocal = 8;    // `nonlocal` statement
inline constexpr uint32_t kUse = 16;           // read
inline constexpr uint32_t kDefFree = 32;       // (unused by 3.11)
inline constexpr uint32_t kDefFreeClass = 64;  // a class name some method uses freely
inline constexpr uint32_t kDefImport = 128;    // bound by an import
inline constexpr uint32_t kDefAnnot = 256;     // annotated (`x: int`)
inline constexpr uint32_t kDefCompIter = 512;  // a comprehension's iteration variable
inline constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;
inline constexpr int kScopeOffset = 11;  // CPython stores scope << 11 in the flags

// CPython's scope numbers.
enum class Scope : uint8_t {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5
};

// CPython's _Py_block_ty order.
enum class BlockType : uint8_t { Function, Class, Module, Annotation };

// CPython's _Py_comprehension_ty order.
enum class ComprehensionType : uint8_t { None, List, Dict, Set, Generator };

struct Symbol {
  std::string name;    // mangled
  uint32_t flags = 0;  // kDef* / kUse bits
  Scope scope = Scope::None;

  bool is_local() const { return scope == Scope::Local || scope == Scope::Cell; }
  bool is_global() const {
    return scope == Scope::GlobalExplicit || scope == Scope::GlobalImplicit;
  }
  bool is_free() const { return scope == Scope::Free; }
  bool is_cell() const { return scope == Scope::Cell; }
  bool is_parameter() const { return flags & kDefParam; }
  bool is_assigned() const { return flags & kDefLocal; }
  bool is_referenced() const { return flags & kUse; }
};

// Heterogeneous lookup of std::string keys by std::string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

class Block {
 public:
  BlockType type = BlockType::Function;
  std::string name;                   // "top", "lambda", "listcomp", ..., or the def/class name
  const ast::Node* node = nullptr;    // the Module, def, class, Lambda or comprehension node
  ast::Position pos;                  // where the block starts (zeros for the module)
  Block* parent = nullptr;            // null for the module (and annotation blocks' is theirs)
  std::vector<Block*> children;       // nested blocks in visit order (never annotation blocks)
  std::vector<Symbol> symbols;        // see the header comment for their order
  std::vector<std::string> varnames;  // parameters in order: posonly, args, kwonly, *a, **k
  ComprehensionType comprehension = ComprehensionType::None;
  bool nested = false;               // inside a function (directly or not)
  bool has_free = false;             // has free variables (or implicit globals, when nested)
  bool child_free = false;           // some nested block has free variables
  bool generator = false;            // contains yield (or is a generator expression)
  bool coroutine = false;            // async def, contains await, async comprehension
  bool returns_value = false;        // has `return <value>`
  bool needs_class_closure = false;  // a class whose methods use __class__
  bool varargs = false;              // has *args
  bool varkeywords = false;          // has **kwargs

  const Symbol* lookup(std::string_view mangled_name) const;
  uint32_t flags(std::string_view mangled_name) const;  // 0 when absent
  Scope scope(std::string_view mangled_name) const;     // None when absent
  bool is_function() const { return type == BlockType::Function; }

 private:
  friend class SymtableBuilder;
  friend class SymtableAnalyzer;
  Symbol& symbol(std::string_view mangled_name);  // found or appended
  struct Directive {  // a global/nonlocal declaration, for errors found in the analysis
    std::string name;
    ast::Position pos;
  };
  std::vector<Directive> directives_;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> index_;
  bool comp_iter_target_ = false;  // visiting a comprehension's target
  int comp_iter_expr_ = 0;         // visiting a comprehension's iterable (inherited by children)
};

class SymbolTable {
 public:
  const Block* top() const { return top_; }
  // The block of a Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp,
  // DictComp or GeneratorExp node; null for any other node.
  const Block* lookup(const ast::Node* node) const;
  FutureFeatures future;

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::unordered_map<const ast::Node*, Block*> by_node_;
  Block* top_ = nullptr;
};

struct SymtableOptions {
  // Treat a load of `__debug__` as the constant CPython's AST optimizer makes of it before the
  // symbol table is built (so it is no symbol). The `symtable` module skips that optimizer:
  // false reproduces symtable.symtable().
  bool fold_debug = true;
};

// Builds the symbol table of `module` (a Module node). On a SyntaxError returns null and sets
// `error`. The nodes must outlive the table.
std::unique_ptr<SymbolTable> build_symtable(const ast::Node* module, const FutureFeatures& future,
                                            RawError& error, SymtableOptions options = {});

// CPython's _Py_Mangle: `__spam` in class `_Ham` becomes `_Ham__spam`; dunder names, dotted
// names and names in classes named only with underscores are left alone. An absent (null)
// private name mangles nothing.
std::string mangle(std::string_view private_name, std::string_view name);

// The table in a stable text form, the same as tests/symtable_dump.py prints for python3's
// symtable.symtable(): one line per block and per symbol, indented by nesting.
std::string dump(const SymbolTable& table);

}  // namespace gyre::compiler
