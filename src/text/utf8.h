// SPDX-License-Identifier: MIT
// UTF-8 repair and Unicode normalisation of incoming text.
//
// Usage:
//   std::string text = ReadSomething();
//   size_t repaired = sw::text::RepairUtf8(text);   // invalid sequences -> U+FFFD
//   sw::text::NormalizeNfc(text);                    // canonical composition
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sw::text {

/// Replaces every maximal invalid UTF-8 subsequence with U+FFFD (as the Unicode standard's
/// "substitution of maximal subparts" recommends) and drops NUL bytes. Returns how many
/// replacements were made; 0 means the text was already valid and is unchanged.
size_t RepairUtf8(std::string& text);

/// Normalises to NFC in place. ASCII-only text and text that passes ICU's quick check return
/// immediately. Returns true when the text changed.
bool NormalizeNfc(std::string& text);

uint32_t DecodeMultibyteAt(std::string_view text, size_t i, int* length);
uint32_t DecodeMultibyteBefore(std::string_view text, size_t i);
bool IsNonAsciiWordChar(uint32_t cp);

// PERF: the three below run on nearly every byte of the splitter, matcher and tokenizer; most
// text is ASCII, which they answer inline, leaving the rest to the out-of-line functions above.

/// Decodes the code point starting at text[i] (valid UTF-8 assumed) and its byte length.
inline uint32_t DecodeAt(std::string_view text, size_t i, int* length) {
  if (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
    if (length) *length = 1;
    return static_cast<unsigned char>(text[i]);
  }
  return DecodeMultibyteAt(text, i, length);
}

/// Decodes the code point that ends just before text[i] (valid UTF-8 assumed).
inline uint32_t DecodeBefore(std::string_view text, size_t i) {
  if (i > 0 && i <= text.size() && static_cast<unsigned char>(text[i - 1]) < 0x80) {
    return static_cast<unsigned char>(text[i - 1]);
  }
  return DecodeMultibyteBefore(text, i);
}

/// True for letters and digits of scripts that separate words with spaces. Chinese, Japanese
/// and Thai characters answer false, so dictionary matches need no boundary inside them.
inline bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return IsNonAsciiWordChar(cp);
}

}  // namespace sw::text
