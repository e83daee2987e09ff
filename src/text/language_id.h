// SPDX-License-Identifier: MIT
// Language identification: ISO 639-1 codes ("en", "ru", "zh", "kk", "uz", "ky", "tg", "tk",
// ...), "und" when unsure. Looks at the first few kilobytes only: documents do not change
// language halfway often enough to pay for reading all of them.
#pragma once

#include <string_view>

namespace sw::text {

/// Returns a static string.
const char* DetectLanguage(std::string_view text);

/// The language-script pairs CLD2's loaded quadgram tables recognise, space-separated
/// ("aa-Latn ab-Cyrl ... kk-Cyrl ... tk-Latn ..."), for `version --verbose` and for tests that
/// check the full tables are in use. A static string.
const char* RecognizedLanguageScripts();

}  // namespace sw::text
