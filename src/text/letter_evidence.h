// SPDX-License-Identifier: MIT
// Letter evidence for the languages CLD2 confuses most in our corpus: the Cyrillic languages of
// Central Asia (Kazakh, Kyrgyz, Tajik, Uzbek) and Russian, Uzbek in Latin script, and Turkmen.
// Private to src/text.
//
// Usage:
//   const char* code = sw::text::CorrectWithLetters(sample, cld2_code);   // may return cld2_code
#pragma once

#include <string_view>

namespace sw::text {

/// Returns "kk", "ky", "tg", "uz" or "tk" when the letters of sample contradict or settle
/// detected (an ISO 639-1 code or "und"); otherwise returns detected unchanged.
const char* CorrectWithLetters(std::string_view sample, const char* detected);

}  // namespace sw::text
