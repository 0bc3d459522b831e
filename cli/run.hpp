// Compiling and running programs: the script or -c code as __main__, and the source loader
// the import system uses for .py modules.
#pragma once

#include <string>

namespace gyre::cli {

// Runs `source` (already read) as the __main__ module; returns the process exit status.
// `argv[first..]` becomes sys.argv.
int run_main(const std::string& source, const std::string& filename, bool from_string, int argc,
             char** argv, int first);

// `gyre --dis`: compiles and prints the disassembly of every code object; exit status.
int print_disassembly(const std::string& source, const std::string& filename, bool from_string);

}  // namespace gyre::cli
