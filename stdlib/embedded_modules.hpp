// The modules of the standard library written in Python (stdlib/lib/*.py), embedded in the
// binary at build time (scripts/cmake/embed_modules.cmake) and registered with the import
// system by init_stdlib, so that `import inspect` needs no file at run time.
#pragma once

namespace gyre::stdlib {

struct EmbeddedModule {
  const char* name;    // null terminates the table
  const char* source;  // the module's Python source
};

extern const EmbeddedModule kEmbeddedModules[];

}  // namespace gyre::stdlib
