// Python's repr() of the literal values the parser produces: str, bytes, float and the
// imaginary part of a complex literal. Byte-identical to CPython 3.11.
#pragma once

#include <string>
#include <string_view>

namespace gyre::text {

// repr(s) for a str held as UTF-8 (lone surrogates encoded WTF-8 style, 3 bytes each).
std::string repr_str(std::string_view utf8);
// repr(b) for a bytes value held raw.
std::string repr_bytes(std::string_view raw);
// repr(x) for a float: shortest round-trip digits, CPython's 'r' format ('1e+16', '0.1', 'inf').
std::string repr_float(double x);
// repr(complex(0, imag)): '1j', '2.5j', '1e+20j', 'infj'.
std::string repr_imaginary(double imag);
// Is `cp` printable in the sense of Python's str.isprintable()? (repr escapes the others)
bool is_printable(char32_t cp);

}  // namespace gyre::text
