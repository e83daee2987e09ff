// SPDX-License-Identifier: MIT
// The scan buffer: the text as the matcher sees it.
//
// Usage:
//   std::string scan; sw::match::OffsetMap map;
//   sw::match::Canonicalize(text, scan, map);
//   // a match starting at scan[b] starts at text[map.Original(b)]
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
#include <utility>
#include <vector>

namespace sw::match {

/// Where each scan-text byte came from. The scan text differs from the original only at
/// whitespace runs, dashes and a few converted characters, so the map keeps just the points
/// where the offset difference changes: writing four bytes of map per byte of text cost more
/// than building the scan text itself, and look-ups happen only for matches.
class OffsetMap {
 public:
  /// The offset in the original text of scan byte `pos`.
  uint32_t Original(uint32_t pos) const {
    size_t lo = 0, hi = points_.size();
    while (hi - lo > 1) {
      const size_t mid = (lo + hi) / 2;
      if (points_[mid].first <= pos) lo = mid; else hi = mid;
    }
    return pos + points_[lo].second;
  }
  /// The same, for look-ups in (nearly) increasing order of `pos`, as a matcher's hits come:
  /// `cursor` (0 at first) keeps where the last look-up landed, and a look-up moves it on.
  uint32_t Original(uint32_t pos, size_t& cursor) const {
    size_t i = cursor;
    if (i >= points_.size() || points_[i].first > pos) return Original(pos);
    while (i + 1 < points_.size() && points_[i + 1].first <= pos) ++i;
    cursor = i;
    return pos + points_[i].second;
  }

 private:
  friend void Canonicalize(std::string_view, std::string&, OffsetMap&);
  std::vector<std::pair<uint32_t, uint32_t>> points_;  // (scan position, original - scan) from there on
};

/// Writes the scan text of `text` to `out` and where each of its bytes came from to `map`.
void Canonicalize(std::string_view text, std::string& out, OffsetMap& map);

/// The same transformation without the map; `fold_case` false keeps letter case (used to check
/// exact-case aliases). Leading and trailing whitespace is trimmed.
std::string CanonicalizePattern(std::string_view text, bool fold_case = true);
/// The same into `out`, whose buffer is reused (for loaders that canonicalise many patterns).
void CanonicalizePattern(std::string_view text, std::string& out, bool fold_case = true);

}  // namespace sw::match
