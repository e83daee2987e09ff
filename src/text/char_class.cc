// SPDX-License-Identifier: MIT
#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace sw::text {

CharClass ClassifyWithIcu(uint32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  const bool alnum = u_isalnum(c) != 0;
  const int8_t type = u_charType(c);
  // Marks inside Devanagari, Cyrillic with combining accents etc. continue a word; NFC composes
  // most Latin/Cyrillic ones, but many scripts have no precomposed forms.
  const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
  if (!alnum && !mark) return CharClass::kOther;
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return CharClass::kCjk;
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return CharClass::kNoSpace;
    default:
      break;
  }
  // The prolonged sound mark (ー, U+30FC) and its half-width form have script Common but only
  // occur inside Japanese kana words; treat them like the kana around them.
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
      (cp >= 0xFF66 && cp <= 0xFF9F)) {
    return CharClass::kCjk;
  }
  return CharClass::kWord;
}

// PERF: the tokenizer asks for every non-ASCII character, and ICU's property lookups cost tens of
// nanoseconds each: a table for the BMP answers in one load; code points above the BMP (Han
// extensions, emoji, historic scripts) are rare enough to ask ICU directly.
void BmpClasses::Fill(uint32_t block) const {
  std::lock_guard lock(fill_);
  if (ready_[block].load(std::memory_order_relaxed)) return;
  for (uint32_t cp = block << 8; cp < (block + 1) << 8; ++cp) cls_[cp] = ClassifyWithIcu(cp);
  ready_[block].store(1, std::memory_order_release);
}

const BmpClasses* BmpClassTable() {
  static const auto* table = new BmpClasses();  // never destroyed: used until exit
  return table;
}

CharClass ClassifyChar(uint32_t cp) {
  if (cp < 0x10000) return (*BmpClassTable())[cp];
  if (cp > 0x10FFFF) return CharClass::kOther;
  return ClassifyWithIcu(cp);
}

bool IsSpaceChar(uint32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

}  // namespace sw::text
