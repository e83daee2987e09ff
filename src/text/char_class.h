// SPDX-License-Identifier: MIT
// Character classes the tokenizer and the sentence splitter need, behind one table lookup.
// Private to src/text.
//
// Usage:
//   switch (sw::text::ClassifyChar(cp)) { case CharClass::kWord: ...; case CharClass::kCjk: ... }
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace sw::text {

enum class CharClass : uint8_t {
  kOther,    // spaces, punctuation, symbols, controls, unassigned
  kWord,     // letters, digits and combining marks of scripts that put spaces between words
  kCjk,      // Han, Hiragana, Katakana: one character is one token
  kNoSpace,  // Thai, Lao, Khmer, Myanmar: words run together; a run is one token
};

/// Looks the class up in the BMP table below (filled from ICU as it is used); ICU answers above it.
CharClass ClassifyChar(uint32_t cp);

/// The class of every BMP code point, for loops that classify every character and should not pay
/// a call per character.
///
/// PERF: filled from ICU a block of 256 code points at a time, when a character of the block is
/// first asked for. Filling all 65,536 at start-up was 8 M instructions, a tenth of the start-up
/// of `code --coders tone`, for texts that mostly touch a handful of blocks (ASCII never asks).
class BmpClasses {
 public:
  CharClass operator[](uint32_t cp) const {  // cp < 0x10000
    if (!ready_[cp >> 8].load(std::memory_order_acquire)) Fill(cp >> 8);
    return cls_[cp];
  }

 private:
  void Fill(uint32_t block) const;
  mutable std::array<CharClass, 0x10000> cls_{};
  mutable std::array<std::atomic<uint8_t>, 256> ready_{};
  mutable std::mutex fill_;
};

const BmpClasses* BmpClassTable();

/// The class by ICU property lookups for one code point: what BmpClasses holds (slow).
CharClass ClassifyWithIcu(uint32_t cp);

/// True for code points that separate words or sentences (ASCII blanks, NBSP, U+2000..U+200A,
/// U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
bool IsSpaceChar(uint32_t cp);

}  // namespace sw::text
