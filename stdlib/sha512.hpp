// SHA-512 (FIPS 180-4), for random.seed(str/bytes), which CPython seeds from the digest.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace gyre::stdlib {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace gyre::stdlib
