// SPDX-License-Identifier: MIT
#include "match/token_trie.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

#include "trie_walk.h"

namespace sw::match {
namespace {

using test::Found;
using test::Walk;

TEST(TokenTrieTest, ReportsEveryPatternThatStartsAtTheGivenByte) {
  TokenTrie t;
  t.Add("belt", 0);
  t.Add("belt and road", 1);
  t.Add("belt and road initiative", 2);
  t.Add("road", 3);
  t.Build();
  const std::string s = "the belt and road initiative";
  EXPECT_EQ(Walk(t, s, 4), (Found{{0, 8}, {1, 17}, {2, 28}}));
  EXPECT_EQ(Walk(t, s, 13), (Found{{3, 17}}));
  EXPECT_EQ(Walk(t, s, 0), Found{});
  EXPECT_EQ(Walk(t, s, 5), Found{});  // inside a word: no pattern starts with "elt"
}

TEST(TokenTrieTest, AStarSkipsTheRestOfTheSpaceFreeRun) {
  TokenTrie t;
  std::string p = "саммит";
  p += static_cast<char>(TokenTrie::kStar);
  p += " глав";
  t.Add(p, 7);
  t.Build();
  const std::string s = "саммитов глав";
  EXPECT_EQ(Walk(t, s, 0), (Found{{7, static_cast<uint32_t>(s.size())}}));
  EXPECT_EQ(Walk(t, "саммит глав", 0), (Found{{7, static_cast<uint32_t>(std::string("саммит глав").size())}}));
  // As the regex "саммит[^ ]* глав": the star takes any bytes but a space, punctuation too.
  EXPECT_EQ(Walk(t, "саммитов, глав", 0), (Found{{7, static_cast<uint32_t>(std::string("саммитов, глав").size())}}));
  EXPECT_EQ(Walk(t, "саммитов и глав", 0), Found{});
  // Side by side, a star walk in one lane and plain walks in the others.
  const std::string many = "саммитов, глав и саммит глав";
  const auto at = [&](const char* w) { return static_cast<uint32_t>(many.find(w)); };
  const uint32_t starts[] = {0, at("глав"), at("и "), at("саммит глав")};
  std::vector<Found> got(4);
  t.WalkMany(many, starts, 4, [&](size_t i, uint32_t pattern, uint32_t end) { got[i].insert({pattern, end}); });
  EXPECT_EQ(got[0], (Found{{7, at(" и")}}));
  EXPECT_EQ(got[1], Found{});
  EXPECT_EQ(got[2], Found{});
  EXPECT_EQ(got[3], (Found{{7, static_cast<uint32_t>(many.size())}}));
  EXPECT_EQ(Walk(t, "саммитов", 0), Found{});
}

TEST(TokenTrieTest, AnEmptyTrieMatchesNothing) {
  TokenTrie t;
  t.Build();
  EXPECT_TRUE(t.empty());
}

// The double array against a plain prefix comparison, on random patterns over a small alphabet
// (so that patterns share prefixes and collide in the layout) and random texts.
TEST(TokenTrieTest, AgreesWithAPlainPrefixComparison) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab c\xd0\xb0";  // including a two-byte letter and a space
  auto random_string = [&](size_t max_len) {
    std::string s;
    const size_t n = 1 + rng() % max_len;
    for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  std::vector<std::string> patterns;
  TokenTrie t;
  for (uint32_t i = 0; i < 3000; ++i) {
    patterns.push_back(random_string(12));
    t.Add(patterns.back(), i);
  }
  t.Build();
  for (int round = 0; round < 200; ++round) {
    const std::string text = random_string(40);
    for (uint32_t start = 0; start < text.size(); ++start) {
      Found expected;
      for (uint32_t i = 0; i < patterns.size(); ++i) {
        if (text.compare(start, patterns[i].size(), patterns[i]) == 0) {
          expected.insert({i, start + static_cast<uint32_t>(patterns[i].size())});
        }
      }
      ASSERT_EQ(Walk(t, text, start), expected) << "text '" << text << "' from " << start;
    }
    // The same walks side by side, from every byte and from every other byte.
    for (uint32_t step : {1u, 2u}) {
      std::vector<uint32_t> starts;
      for (uint32_t b = 0; b < text.size(); b += step) starts.push_back(b);
      std::vector<Found> many(starts.size());
      t.WalkMany(text, starts.data(), starts.size(),
                 [&](size_t i, uint32_t pattern, uint32_t end) { many[i].insert({pattern, end}); });
      for (size_t i = 0; i < starts.size(); ++i) {
        ASSERT_EQ(many[i], Walk(t, text, starts[i])) << "text '" << text << "' from " << starts[i];
      }
    }
  }
}

}  // namespace
}  // namespace sw::match
