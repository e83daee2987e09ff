// SPDX-License-Identifier: MIT
// The token trie's cache file, beside the Hyperscan database in the matcher's cache directory.
//
// Why: laying out the trie of every dictionary (TokenTrie::Add and Build) was a sixth of the
// start-up of `summitwatch code` with every coder (38 M of 234 M instructions; 23 M of 157 M
// once mimalloc came in); reading the laid-out arrays back and checking them is about 5 M.
//
// The key is everything that determines the trie: the id and bytes of every pattern in it, in
// the order they are added, and TokenTrie::kFormatVersion. Its fingerprint names the file, a
// second fingerprint (another seed) heads the file, so a file found under the right name that
// was written for other patterns is still refused.
//
// Usage:
//   std::string key;
//   AppendTrieKey(key, id, bytes);  // for every pattern, in the order Add sees them
//   const std::string path = TrieCachePath(dir, key);
//   if (auto t = LoadTrie(path, key, added)) ... else { build; SaveTrie(path, key, t); }
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "match/token_trie.h"

namespace sw::match {

/// Adds the pattern `id` with trie bytes `bytes` to `key`.
void AppendTrieKey(std::string& key, uint32_t id, std::string_view bytes);

/// The cache file in `dir` for the trie of `key`.
std::string TrieCachePath(const std::string& dir, std::string_view key);

/// The trie cached at `path` for `key` (made of `patterns`), or nothing when the file is
/// missing, was written for another key, or is cut short or corrupt (TokenTrie::Deserialize).
std::optional<TokenTrie> LoadTrie(const std::string& path, std::string_view key,
                                  std::span<const TokenTrie::Added> patterns);

/// Writes `trie` for `key` to `path` atomically; a failure only means no cache next time.
void SaveTrie(const std::string& path, std::string_view key, const TokenTrie& trie);

}  // namespace sw::match
