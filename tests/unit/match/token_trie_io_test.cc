// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <set>

#include "match/token_trie.h"
#include "util/fingerprint.h"

#include "trie_walk.h"

namespace sw::match {
namespace {

using test::Found;
using test::Walk;

// Random patterns over a small alphabet (shared prefixes, collisions in the layout), some with
// an inner star followed by a space as the matcher's builder lets into the trie.
struct Generated {
  std::vector<std::string> patterns;
  TokenTrie trie;
  // What Add was given (views into `patterns`), optionally with pattern `skip` left out.
  std::vector<TokenTrie::Added> Added(uint32_t skip = ~0u) const {
    std::vector<TokenTrie::Added> out;
    for (uint32_t i = 0; i < patterns.size(); ++i) {
      if (i != skip) out.push_back({patterns[i], i});
    }
    return out;
  }
};

std::string RandomString(std::mt19937& rng, size_t max_len) {
  static const std::string alphabet = "ab c\xd0\xb0";
  std::string s;
  const size_t n = 1 + rng() % max_len;
  for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

Generated Generate(uint32_t count, unsigned seed) {
  std::mt19937 rng(seed);
  Generated g;
  for (uint32_t i = 0; i < count; ++i) {
    std::string p = RandomString(rng, 10);
    if (rng() % 8 == 0) {
      p += static_cast<char>(TokenTrie::kStar);
      p += " " + RandomString(rng, 4);
    }
    g.patterns.push_back(p);
    g.trie.Add(p, i);
  }
  g.trie.Build();
  return g;
}

// Serialized bytes with the checksum recomputed after an edit: a forged file, which only the
// structural checks can refuse.
std::string Resign(std::string bytes) {
  const uint64_t sum = util::Fingerprint(std::string_view(bytes).substr(0, bytes.size() - 8));
  std::memcpy(bytes.data() + bytes.size() - 8, &sum, sizeof sum);
  return bytes;
}

void PutWord(std::string& bytes, size_t offset, uint32_t v) { std::memcpy(bytes.data() + offset, &v, sizeof v); }

uint32_t Word(const std::string& bytes, size_t offset) {
  uint32_t v;
  std::memcpy(&v, bytes.data() + offset, sizeof v);
  return v;
}

TEST(TokenTrieIoTest, ARoundTripWalksAsTheOriginal) {
  const Generated g = Generate(3000, 11);
  const std::string bytes = g.trie.Serialize();
  const auto copy = TokenTrie::Deserialize(bytes, g.Added());
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->Serialize(), bytes);
  std::mt19937 rng(5);
  size_t hits = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = RandomString(rng, 60);
    for (uint32_t start = 0; start < text.size(); ++start) {
      const Found want = Walk(g.trie, text, start);
      hits += want.size();
      ASSERT_EQ(Walk(*copy, text, start), want) << "text '" << text << "' from " << start;
    }
    std::vector<uint32_t> starts;
    for (uint32_t b = 0; b < text.size(); ++b) starts.push_back(b);
    std::vector<Found> a(starts.size()), b(starts.size());
    g.trie.WalkMany(text, starts.data(), starts.size(), [&](size_t i, uint32_t p, uint32_t e) { a[i].insert({p, e}); });
    copy->WalkMany(text, starts.data(), starts.size(), [&](size_t i, uint32_t p, uint32_t e) { b[i].insert({p, e}); });
    ASSERT_EQ(a, b) << "text '" << text << "'";
  }
  EXPECT_GT(hits, 1000u);  // the texts do exercise the trie
}

TEST(TokenTrieIoTest, AnEmptyTrieRoundTrips) {
  TokenTrie t;
  t.Build();
  const auto copy = TokenTrie::Deserialize(t.Serialize(), {});
  ASSERT_TRUE(copy.has_value());
  EXPECT_TRUE(copy->empty());
}

TEST(TokenTrieIoTest, RejectsEveryTruncationAndTrailingBytes) {
  const Generated g = Generate(40, 3);
  const std::string bytes = g.trie.Serialize();
  for (size_t n = 0; n < bytes.size(); ++n) {
    ASSERT_FALSE(TokenTrie::Deserialize(std::string_view(bytes).substr(0, n), g.Added())) << "cut to " << n;
  }
  EXPECT_FALSE(TokenTrie::Deserialize(bytes + '\0', g.Added()));
  EXPECT_TRUE(TokenTrie::Deserialize(bytes, g.Added()));
}

TEST(TokenTrieIoTest, RejectsEveryFlippedByte) {
  const Generated g = Generate(40, 4);
  const std::string bytes = g.trie.Serialize();
  std::string bad = bytes;
  for (size_t i = 0; i < bad.size(); ++i) {
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    ASSERT_FALSE(TokenTrie::Deserialize(bad, g.Added())) << "byte " << i;
    bad[i] = bytes[i];
  }
}

TEST(TokenTrieIoTest, RejectsAnotherMagicOrVersionEvenWithAValidChecksum) {
  const Generated g = Generate(40, 5);
  const std::string bytes = g.trie.Serialize();
  ASSERT_TRUE(TokenTrie::Deserialize(Resign(bytes), g.Added()));  // re-signing alone changes nothing
  std::string other = bytes;
  PutWord(other, 4, TokenTrie::kFormatVersion + 1);
  EXPECT_FALSE(TokenTrie::Deserialize(Resign(other), g.Added()));
  other = bytes;
  PutWord(other, 0, Word(bytes, 0) ^ 0x20);
  EXPECT_FALSE(TokenTrie::Deserialize(Resign(other), g.Added()));
}

// The trie of other patterns is refused: it would find other things.
TEST(TokenTrieIoTest, RefusesATrieOfOtherPatterns) {
  const Generated g = Generate(40, 8);
  const std::string bytes = g.trie.Serialize();
  ASSERT_TRUE(TokenTrie::Deserialize(bytes, g.Added()));
  std::vector<std::string> texts = g.patterns;
  for (uint32_t i : {0u, 17u, 39u}) {
    auto other = g.Added();
    texts[i] = g.patterns[i] + "a";
    other[i].bytes = texts[i];
    EXPECT_FALSE(TokenTrie::Deserialize(bytes, other)) << "pattern " << i << " one byte longer";
    texts[i] = g.patterns[i].substr(1);
    other[i].bytes = texts[i];
    EXPECT_FALSE(TokenTrie::Deserialize(bytes, other)) << "pattern " << i << " without its first byte";
    other = g.Added();
    std::swap(other[i].pattern, other[(i + 1) % 40].pattern);
    if (g.patterns[i] != g.patterns[(i + 1) % 40]) {
      EXPECT_FALSE(TokenTrie::Deserialize(bytes, other)) << "patterns " << i << " and the next swapped";
    }
  }
  auto more = g.Added();
  more.push_back({"ab", 40});
  EXPECT_FALSE(TokenTrie::Deserialize(bytes, more));
  auto twice = g.Added();
  twice.push_back(twice[3]);
  EXPECT_FALSE(TokenTrie::Deserialize(bytes, twice));
}

// A forged file with a valid checksum must still not lead a walk outside the arrays or report a
// pattern the matcher does not have.
TEST(TokenTrieIoTest, RejectsForgedIndicesThatAWalkWouldFollow) {
  const Generated g = Generate(40, 6);
  const std::string bytes = g.trie.Serialize();
  const uint32_t cells = Word(bytes, 8);
  constexpr size_t kCells = 24;  // six header words
  // A pattern the trie holds but the caller does not have.
  EXPECT_FALSE(TokenTrie::Deserialize(bytes, g.Added(39)));
  // A base that puts a child past the end of the array, or before its start.
  std::string bad = bytes;
  PutWord(bad, kCells, cells - 256);
  EXPECT_FALSE(TokenTrie::Deserialize(Resign(bad), g.Added()));
  PutWord(bad, kCells, static_cast<uint32_t>(-1));
  EXPECT_FALSE(TokenTrie::Deserialize(Resign(bad), g.Added()));
  // A special state whose index names no SpecialInfo: find one that has a SpecialInfo.
  const uint32_t n_specials = Word(bytes, 12), n_index = Word(bytes, 16);
  const size_t index_at = kCells + 8 * size_t{cells} + 12 * size_t{n_specials};
  bool forged = false;
  for (uint32_t i = 1; i < n_index && !forged; ++i) {
    const uint32_t check = Word(bytes, kCells + 8 * size_t{i} + 4);
    if (check == 0xFFFFFFFFu || !(check & 0x80000000u) || (Word(bytes, index_at + 4 * size_t{i}) & 0x80000000u)) {
      continue;
    }
    bad = bytes;
    PutWord(bad, index_at + 4 * size_t{i}, n_specials);
    EXPECT_FALSE(TokenTrie::Deserialize(Resign(bad), g.Added()));
    forged = true;
  }
  EXPECT_TRUE(forged);
  // Sizes that disagree with the length of the file.
  bad = bytes;
  PutWord(bad, 8, cells + 1);
  EXPECT_FALSE(TokenTrie::Deserialize(Resign(bad), g.Added()));
}

}  // namespace
}  // namespace sw::match
