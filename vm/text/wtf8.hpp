// UTF-8 decoding for text that may hold surrogates (WTF-8), as Gyre stores str and as the
// parser reads literals. Shared by the parser and the VM.
#pragma once

#include <cstddef>
#include <string_view>

namespace gyre::text {

// The length (1-4) and value of the UTF-8 sequence at text[at], surrogates allowed; 0 for an
// invalid or truncated sequence (overlong forms are invalid).
size_t decode_sequence(std::string_view text, size_t at, char32_t& cp);

// Decodes one code point of WTF-8 text at text[at]; returns its length. A byte that starts no
// valid sequence decodes as U+DC80..U+DCFF (like Python's surrogateescape), one byte long.
size_t decode_wtf8(std::string_view text, size_t at, char32_t& cp);

}  // namespace gyre::text
