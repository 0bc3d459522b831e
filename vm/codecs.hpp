// The text codecs Gyre has built in: utf-8, ascii and latin-1, with the error handlers
// strict, ignore, replace, surrogateescape, backslashreplace (both ways), surrogatepass
// (utf-8) and xmlcharrefreplace (encoding). Used by bytes.decode, str.encode, str(b, enc),
// bytes(s, enc) and io's text files (posix._decode / posix._encode).
//
// Invariants: str text is Gyre's generalised UTF-8 (lone surrogates as their 3-byte
// sequences, vm/text/utf8.hpp); messages are CPython 3.11's ("'utf-8' codec can't decode byte
// 0xff in position 0: invalid start byte", "unknown encoding: x", "unknown error handler name
// 'x'"). Error handlers are looked up only when an error happens, as CPython does.
#pragma once

#include <string_view>

#include "vm/object.hpp"

namespace gyre::vm {

enum class Codec : unsigned char { kUtf8, kAscii, kLatin1 };

// The codec an encoding name stands for (CPython's normalization and aliases: 'UTF8',
// 'utf_8', 'latin1', 'iso-8859-1', 'us-ascii', ...); false with LookupError "unknown encoding:
// NAME" pending.
bool lookup_codec(std::string_view name, Codec& out);
// The canonical name CPython's messages use: 'utf-8', 'ascii', 'latin-1'.
std::string_view codec_name(Codec codec);

// data decoded to a str. With final false, an incomplete UTF-8 sequence at the end is left
// undecoded (consumed tells how many bytes were used; may be null).
Ref decode_text(std::string_view data, Codec codec, std::string_view errors, bool final = true,
                size_t* consumed = nullptr);
// text (generalised UTF-8) encoded to bytes.
Ref encode_text(std::string_view text, Codec codec, std::string_view errors);

// The (encoding, errors) arguments of decode/encode/str()/bytes() as strs, defaulting to
// "utf-8" / "strict"; TypeError "<fn>() argument 'encoding' must be str, not int" otherwise.
bool codec_arguments(const char* fn, Value encoding, Value errors, Codec& codec,
                     std::string_view& errors_out);

}  // namespace gyre::vm
