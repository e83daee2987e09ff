// SPDX-License-Identifier: MIT
// Dense ids found by their 64-bit hash: an open-addressing table of id + 1, probed linearly and
// kept at most half full, for the start-up builders of the lexicon and the word index. They keep
// what the ids stand for in vectors of their own; the table keeps each id's hash, so it can grow
// without asking them.
//
// PERF: it replaced a std::unordered_map of string keys in each, which made an allocation or two
// per pattern (a tenth of tone's start-up).
//
// Usage:
//   FlatIndex index(1024);
//   uint32_t id = index.FindOrAdd(hash, [&](uint32_t id) { return keys[id] == key; });
//   if (id == keys.size()) keys.push_back(key);  // new: ids are given out in order
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace sw::tone {

class FlatIndex {
 public:
  explicit FlatIndex(size_t slots = 1024) : slots_(std::max<size_t>(2, std::bit_ceil(slots)), 0) {}

  /// The id of the entry with `hash` that `same(id)` accepts; when none does, the next id (the
  /// number of ids so far), now recorded under `hash`.
  template <class Same>
  uint32_t FindOrAdd(uint64_t hash, Same&& same) {
    if ((hashes_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t mask = slots_.size() - 1;
    uint64_t i = hash & mask;
    for (; slots_[i] != 0; i = (i + 1) & mask) {
      const uint32_t id = slots_[i] - 1;
      if (hashes_[id] == hash && same(id)) return id;
    }
    const auto id = static_cast<uint32_t>(hashes_.size());
    slots_[i] = id + 1;
    hashes_.push_back(hash);
    return id;
  }

  size_t size() const { return hashes_.size(); }
  uint64_t hash(uint32_t id) const { return hashes_[id]; }
  const std::vector<uint64_t>& hashes() const { return hashes_; }

 private:
  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    const uint64_t mask = slots_.size() - 1;
    for (uint32_t id = 0; id < hashes_.size(); ++id) {
      uint64_t i = hashes_[id] & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = id + 1;
    }
  }

  std::vector<uint32_t> slots_;   // id + 1, 0 for empty
  std::vector<uint64_t> hashes_;  // by id
};

}  // namespace sw::tone
