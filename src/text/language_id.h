// SPDX-License-Identifier: MIT
// Language identification: ISO 639-1 codes ("en", "ru", "zh", "kk", "uz", "ky", "tg", "tk",
// ...), "und" when unsure. Looks at the first few kilobytes only: documents do not change
// language halfway often enough to pay for reading all of them.
#pragma once

#include <string_view>

namespace sw::text {

/// Returns a static string.
const char* DetectLanguage(std::string_view text);

}  // namespace sw::text
