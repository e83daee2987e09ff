// SPDX-License-Identifier: MIT
// The scan buffer: the text as the matcher sees it.
//
// Usage:
//   std::string scan; std::vector<uint32_t> map;
//   sw::match::Canonicalize(text, scan, map);
//   // a match at scan[b, e) is text[map[b], map[e])
//
// Rules, applied identically to documents and to dictionary patterns so that a pattern written
// once matches every spelling of it:
//   - letters are lower-cased with simple case mappings that keep the UTF-8 length (ASCII,
//     Latin-1/Extended, Greek, Cyrillic and the Central Asian Cyrillic letters); ё → е;
//   - every run of whitespace (line breaks, tabs, no-break and typographic spaces) is one ' ';
//   - dashes U+2010..U+2015, U+2212 and U+FF0D are '-', and the spaces around any dash vanish
//     ("Азия – Китай" and "Азия-Китай" are one spelling); U+FF0B is '+'; ’ ‘ ʼ ʻ ` are '\'';
//   - soft hyphens, zero-width spaces and byte-order marks vanish.
// Keeping the fold length-preserving for letters means the offset map is the identity almost
// everywhere, and no pattern changes length under case (ICU's full folding turns ß into ss).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sw::match {

/// Writes the scan buffer of `text` to `out` and, for each of its bytes, the offset of the
/// originating byte of `text` to `map`; map.back() == text.size().
void Canonicalize(std::string_view text, std::string& out, std::vector<uint32_t>& map);

/// The same transformation without the map; `fold_case` false keeps letter case (used to check
/// exact-case aliases). Leading and trailing whitespace is trimmed.
std::string CanonicalizePattern(std::string_view text, bool fold_case = true);

}  // namespace sw::match
