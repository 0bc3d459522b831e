#include "vm/text/unicode_data.hpp"

namespace gyre::text {
namespace {

struct CharRecord {
  uint16_t flags;
  int8_t decimal;    // -1 when the character is no decimal digit
  uint8_t extended;  // bit i set: mapping i (upper, lower, title, fold) is in kExtendedCase
  int32_t mappings[4];  // a delta to add to the code point, or length << 24 | kExtendedCase index
};

namespace tables {
#include "vm/text/str_tables.inc"
}  // namespace tables

static_assert(tables::kAlpha == kAlpha && tables::kDecimal == kDecimal &&
              tables::kDigit == kDigit && tables::kNumeric == kNumeric &&
              tables::kSpace == kSpace && tables::kPrintable == kPrintable &&
              tables::kLinebreak == kLineBreak && tables::kIdStart == kIdStart &&
              tables::kIdContinue == kIdContinue && tables::kLower == kLower &&
              tables::kUpper == kUpper && tables::kTitle == kTitle &&
              tables::kCased == kCased && tables::kCaseIgnorable == kCaseIgnorable);
static_assert(sizeof(tables::kBlockIndex) / sizeof(tables::kBlockIndex[0]) ==
              (0x110000 >> tables::kBlockShift));

const CharRecord& record(char32_t cp) {
  if (cp > 0x10FFFF) return tables::kRecords[0];  // unassigned, no properties
  size_t block = tables::kBlockIndex[cp >> tables::kBlockShift];
  return tables::kRecords[tables::kRecordIndex[(block << tables::kBlockShift) +
                                               (cp & tables::kBlockMask)]];
}

}  // namespace

uint16_t char_flags(char32_t cp) { return record(cp).flags; }

int decimal_value(char32_t cp) { return record(cp).decimal; }

size_t map_case(char32_t cp, CaseMapping mapping, char32_t out[3]) {
  const CharRecord& rec = record(cp);
  auto which = static_cast<unsigned>(mapping);
  int32_t field = rec.mappings[which];
  if (!(rec.extended >> which & 1)) {
    out[0] = static_cast<char32_t>(static_cast<int32_t>(cp) + field);
    return 1;
  }
  size_t at = field & 0xFFFFFF, n = static_cast<uint32_t>(field) >> 24;
  for (size_t i = 0; i < n; ++i) out[i] = tables::kExtendedCase[at + i];
  return n;
}

}  // namespace gyre::text
