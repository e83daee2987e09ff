// SPDX-License-Identifier: MIT
// Byte ranges into a document's UTF-8 text.
#pragma once

#include <cstdint>

namespace sw {

// Offsets are bytes into the repaired, normalised UTF-8 text, not code points: Hyperscan
// reports byte offsets, SQLite stores UTF-8, and DESIGN.md promises text == doc[start:end].
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

}  // namespace sw
