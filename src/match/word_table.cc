// SPDX-License-Identifier: MIT
#include "match/word_table.h"

#include <cstring>

namespace sw::match {

// FNV-1a on 8-byte chunks: words are short, and this is cheaper than a byte loop while mixing
// well enough for a half-empty table.
uint64_t WordTable::Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 1099511628211ull;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 1099511628211ull;
  h ^= h >> 32;
  return h * 0x9E3779B97F4A7C15ull;
}

void WordTable::Build(const std::vector<std::pair<std::string, uint32_t>>& words) {
  size_t cap = 16;
  while (cap < words.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  keys_.clear();
  ids_.clear();
  filter_.assign(1024, 0);
  for (const auto& [word, id] : words) {
    if (word.empty()) continue;
    const uint64_t h = Hash(word);
    size_t i = h & mask_;
    while (slots_[i].index >= 0) i = (i + 1) & mask_;
    slots_[i] = {h, static_cast<int32_t>(keys_.size())};
    keys_.push_back(word);
    ids_.push_back(id);
    max_len_ = std::max(max_len_, word.size());
    const uint32_t k = Sketch(word);
    filter_[k >> 6] |= uint64_t{1} << (k & 63);
  }
}

int32_t WordTable::Find(std::string_view word) const {
  if (keys_.empty() || word.size() > max_len_) return -1;
  const uint32_t k = Sketch(word);
  if (!(filter_[k >> 6] >> (k & 63) & 1)) return -1;
  const uint64_t h = Hash(word);
  for (size_t i = h & mask_; slots_[i].index >= 0; i = (i + 1) & mask_) {
    if (slots_[i].hash == h && keys_[slots_[i].index] == word) return static_cast<int32_t>(ids_[slots_[i].index]);
  }
  return -1;
}

}  // namespace sw::match
