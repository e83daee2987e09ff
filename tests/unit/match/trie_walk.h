// SPDX-License-Identifier: MIT
// What a TokenTrie walk from one start finds, as a set, for the trie tests to compare.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>
#include <utility>

#include "match/token_trie.h"

namespace sw::match::test {

using Found = std::set<std::pair<uint32_t, uint32_t>>;  // (pattern, end)

inline Found Walk(const TokenTrie& t, std::string_view s, uint32_t start) {
  Found out;
  t.Walk(s, start, [&](uint32_t p, uint32_t end) { out.insert({p, end}); });
  return out;
}

}  // namespace sw::match::test
