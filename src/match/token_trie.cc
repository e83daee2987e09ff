// SPDX-License-Identifier: MIT
#include "match/token_trie.h"

#include <algorithm>
#include <deque>

namespace sw::match {

void TokenTrie::Add(std::string_view bytes, uint32_t pattern) {
  if (nodes_.empty()) nodes_.emplace_back();
  uint32_t node = 0;
  for (unsigned char b : bytes) {
    auto& kids = nodes_[node].kids;
    auto it = std::find_if(kids.begin(), kids.end(), [b](const auto& k) { return k.first == b; });
    if (it != kids.end()) {
      node = it->second;
      continue;
    }
    const auto next = static_cast<uint32_t>(nodes_.size());
    kids.emplace_back(b, next);
    nodes_.emplace_back();  // invalidates `kids`; not used again in this step
    node = next;
  }
  nodes_[node].outs.push_back(pattern);
}

// Breadth first, each state's children go at the first base where all their cells are free.
// Candidate bases are tried only where the lowest child lands on a free cell, found through
// path-compressed skip links over the used cells, so laying out tens of thousands of states takes
// milliseconds at start-up.
void TokenTrie::Build() {
  cells_.clear();
  specials_.clear();
  special_index_.clear();
  outputs_.clear();
  if (nodes_.empty()) return;
  std::vector<int32_t> skip;  // for a used cell, a cell after it no further than the next free one
  auto grow = [&](size_t need) {
    if (cells_.size() >= need) return;
    const size_t old = cells_.size();
    const size_t size = std::max(need, old * 2);
    cells_.resize(size);
    skip.resize(size);
    for (size_t i = old; i < size; ++i) skip[i] = static_cast<int32_t>(i);
  };
  auto next_free = [&](int32_t i) {
    int32_t r = i;
    while (skip[static_cast<size_t>(r)] != r) r = skip[static_cast<size_t>(r)];
    while (skip[static_cast<size_t>(i)] != r) {  // compress the path behind us
      const int32_t n = skip[static_cast<size_t>(i)];
      skip[static_cast<size_t>(i)] = r;
      i = n;
    }
    return r;
  };
  auto use = [&](int32_t i, int32_t parent) {
    cells_[static_cast<size_t>(i)].check = static_cast<uint32_t>(parent);
    skip[static_cast<size_t>(i)] = i + 1;
  };
  grow(1024);
  use(0, 0);  // the root is never free; nothing transitions into it (bases are >= 1)
  std::deque<std::pair<uint32_t, int32_t>> queue{{0u, 0}};  // (build node, state)
  while (!queue.empty()) {
    auto [node, state] = queue.front();
    queue.pop_front();
    BuildNode& bn = nodes_[node];
    std::sort(bn.kids.begin(), bn.kids.end());
    const bool star = !bn.kids.empty() && bn.kids.back().first == kStar;
    if (!bn.outs.empty() || star) {
      // The root is never special: patterns are not empty and begin with a word character.
      if (special_index_.size() <= static_cast<size_t>(state)) special_index_.resize(static_cast<size_t>(state) + 1);
      if (bn.outs.size() == 1 && !star && bn.outs[0] < kOnePattern) {
        special_index_[static_cast<size_t>(state)] = bn.outs[0] | kOnePattern;
      } else {
        special_index_[static_cast<size_t>(state)] = static_cast<uint32_t>(specials_.size());
        specials_.push_back({static_cast<uint32_t>(outputs_.size()), static_cast<uint32_t>(bn.outs.size()), star});
        outputs_.insert(outputs_.end(), bn.outs.begin(), bn.outs.end());
      }
      cells_[static_cast<size_t>(state)].check |= kSpecial;
    }
    if (bn.kids.empty()) continue;
    const int32_t lowest = bn.kids.front().first;
    int32_t base = 0;
    for (int32_t f = next_free(lowest + 1);; f = next_free(f + 1)) {
      base = f - lowest;
      // Every cell a walk can reach (base + any byte) must exist, so walks need no bounds check.
      grow(static_cast<size_t>(base) + 257);
      bool fits = true;
      for (const auto& kid : bn.kids) {
        if (cells_[static_cast<size_t>(base + kid.first)].check != kFree) {
          fits = false;
          break;
        }
      }
      if (fits) break;
    }
    cells_[static_cast<size_t>(state)].base = base;
    for (const auto& [b, kid] : bn.kids) {
      const int32_t t = base + b;
      use(t, state);
      queue.emplace_back(kid, t);
    }
  }
  // The root's check of 0 marked it used; a leaf (base 0) walking on byte 0 must not land on it.
  cells_[0].check = kFree - 1;
  // The array grew by doubling; past the last used cell and the last base's reach (walks need
  // base + 256 inside it) the rest is never read. Trimming it takes a fifth off the cache file.
  size_t end = 257;
  for (size_t i = 0; i < cells_.size(); ++i) {
    if (cells_[i].check != kFree) end = std::max(end, i + 1);
    end = std::max(end, static_cast<size_t>(cells_[i].base) + 257);
  }
  cells_.resize(end);
  cells_.shrink_to_fit();
  nodes_.clear();
  nodes_.shrink_to_fit();
}

}  // namespace sw::match
