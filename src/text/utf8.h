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

/// Decodes the code point starting at text[i] (valid UTF-8 assumed) and its byte length.
uint32_t DecodeAt(std::string_view text, size_t i, int* length);

/// Decodes the code point that ends just before text[i] (valid UTF-8 assumed).
uint32_t DecodeBefore(std::string_view text, size_t i);

/// True for letters and digits of scripts that separate words with spaces. Chinese, Japanese
/// and Thai characters answer false, so dictionary matches need no boundary inside them.
bool IsWordChar(uint32_t cp);

}  // namespace sw::text
