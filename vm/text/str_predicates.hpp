// The str.isX predicates: isalpha isalnum isdecimal isdigit isnumeric isspace islower isupper
// istitle isprintable isidentifier isascii, with Python's results on the empty string (False,
// except isprintable and isascii: True).
//
// Invariants: UTF-8 in; the character classes are unicode_data.hpp's (CPython 3.11's).
// isidentifier does not check keywords ('def'.isidentifier() is True, as in Python).
#pragma once

#include <string_view>

namespace gyre::text {

bool isalpha(std::string_view s);
bool isalnum(std::string_view s);
bool isdecimal(std::string_view s);
bool isdigit(std::string_view s);
bool isnumeric(std::string_view s);
bool isspace(std::string_view s);
// At least one cased code point, and no uppercase or titlecase one.
bool islower(std::string_view s);
// At least one cased code point, and no lowercase or titlecase one.
bool isupper(std::string_view s);
// At least one cased code point; uppercase and titlecase ones only after uncased ones,
// lowercase ones only after cased ones.
bool istitle(std::string_view s);
bool isprintable(std::string_view s);
bool isidentifier(std::string_view s);
bool isascii(std::string_view s);

}  // namespace gyre::text
