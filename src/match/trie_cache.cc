// SPDX-License-Identifier: MIT
#include "match/trie_cache.h"

#include <fmt/format.h>

#include <cstring>

#include "util/fingerprint.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace sw::match {
namespace {

constexpr uint64_t kNameSeed = 0x6e616d65u;
constexpr uint64_t kHeadSeed = 0x68656164u;

uint64_t KeyPrint(std::string_view key, uint64_t seed) {
  return util::Fingerprint(key, seed ^ (uint64_t{TokenTrie::kFormatVersion} << 32));
}

}  // namespace

void AppendTrieKey(std::string& key, uint32_t id, std::string_view bytes) {
  const uint32_t head[2] = {id, static_cast<uint32_t>(bytes.size())};
  key.append(reinterpret_cast<const char*>(head), sizeof head);
  key.append(bytes);
}

std::string TrieCachePath(const std::string& dir, std::string_view key) {
  return fmt::format("{}/trie-{:016x}.swtrie", dir, KeyPrint(key, kNameSeed));
}

std::optional<TokenTrie> LoadTrie(const std::string& path, std::string_view key,
                                  std::span<const TokenTrie::Added> patterns) {
  std::string bytes;
  if (!util::ReadFile(path, bytes) || bytes.size() < sizeof(uint64_t)) return std::nullopt;
  uint64_t head;
  std::memcpy(&head, bytes.data(), sizeof head);
  if (head != KeyPrint(key, kHeadSeed)) return std::nullopt;
  return TokenTrie::Deserialize(std::string_view(bytes).substr(sizeof head), patterns);
}

void SaveTrie(const std::string& path, std::string_view key, const TokenTrie& trie) {
  const uint64_t head = KeyPrint(key, kHeadSeed);
  std::string bytes(reinterpret_cast<const char*>(&head), sizeof head);
  bytes += trie.Serialize();
  util::WriteFileAtomically(path, bytes);
}

}  // namespace sw::match
