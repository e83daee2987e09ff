// SPDX-License-Identifier: MIT
#include "text/words.h"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace sw::text {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<sw::Span> spans;
  Tokenize(text, spans);
  std::vector<std::string> words;
  for (const auto& s : spans) words.emplace_back(text.substr(s.begin, s.size()));
  EXPECT_EQ(CountWords(text), spans.size()) << text;
  return words;
}

using V = std::vector<std::string>;

TEST(WordTokenizer, SpansAreExactByteRanges) {
  std::vector<sw::Span> spans = {{9, 9}};  // stale content is replaced
  Tokenize("  ab cd", spans);
  EXPECT_EQ(spans, (std::vector<sw::Span>{{2, 4}, {5, 7}}));
  Tokenize("", spans);
  EXPECT_TRUE(spans.empty());
  EXPECT_EQ(CountWords(" \n\t.,;"), 0u);
}

TEST(WordTokenizer, ApostrophesAndHyphensInsideWords) {
  EXPECT_EQ(Words("Xi'an hosted the people-to-people forum."),
            (V{"Xi'an", "hosted", "the", "people-to-people", "forum"}));
  EXPECT_EQ(Words("Xi\xE2\x80\x99" "an"), (V{"Xi\xE2\x80\x99" "an"}));  // ’
  EXPECT_EQ(Words("o\xE2\x80\x98zbek"), (V{"o\xE2\x80\x98zbek"}));     // ‘
  EXPECT_EQ(Words("Oʻzbekiston"), (V{"Oʻzbekiston"}));                 // ʻ is a letter
  EXPECT_EQ(Words("Касым-Жомарт Токаев"), (V{"Касым-Жомарт", "Токаев"}));
}

TEST(WordTokenizer, JoinersAtWordEdgesSeparate) {
  EXPECT_EQ(Words("the leaders' summit"), (V{"the", "leaders", "summit"}));
  EXPECT_EQ(Words("'quoted' -dash- a--b"), (V{"quoted", "dash", "a", "b"}));
  EXPECT_EQ(Words("\xE2\x80\x98" "quoted" "\xE2\x80\x99"), (V{"quoted"}));
  EXPECT_EQ(Words("2023\xE2\x80\x93" "2025"), (V{"2023", "2025"}));  // en dash separates
}

TEST(WordTokenizer, Numbers) {
  EXPECT_EQ(Words("3.5 percent of 1,000 tons in 2023."),
            (V{"3.5", "percent", "of", "1,000", "tons", "in", "2023"}));
  EXPECT_EQ(Words("C5+1 format"), (V{"C5", "1", "format"}));
  EXPECT_EQ(Words("end. Next, then"), (V{"end", "Next", "then"}));
}

TEST(WordTokenizer, EachCjkCharacterIsAToken) {
  EXPECT_EQ(Words("中国—中亚峰会"), (V{"中", "国", "中", "亚", "峰", "会"}));
  EXPECT_EQ(Words("C5+1峰会。"), (V{"C5", "1", "峰", "会"}));
  EXPECT_EQ(Words("東京タワー"), (V{"東", "京", "タ", "ワ", "ー"}));
}

TEST(WordTokenizer, KoreanAndThai) {
  EXPECT_EQ(Words("대한민국 정부"), (V{"대한민국", "정부"}));
  EXPECT_EQ(Words("ประเทศไทย ok"), (V{"ประเทศไทย", "ok"}));
}

TEST(WordTokenizer, CountMatchesTokensOnMixedText) {
  const std::string text =
      "The C5+1 leaders — Tokayev, Japarov, Rahmon — met in Xi’an; 中国与中亚 signed. "
      "Президенты обсудили сотрудничество. Oʻzbekiston va Qozogʻiston.";
  std::vector<sw::Span> spans;
  Tokenize(text, spans);
  EXPECT_EQ(CountWords(text), spans.size());
  for (size_t k = 1; k < spans.size(); ++k) EXPECT_LE(spans[k - 1].end, spans[k].begin);
}

// CountWords decides token starts locally, 64 or 16 ASCII bytes at a time; Tokenize walks tokens.
// Texts of `rounds` random runs of up to `max_pieces` pieces must get the same count from both.
void ExpectCountMatchesTokens(std::span<const char* const> pieces, uint32_t seed, int rounds, int max_pieces) {
  std::mt19937 rng(seed);
  std::vector<sw::Span> spans;
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % static_cast<uint32_t>(max_pieces));
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    Tokenize(text, spans);
    ASSERT_EQ(CountWords(text), spans.size()) << text;
  }
}

// Long generated texts put every joiner, number separator and script change at every offset
// of a block and across block edges.
TEST(WordTokenizer, CountMatchesTokensOnGeneratedText) {
  static const char* const kPieces[] = {
      "a", "Zq", "9", "3", " ", "  ", "'", "-", ".", ",", "'s", "x-y", "1,000", "3.5", "\n",
      "é", "ж", "中", "ก", "ข", "\xE2\x80\x99", "\xE2\x80\x90", "\xE2\x80\x93", "e\xCC\x81", "\xF0\x9F\x98\x80",
      "people-to-people", "U.S.", "!", "\xC2\xA0"};
  ExpectCountMatchesTokens(kPieces, 20240611, 4000, 120);
}

// Long all-ASCII stretches take CountWords' 64-byte path: ASCII pieces alone, so that joiners,
// number separators and digits fall on every offset of a 64-byte block and across its edges.
TEST(WordTokenizer, CountMatchesTokensOnGeneratedAsciiText) {
  static const char* const kPieces[] = {"a", "Zq", "9", "3", " ", "  ", "'", "-", ".", ",", "'s", "x-y",
                                        "1,000", "3.5", "\n", "people-to-people", "U.S.", "!", "word"};
  ExpectCountMatchesTokens(kPieces, 20261129, 3000, 300);
}

// Tokenize finds the tokens of all-ASCII stretches 32 bytes at a time (16 where a non-ASCII byte
// follows soon); TokenizeScalar goes a character at a time. Mostly ASCII text, with tokens across
// block edges, tokens of 32 bytes and more, joiners and number separators at the edges, and
// non-ASCII characters next to blocks: in every fourth round often, in another fourth now and then
// (so that they fall both in and just after 32-byte stretches), and not at all in the rest.
TEST(WordTokenizer, BlockPathMatchesScalar) {
  static const char* const kPieces[] = {
      "a", "Zq", "9", "31", " ", " ", " ", "  ", "'", "-", ".", ",", "'s", "x-y", "1,000", "3.5", "\n", "--",
      "people-to-people", "U.S.", "!", "cooperation", "internationalisation", "abcdefghijklmnop", "a1b2", "7.",
      ",5", "-x", "x-", "international-cooperation-forum", "é", "ж", "中", "ก", "\xE2\x80\x99", "\xE2\x80\x93",
      "\xC2\xA0", "\t", "the ", "of "};
  std::mt19937 rng(20261129);
  std::vector<sw::Span> fast, plain;
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const int pieces = 1 + static_cast<int>(rng() % 150);
    // No non-ASCII pieces in half the rounds, so that the block path runs.
    const size_t ascii = std::size(kPieces) - 10;
    for (int k = 0; k < pieces; ++k) {
      const bool any = round % 4 == 0 || (round % 4 == 1 && rng() % 16 == 0);
      text += kPieces[rng() % (any ? std::size(kPieces) : ascii)];
    }
    Tokenize(text, fast);
    TokenizeScalar(text, plain);
    ASSERT_EQ(fast.size(), plain.size()) << text;
    for (size_t k = 0; k < fast.size(); ++k) {
      ASSERT_EQ(fast[k].begin, plain[k].begin) << text;
      ASSERT_EQ(fast[k].end, plain[k].end) << text;
    }
  }
}

}  // namespace
}  // namespace sw::text
