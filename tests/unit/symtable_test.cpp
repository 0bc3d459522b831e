// Tests for the symbol table (compiler/symtable.hpp) and the compile-time checks' public entry
// (compiler/compiler.hpp). Every expected scope, flag set and dump below is what python3
// (CPython 3.11.7) reports for the same source: symtable.symtable(src, "x", "exec"), read
// through _symtable's raw flags (tests/symtable_dump.py prints them the same way), and for the
// errors compile() / `python3 -c`.
#include "compiler/symtable.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "compiler/compiler.hpp"
#include "compiler/future.hpp"
#include "parser/parser.hpp"

namespace {

using gyre::compiler::Block;
using gyre::compiler::BlockType;
using gyre::compiler::ComprehensionType;
using gyre::compiler::RawError;
using gyre::compiler::Scope;
using gyre::compiler::SymbolTable;
namespace c = gyre::compiler;

// A parsed module and its symbol table (or the error that stopped the build).
struct Built {
  gyre::parser::ParseResult parse;
  std::unique_ptr<SymbolTable> table;
  RawError error;
};

std::unique_ptr<Built> build(std::string_view source, bool fold_debug = false) {
  auto b = std::make_unique<Built>();
  b->parse = gyre::parser::parse(source, "x");
  EXPECT_FALSE(b->parse.error.has_value()) << "parse error: " << b->parse.error->msg;
  if (b->parse.error) return b;
  c::FutureFeatures future;
  EXPECT_FALSE(c::parse_future(b->parse.tree->root, future).has_value());
  b->table = c::build_symtable(b->parse.tree->root, future, b->error, {.fold_debug = fold_debug});
  return b;
}

// The block reached from the module by following children with these names (first match).
const Block* block(const SymbolTable& table, std::initializer_list<std::string_view> path) {
  const Block* b = table.top();
  for (std::string_view name : path) {
    const Block* next = nullptr;
    for (const Block* child : b->children) {
      if (child->name == name) {
        next = child;
        break;
      }
    }
    if (next == nullptr) return nullptr;
    b = next;
  }
  return b;
}

Scope scope(const SymbolTable& table, std::initializer_list<std::string_view> path,
            std::string_view name) {
  const Block* b = block(table, path);
  return b == nullptr ? Scope::None : b->scope(name);
}

uint32_t flags(const SymbolTable& table, std::initializer_list<std::string_view> path,
               std::string_view name) {
  const Block* b = block(table, path);
  return b == nullptr ? 0 : b->flags(name);
}

}  // namespace

TEST(Symtable, NestedFunctionsFreeAndCell) {
  auto b = build(
      "def f():\n"
      "    x = 1\n"
      "    def g():\n"
      "        def h():\n"
      "            return x\n"
      "        return h\n"
      "    return g\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {}, "f"), Scope::Local);
  EXPECT_EQ(scope(t, {"f"}, "x"), Scope::Cell);
  EXPECT_EQ(flags(t, {"f"}, "x"), c::kDefLocal);
  // g only passes x through: a free symbol without flags of its own.
  EXPECT_EQ(scope(t, {"f", "g"}, "x"), Scope::Free);
  EXPECT_EQ(flags(t, {"f", "g"}, "x"), 0u);
  EXPECT_EQ(scope(t, {"f", "g", "h"}, "x"), Scope::Free);
  EXPECT_EQ(flags(t, {"f", "g", "h"}, "x"), c::kUse);
  EXPECT_TRUE(block(t, {"f", "g"})->nested);
  EXPECT_FALSE(block(t, {"f"})->nested);
  EXPECT_TRUE(block(t, {"f"})->child_free);
}

TEST(Symtable, GlobalAndNonlocalDeclarations) {
  auto b = build(
      "def f():\n"
      "    global y\n"
      "    x = 1\n"
      "    def g():\n"
      "        nonlocal x\n"
      "        x = y + z\n"
      "    return g\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {"f"}, "y"), Scope::GlobalExplicit);
  // A global declaration anywhere marks the module's symbol.
  EXPECT_EQ(scope(t, {}, "y"), Scope::GlobalExplicit);
  EXPECT_EQ(flags(t, {}, "y"), c::kDefGlobal);
  EXPECT_EQ(scope(t, {"f"}, "x"), Scope::Cell);
  EXPECT_EQ(scope(t, {"f", "g"}, "x"), Scope::Free);
  EXPECT_EQ(flags(t, {"f", "g"}, "x"), c::kDefNonlocal | c::kDefLocal);
  // A name a parent declared global is an implicit global here (CPython's choice).
  EXPECT_EQ(scope(t, {"f", "g"}, "y"), Scope::GlobalImplicit);
  EXPECT_EQ(scope(t, {"f", "g"}, "z"), Scope::GlobalImplicit);
}

TEST(Symtable, ClassScopeIsInvisibleToMethods) {
  auto b = build(
      "x = 0\n"
      "class C:\n"
      "    x = 1\n"
      "    def m(self):\n"
      "        return x\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {"C"}, "x"), Scope::Local);
  EXPECT_EQ(scope(t, {"C", "m"}, "x"), Scope::GlobalImplicit);
  EXPECT_EQ(scope(t, {"C", "m"}, "self"), Scope::Local);
  EXPECT_EQ(block(t, {"C"})->type, BlockType::Class);
}

TEST(Symtable, ClassInsideFunction) {
  auto b = build(
      "def f():\n"
      "    x = 1\n"
      "    class C:\n"
      "        y = x\n"
      "        x = 2\n"
      "        def m(self):\n"
      "            return x\n"
      "    return C\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {"f"}, "x"), Scope::Cell);
  EXPECT_EQ(scope(t, {"f", "C"}, "x"), Scope::Local);
  // The method's x is f's: the class binding gets DEF_FREE_CLASS.
  EXPECT_EQ(flags(t, {"f", "C"}, "x"), c::kDefLocal | c::kUse | c::kDefFreeClass);
  EXPECT_EQ(scope(t, {"f", "C", "m"}, "x"), Scope::Free);
}

TEST(Symtable, SuperAndDunderClass) {
  auto b = build(
      "class C:\n"
      "    def m(self):\n"
      "        return super().m()\n"
      "    def n(self):\n"
      "        return __class__\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {"C", "m"}, "super"), Scope::GlobalImplicit);
  EXPECT_EQ(scope(t, {"C", "m"}, "__class__"), Scope::Free);
  EXPECT_EQ(flags(t, {"C", "m"}, "__class__"), c::kUse);
  EXPECT_EQ(scope(t, {"C", "n"}, "__class__"), Scope::Free);
  EXPECT_TRUE(block(t, {"C"})->needs_class_closure);
  EXPECT_EQ(block(t, {"C"})->lookup("__class__"), nullptr);
}

TEST(Symtable, ComprehensionsAreScopes) {
  auto b = build(
      "def f(z):\n"
      "    [(w := v) for v in z]\n"
      "    return w\n"
      "[(u := v) for v in range(3)]\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  const Block* comp = block(t, {"f", "listcomp"});
  ASSERT_NE(comp, nullptr);
  EXPECT_EQ(comp->comprehension, ComprehensionType::List);
  ASSERT_EQ(comp->varnames.size(), 1u);
  EXPECT_EQ(comp->varnames[0], ".0");
  EXPECT_EQ(comp->scope(".0"), Scope::Local);
  EXPECT_EQ(comp->flags("v"), c::kDefLocal | c::kUse | c::kDefCompIter);
  // The outermost iterable is evaluated in f; the walrus target binds in f.
  EXPECT_EQ(flags(t, {"f"}, "z"), c::kDefParam | c::kUse);
  EXPECT_EQ(comp->lookup("z"), nullptr);
  EXPECT_EQ(comp->scope("w"), Scope::Free);
  EXPECT_EQ(comp->flags("w"), c::kDefLocal | c::kDefNonlocal);
  EXPECT_EQ(scope(t, {"f"}, "w"), Scope::Cell);
  // At module level the walrus target is a global of the comprehension and of the module.
  EXPECT_EQ(scope(t, {"listcomp"}, "u"), Scope::GlobalExplicit);
  EXPECT_EQ(flags(t, {"listcomp"}, "u"), c::kDefGlobal | c::kDefLocal);
  EXPECT_EQ(flags(t, {}, "u"), c::kDefGlobal);
  EXPECT_EQ(scope(t, {}, "range"), Scope::GlobalImplicit);
}

TEST(Symtable, GeneratorAndCoroutineFlags) {
  auto b = build(
      "def f():\n"
      "    yield 1\n"
      "async def g():\n"
      "    return [y async for y in z]\n"
      "def h():\n"
      "    return [[y async for y in z] for w in v]\n"
      "def k():\n"
      "    return (await y for y in z)\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_TRUE(block(t, {"f"})->generator);
  EXPECT_FALSE(block(t, {"f"})->coroutine);
  EXPECT_TRUE(block(t, {"g"})->coroutine);
  // An async list comprehension makes the enclosing comprehension and function coroutines.
  EXPECT_TRUE(block(t, {"h", "listcomp"})->coroutine);
  EXPECT_TRUE(block(t, {"h"})->coroutine);
  // An async generator expression does not.
  EXPECT_TRUE(block(t, {"k", "genexpr"})->coroutine);
  EXPECT_TRUE(block(t, {"k", "genexpr"})->generator);
  EXPECT_FALSE(block(t, {"k"})->coroutine);
}

TEST(Symtable, LambdaDefaultsAndMangling) {
  auto b = build(
      "class C:\n"
      "    __a = 1\n"
      "    def m(self, __p):\n"
      "        __c = self.__b\n"
      "        return lambda q=__c: q + __a\n");
  ASSERT_TRUE(b->table);
  const SymbolTable& t = *b->table;
  EXPECT_EQ(scope(t, {"C"}, "_C__a"), Scope::Local);
  EXPECT_EQ(block(t, {"C"})->lookup("__a"), nullptr);
  EXPECT_EQ(scope(t, {"C", "m"}, "_C__p"), Scope::Local);
  EXPECT_EQ(scope(t, {"C", "m"}, "_C__c"), Scope::Local);  // the default is evaluated in m
  EXPECT_EQ(scope(t, {"C", "m", "lambda"}, "q"), Scope::Local);
  EXPECT_EQ(scope(t, {"C", "m", "lambda"}, "_C__a"), Scope::GlobalImplicit);
  EXPECT_EQ(c::mangle("C", "__x"), "_C__x");
  EXPECT_EQ(c::mangle("_Ham", "__spam"), "_Ham__spam");
  EXPECT_EQ(c::mangle("C", "__x__"), "__x__");
  EXPECT_EQ(c::mangle("___", "__x"), "__x");
  EXPECT_EQ(c::mangle("C", "__a.b"), "__a.b");
  EXPECT_EQ(c::mangle(std::string_view(), "__x"), "__x");
}

TEST(Symtable, DebugLoadIsFoldedOnlyWhenCompiling) {
  auto plain = build("print(__debug__)\n", false);
  ASSERT_TRUE(plain->table);
  EXPECT_EQ(plain->table->top()->scope("__debug__"), Scope::GlobalImplicit);
  auto folded = build("print(__debug__)\n", true);
  ASSERT_TRUE(folded->table);
  EXPECT_EQ(folded->table->top()->lookup("__debug__"), nullptr);
}

// tests/symtable_dump.py on the same source prints exactly this.
TEST(Symtable, DumpMatchesPython) {
  auto b = build(
      "import os\n"
      "from functools import wraps as __w\n"
      "\n"
      "def deco(fn):\n"
      "    @__w(fn)\n"
      "    def wrapper(*args, **kwargs):\n"
      "        return fn(*args, **kwargs)\n"
      "    return wrapper\n"
      "\n"
      "class Base:\n"
      "    __slots = ()\n"
      "    def method(self, a, /, b=1, *rest, c, **kw):\n"
      "        total = [x * a for x in rest if x > b]\n"
      "        return super().method(total, __class__)\n"
      "\n"
      "async def gen(items):\n"
      "    global seen\n"
      "    async for item in items:\n"
      "        yield {k: (last := v) for k, v in item.items()}\n"
      "    counter = 0\n"
      "    def bump():\n"
      "        nonlocal counter\n"
      "        counter += 1\n"
      "        return lambda step=1: counter + step\n"
      "    return\n");
  ASSERT_TRUE(b->table);
  EXPECT_EQ(c::dump(*b->table),
            "module top lineno=0 nested=0\n"
            "  varnames:\n"
            "  symbol os: DEF_IMPORT LOCAL\n"
            "  symbol __w: DEF_IMPORT LOCAL\n"
            "  symbol deco: DEF_LOCAL LOCAL\n"
            "  symbol Base: DEF_LOCAL LOCAL\n"
            "  symbol gen: DEF_LOCAL LOCAL\n"
            "  symbol seen: DEF_GLOBAL GLOBAL_EXPLICIT\n"
            "  function deco lineno=4 nested=0\n"
            "    varnames: fn\n"
            "    symbol fn: DEF_PARAM|USE CELL\n"
            "    symbol wrapper: DEF_LOCAL|USE LOCAL\n"
            "    symbol __w: USE GLOBAL_IMPLICIT\n"
            "    function wrapper lineno=6 nested=1\n"
            "      varnames: args kwargs\n"
            "      symbol args: DEF_PARAM|USE LOCAL\n"
            "      symbol kwargs: DEF_PARAM|USE LOCAL\n"
            "      symbol fn: USE FREE\n"
            "  class Base lineno=10 nested=0\n"
            "    varnames:\n"
            "    symbol _Base__slots: DEF_LOCAL LOCAL\n"
            "    symbol method: DEF_LOCAL LOCAL\n"
            "    function method lineno=12 nested=0\n"
            "      varnames: self a b c rest kw\n"
            "      symbol self: DEF_PARAM LOCAL\n"
            "      symbol a: DEF_PARAM CELL\n"
            "      symbol b: DEF_PARAM CELL\n"
            "      symbol c: DEF_PARAM LOCAL\n"
            "      symbol rest: DEF_PARAM|USE LOCAL\n"
            "      symbol kw: DEF_PARAM LOCAL\n"
            "      symbol total: DEF_LOCAL|USE LOCAL\n"
            "      symbol super: USE GLOBAL_IMPLICIT\n"
            "      symbol __class__: USE FREE\n"
            "      function listcomp lineno=13 nested=1\n"
            "        varnames: .0\n"
            "        symbol .0: DEF_PARAM LOCAL\n"
            "        symbol x: DEF_LOCAL|USE|DEF_COMP_ITER LOCAL\n"
            "        symbol b: USE FREE\n"
            "        symbol a: USE FREE\n"
            "  function gen lineno=16 nested=0\n"
            "    varnames: items\n"
            "    symbol items: DEF_PARAM|USE LOCAL\n"
            "    symbol seen: DEF_GLOBAL GLOBAL_EXPLICIT\n"
            "    symbol item: DEF_LOCAL|USE LOCAL\n"
            "    symbol last: DEF_LOCAL CELL\n"
            "    symbol counter: DEF_LOCAL CELL\n"
            "    symbol bump: DEF_LOCAL LOCAL\n"
            "    function dictcomp lineno=19 nested=1\n"
            "      varnames: .0\n"
            "      symbol .0: DEF_PARAM LOCAL\n"
            "      symbol k: DEF_LOCAL|USE|DEF_COMP_ITER LOCAL\n"
            "      symbol v: DEF_LOCAL|USE|DEF_COMP_ITER LOCAL\n"
            "      symbol last: DEF_LOCAL|DEF_NONLOCAL FREE\n"
            "    function bump lineno=21 nested=1\n"
            "      varnames:\n"
            "      symbol counter: DEF_LOCAL|DEF_NONLOCAL FREE\n"
            "      function lambda lineno=24 nested=1\n"
            "        varnames: step\n"
            "        symbol step: DEF_PARAM|USE LOCAL\n"
            "        symbol counter: USE FREE\n");
}

// Errors: message, then CPython's lineno / offset / end_lineno / end_offset (byte columns + 1).
TEST(Symtable, ErrorsAndTheirLocations) {
  struct Case {
    const char* source;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
  };
  const Case cases[] = {
      {"def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
      {"def f(*a, a): pass\n", "duplicate argument 'a' in function definition", 1, 8, 1, 9},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration",
       3, 5, 3, 13},
      {"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
      // Found by the analysis, at the declaration.
      {"def f():\n    def g():\n        nonlocal y\n", "no binding for nonlocal 'y' found", 3, 9, 3,
       19},
      {"def f():\n    x = 1\n    def g():\n        global x\n        def h():\n"
       "            nonlocal x\n",
       "no binding for nonlocal 'x' found", 6, 13, 6, 23},
      {"class C:\n    def f(self):\n        nonlocal __x\n",
       "no binding for nonlocal '_C__x' found", 3, 9, 3, 21},
      // The analysis starts with the module's own names.
      {"def f():\n    nonlocal y\nnonlocal x\n", "nonlocal declaration not allowed at module level",
       3, 1, 3, 11},
      {"class C:\n    [(y := 1) for x in z]\n",
       "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
      {"[i for i in range(5) if (j := i) for j in range(5)]\n",
       "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39},
      {"def f():\n    return ((yield x) for x in y)\n", "'yield' inside generator expression", 2,
       14, 2, 21},
      {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.source);
    auto b = build(k.source);
    ASSERT_FALSE(b->table);
    EXPECT_EQ(b->error.msg, k.msg);
    EXPECT_EQ(b->error.lineno, k.lineno);
    EXPECT_EQ(b->error.offset, k.offset);
    EXPECT_EQ(b->error.end_lineno, k.end_lineno);
    EXPECT_EQ(b->error.end_offset, k.end_offset);
  }
}

namespace {

gyre::compiler::CheckResult check(std::string_view source, std::string_view filename) {
  static std::unique_ptr<gyre::parser::ParseResult> keep;  // the tree must outlive the result
  keep = std::make_unique<gyre::parser::ParseResult>(gyre::parser::parse(source, filename));
  EXPECT_FALSE(keep->error.has_value());
  return gyre::compiler::check(keep->tree->root, keep->source, filename);
}

}  // namespace

// `python3 -c` names the program "<string>": CPython cannot read the line back, so no source
// line is printed.
TEST(CompilerCheck, NoSourceLineForString) {
  auto result = check("x = 1\nreturn x\n", "<string>");
  ASSERT_TRUE(result.error);
  EXPECT_FALSE(result.error->has_text);
  EXPECT_EQ(result.error->info.lineno, 2);
  EXPECT_EQ(result.error->info.offset, 1);
  EXPECT_EQ(result.error->info.end_offset, 9);
  EXPECT_EQ(gyre::compiler::format_error(*result.error),
            "  File \"<string>\", line 2\n"
            "SyntaxError: 'return' outside function\n");
}

// An "artificial" location: CPython prints line -1.
TEST(CompilerCheck, ArtificialLocation) {
  auto result = check(
      "for x in y:\n"
      "  try: pass\n"
      "  except* E:\n"
      "    with a:\n"
      "      continue\n",
      "<string>");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(gyre::compiler::format_error(*result.error),
            "  File \"<string>\", line -1\n"
            "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block\n");
}

TEST(CompilerCheck, WarningsWithoutSourceLineForString) {
  auto result = check("x is 1\nwhile y is 'a': pass\n", "<string>");
  EXPECT_FALSE(result.error);
  ASSERT_EQ(result.warnings.size(), 3u);  // the while test is compiled twice
  EXPECT_EQ(result.warnings[0].msg, "\"is\" with a literal. Did you mean \"==\"?");
  EXPECT_EQ(result.warnings[0].lineno, 1);
  EXPECT_EQ(result.warnings[0].line, "");
  EXPECT_EQ(result.warnings[2].lineno, 2);
}

TEST(CompilerCheck, RecursionError) {
  std::string source = "x = 1";
  for (int i = 0; i < 3000; ++i) source += "+1";
  auto result = check(source, "<string>");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(gyre::compiler::format_error(*result.error),
            "RecursionError: maximum recursion depth exceeded during compilation\n");
}

TEST(CompilerCheck, ValidProgram) {
  auto result = check(
      "async def f():\n"
      "    async with a as b:\n"
      "        async for x in b:\n"
      "            yield [await y async for y in x]\n",
      "<string>");
  EXPECT_FALSE(result.error);
  EXPECT_TRUE(result.warnings.empty());
}
