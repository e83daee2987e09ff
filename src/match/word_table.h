// SPDX-License-Identifier: MIT
// The single-word half of the matcher: an open-addressing hash table from a canonical word to
// its pattern id.
//
// Why: lexicons such as VADER's are thousands of short single words. In one Hyperscan database
// they multiply the scan cost (short literals match inside countless longer words), while a
// table lookup per word token of the scan text costs a hash and a compare. Multi-word phrases,
// stems and Chinese patterns stay in Hyperscan; Matcher::Scan runs both and merges the hits, so
// callers still see one compiled matcher and one pass over each document's scan text.
//
// Usage:
//   WordTable t;
//   t.Build({{"welcome", 3}, {"fruitful", 9}});
//   int32_t id = t.Find("fruitful");   // 9, or -1
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sw::match {

class WordTable {
 public:
  void Build(const std::vector<std::pair<std::string, uint32_t>>& words);
  int32_t Find(std::string_view word) const;
  bool empty() const { return keys_.empty(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    int32_t index = -1;  // into keys_/ids_
  };
  static uint64_t Hash(std::string_view s);
  // PERF: most word tokens of a text are in no dictionary. A 64-Kbit filter on (length, first,
  // second and last byte) rejects nearly all of them for a few instructions, before hashing.
  static uint32_t Sketch(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const uint32_t n = static_cast<uint32_t>(s.size());
    return ((n * 0x9E37u) ^ (p[0] * 0x2F1u) ^ (p[n > 1 ? 1 : 0] * 0x1Bu) ^ (p[n - 1] << 7)) & 0xFFFFu;
  }
  std::vector<uint64_t> filter_;

  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  std::vector<std::string> keys_;
  std::vector<uint32_t> ids_;
  size_t max_len_ = 0;
};

}  // namespace sw::match
