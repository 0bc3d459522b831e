// Helpers shared by int() and float() parsing (see text_input.hpp).
#include "vm/number/text_input.hpp"

namespace gyre::vm::number::detail {

std::string input_repr_200(std::string_view text, ReprFunction repr) {
  constexpr size_t kLimit = 200;
  std::string shown = repr(text);
  size_t code_points = 0;
  for (size_t i = 0; i < shown.size(); ++i) {
    const bool starts_code_point = (static_cast<unsigned char>(shown[i]) & 0xC0) != 0x80;
    if (starts_code_point && ++code_points > kLimit) {
      shown.resize(i);
      break;
    }
  }
  return shown;
}

}  // namespace gyre::vm::number::detail
