// SPDX-License-Identifier: MIT
// Simple (one code point to one code point) lower-casing of UTF-8, for dictionary keys such as
// abbreviations. Private to src/text.
//
// Usage:
//   std::string key;
//   sw::text::AppendLowercase("U.S", key);   // key == "u.s"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sw::text {

/// Appends the UTF-8 encoding of cp (a valid scalar value) to out.
void AppendUtf8(uint32_t cp, std::string& out);

/// Appends text lower-cased code point by code point with ICU's u_tolower. Simple case mapping
/// keeps lengths predictable and is locale-independent; full mapping (Turkish dotless i, final
/// sigma) would make keys depend on the reader's locale.
void AppendLowercase(std::string_view text, std::string& out);

}  // namespace sw::text
