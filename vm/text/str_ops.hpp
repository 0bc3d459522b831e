// Python's str methods as a pure library over UTF-8 text (namespace gyre::text): include this
// one header to get them all. No object model: functions take std::string_view and return
// std::string, views into their argument, vectors or code-point indices; those that can raise
// return a Result (text_result.hpp) carrying CPython's exception kind and message.
//
// Invariants for every function: text is UTF-8 in, UTF-8 out (lone surrogates as their own
// 3-byte sequences, see utf8.hpp); indices, lengths, widths and columns count code points, with
// Python's semantics; results equal CPython 3.11's. Code-point order equals byte order, so
// comparison is a byte comparison (str_sequence.hpp compare()). Call the functions qualified
// (text::find(...)): with std::string_view arguments, an unqualified call may pick std::find or
// std::count by argument-dependent lookup.
//
//   str_sequence.hpp    len, s[i], slicing, s * n, `in`, comparison
//   str_search.hpp      find rfind index rindex count startswith endswith replace
//                       removeprefix removesuffix
//   str_split.hpp       split rsplit splitlines partition rpartition join
//   str_strip.hpp       strip lstrip rstrip
//   str_case.hpp        upper lower casefold capitalize title swapcase
//   str_pad.hpp         center ljust rjust zfill expandtabs
//   str_predicates.hpp  isalpha isalnum isdecimal isdigit isnumeric isspace islower isupper
//                       istitle isprintable isidentifier isascii
//   str_numeric.hpp     decimal digits and whitespace to ASCII, for int() and float()
//   unicode_data.hpp    the per-character database behind them
//   utf8.hpp            decoding, encoding, index <-> byte offset
//   bytes_ops.hpp       what bytes/bytearray methods do differently (not included here)
#pragma once

#include "vm/text/str_case.hpp"
#include "vm/text/str_numeric.hpp"
#include "vm/text/str_pad.hpp"
#include "vm/text/str_predicates.hpp"
#include "vm/text/str_search.hpp"
#include "vm/text/str_sequence.hpp"
#include "vm/text/str_split.hpp"
#include "vm/text/str_strip.hpp"
#include "vm/text/text_result.hpp"
#include "vm/text/unicode_data.hpp"
#include "vm/text/utf8.hpp"
