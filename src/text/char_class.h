// SPDX-License-Identifier: MIT
// Character classes the tokenizer and the sentence splitter need, behind one table lookup.
// Private to src/text.
//
// Usage:
//   switch (sw::text::ClassifyChar(cp)) { case CharClass::kWord: ...; case CharClass::kCjk: ... }
#pragma once

#include <cstdint>

namespace sw::text {

enum class CharClass : uint8_t {
  kOther,    // spaces, punctuation, symbols, controls, unassigned
  kWord,     // letters, digits and combining marks of scripts that put spaces between words
  kCjk,      // Han, Hiragana, Katakana: one character is one token
  kNoSpace,  // Thai, Lao, Khmer, Myanmar: words run together; a run is one token
};

/// Looks the class up in a table built once from ICU (whole BMP); ICU answers above it.
CharClass ClassifyChar(uint32_t cp);

/// The BMP table itself (0x10000 entries), for loops that classify every character and should
/// not pay a call per character.
const CharClass* BmpClassTable();

/// True for code points that separate words or sentences (ASCII blanks, NBSP, U+2000..U+200A,
/// U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
bool IsSpaceChar(uint32_t cp);

}  // namespace sw::text
