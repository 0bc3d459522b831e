#!/usr/bin/env python3
"""Prints python3's symbol table of a file in the text form of compiler::dump (`gyre --symtable`).

  tests/symtable_dump.py FILE

One line per block (`TYPE NAME lineno=N nested=0|1`), its parameters (`varnames:`), then one line
per symbol (`symbol NAME: FLAGS SCOPE`) in the order of CPython's ste_symbols dict, except that
the trailing symbols without flags of their own (free names only nested blocks use; CPython
adds them in set order, which is arbitrary) are sorted; nested blocks follow, indented.
The table is _symtable.symtable(source, filename, "exec"), which, unlike compile(), does not
run the AST optimizer first (so a load of __debug__ is a symbol here).
"""
import _symtable
import sys

FLAGS = [(1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"), (16, "USE"),
         (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"), (256, "DEF_ANNOT"),
         (512, "DEF_COMP_ITER")]
SCOPES = {0: "NONE", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
TYPES = {0: "function", 1: "class", 2: "module", 3: "annotation"}


def dump(entry, depth, out):
    indent = "  " * depth
    out.append(f"{indent}{TYPES[entry.type]} {entry.name} lineno={entry.lineno} "
               f"nested={1 if entry.nested else 0}")
    out.append(f"{indent}  varnames:" + "".join(" " + v for v in entry.varnames))
    symbols = list(entry.symbols.items())
    end = len(symbols)
    while end > 0 and symbols[end - 1][1] & ((1 << 11) - 1) == 0:
        end -= 1
    symbols = symbols[:end] + sorted(symbols[end:])
    for name, value in symbols:
        flags = value & ((1 << 11) - 1)
        names = [n for bit, n in FLAGS if flags & bit]
        scope = (value >> 11) & 7
        out.append(f"{indent}  symbol {name}: {'|'.join(names) or '-'} {SCOPES[scope]}")
    for child in entry.children:
        dump(child, depth + 1, out)


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    out = []
    dump(_symtable.symtable(source, path, "exec"), 0, out)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
