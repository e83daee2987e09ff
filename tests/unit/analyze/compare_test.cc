// SPDX-License-Identifier: MIT
// Comparing two groups of documents: the bootstrap interval of the profile difference (coverage
// on stores whose true difference is known, reproducibility with the seed) and keyness (G² on a
// 2×2 table worked out by hand, and the counts of a store small enough to count by eye).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "analyze/area_compare.h"
#include "analyze/keyness.h"
#include "summitwatch/compare.h"
#include "test_store.h"

namespace {

using summitwatch::Coding;
using summitwatch::Document;
using summitwatch::Table;
using summitwatch::Value;

// A generator of the test's own, so the constructed stores are the same on every platform.
struct TestRng {
  uint64_t s;
  double Uniform() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(s >> 11) / 9007199254740992.0;
  }
};

class CompareTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(
        OpenStoreWithKb("- {id: KAZ, type: country, name: Kazakhstan, aliases: {en: [Kazakhstan]}}\n"));
  }

  // Writes documents whose sentences are coded economy, security, or both at 0.5 each.
  // kinds[s]: 0 economy, 1 security, 2 both.
  void AddCoded(const std::string& id, const std::string& format, const std::vector<int>& kinds) {
    Document d = sw::test::Doc(id, "2020-01-01", "declaration", {}, format);
    d.text = std::string(kinds.size() * 2, 'x');
    Coding c;
    c.lang = "en";
    double economy = 0;
    for (uint32_t s = 0; s < kinds.size(); ++s) {
      c.sentences.push_back({2 * s, 2 * s + 1});
      c.sentence_tone.push_back(0);
      if (kinds[s] == 0) c.sentence_areas.push_back({s, "economy", 1, 1});
      if (kinds[s] == 1) c.sentence_areas.push_back({s, "security", 1, 1});
      if (kinds[s] == 2) {
        c.sentence_areas.push_back({s, "economy", 0.5, 1});
        c.sentence_areas.push_back({s, "security", 0.5, 1});
      }
      economy += kinds[s] == 0 ? 1 : kinds[s] == 2 ? 0.5 : 0;
    }
    economy /= static_cast<double>(kinds.size());
    if (economy > 0) c.areas.push_back({"economy", economy});
    if (economy < 1) c.areas.push_back({"security", 1 - economy});
    Insert({{d, c}});
  }

  void AddText(const std::string& id, const std::string& format, const std::string& text,
               std::vector<summitwatch::SentenceSpan> sentences) {
    Document d = sw::test::Doc(id, "2021-01-01", "statement", {}, format);
    d.text = text;
    Coding c;
    c.lang = "en";
    c.sentences = std::move(sentences);
    c.sentence_tone.assign(c.sentences.size(), 0.0);
    Insert({{d, c}});
  }

  static std::map<std::string, Value> Row(const Table& t, const std::string& key) {
    for (const auto& row : t.rows) {
      if (row[0] == Value{key}) {
        std::map<std::string, Value> m;
        for (size_t c = 0; c < t.columns.size(); ++c) m[t.columns[c].name] = row[c];
        return m;
      }
    }
    ADD_FAILURE() << "no row " << key;
    return {};
  }
};

// 60 pairs of sides, each of 5 documents of 20 sentences drawn at random: side A's sentences
// are economy with p 0.5, both areas with p 0.2 (so economy's expected share is 0.6), side B's
// economy with p 0.2, both with p 0.2 (expected 0.3). The true difference in economy is 0.3; a
// 95% interval should cover it in about 95% of the pairs. Far fewer means the interval is too
// narrow (for instance, sentences not redrawn within documents).
TEST_F(CompareTest, BootstrapIntervalCoversTheTrueDifference) {
  TestRng rng{20260402};
  const int pairs = 60;
  for (int p = 0; p < pairs; ++p) {
    for (int side = 0; side < 2; ++side) {
      const double economy = side == 0 ? 0.5 : 0.2;
      for (int d = 0; d < 5; ++d) {
        std::vector<int> kinds;
        for (int s = 0; s < 20; ++s) {
          const double u = rng.Uniform();
          kinds.push_back(u < economy ? 0 : u < economy + 0.2 ? 2 : 1);
        }
        AddCoded(fmt::format("p{}-{}-{}", p, side, d), fmt::format("{}{}", side == 0 ? "a" : "b", p), kinds);
      }
    }
  }
  int covered = 0;
  double mean_width = 0;
  for (int p = 0; p < pairs; ++p) {
    auto t = summitwatch::CompareAreas(*store_, summitwatch::GroupBy::kFormat, fmt::format("a{}", p),
                                       fmt::format("b{}", p), {}, summitwatch::CompareOptions{});
    ASSERT_TRUE(t) << t.error().message;
    auto economy = Row(*t, "economy");
    const double lo = std::get<double>(economy["diff_lo"]), hi = std::get<double>(economy["diff_hi"]);
    const double diff = std::get<double>(economy["difference"]);
    EXPECT_LE(lo, diff);
    EXPECT_GE(hi, diff);
    covered += lo <= 0.3 && 0.3 <= hi;
    mean_width += (hi - lo) / pairs;
    // Two areas summing to 1: security's difference mirrors economy's.
    auto security = Row(*t, "security");
    EXPECT_NEAR(std::get<double>(security["difference"]), -diff, 1e-12);
    EXPECT_EQ(economy["significant"], Value{int64_t{lo > 0 || hi < 0}});
  }
  RecordProperty("covered", covered);
  RecordProperty("mean_width_permille", static_cast<int>(mean_width * 1000));
  EXPECT_GE(covered, 53) << "coverage " << covered << " of " << pairs;
  // The analytic standard error is about 0.059 (a sentence's economy weight has variance 0.19
  // on side A and 0.16 on side B, over 100 sentences each), so the interval is about 0.23 wide.
  EXPECT_GT(mean_width, 0.18);
  EXPECT_LT(mean_width, 0.32);
}

TEST_F(CompareTest, IntervalsAreReproducibleWithTheSeed) {
  AddCoded("a1", "fa", {0, 0, 1, 2, 0});
  AddCoded("a2", "fa", {1, 0, 2});
  AddCoded("b1", "fb", {1, 1, 0, 2});
  AddCoded("b2", "fb", {1, 2, 1, 1, 0, 1});
  auto first = summitwatch::CompareAreas(*store_, std::nullopt, "fa", "fb", {}, summitwatch::CompareOptions{});
  auto again = summitwatch::CompareAreas(*store_, std::nullopt, "fa", "fb", {}, summitwatch::CompareOptions{});
  ASSERT_TRUE(first && again);
  EXPECT_EQ(first->rows, again->rows);
  summitwatch::CompareOptions other;
  other.seed = 7;
  auto reseeded = summitwatch::CompareAreas(*store_, std::nullopt, "fa", "fb", {}, other);
  ASSERT_TRUE(reseeded);
  EXPECT_NE(Row(*first, "economy")["diff_lo"], Row(*reseeded, "economy")["diff_lo"]);
  // The point estimate is the profile difference whatever the seed; the columns stay in place.
  EXPECT_EQ(Row(*first, "economy")["difference"], Row(*reseeded, "economy")["difference"]);
  ASSERT_EQ(first->columns.size(), 7u);
  EXPECT_EQ(first->columns[3].name, "difference");
  EXPECT_EQ(first->columns[4].name, "diff_lo");
  EXPECT_EQ(first->columns[5].name, "diff_hi");
  EXPECT_EQ(first->columns[6].name, "significant");
  // The old five-argument call gives the same table.
  auto plain = summitwatch::CompareAreas(*store_, std::nullopt, "fa", "fb", {});
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->rows, first->rows);
}

TEST_F(CompareTest, DocumentsWithOneSentenceTypeHaveNoSamplingError) {
  // Every sentence of A is economy, every sentence of B security: redrawing sentences changes
  // nothing, so the interval is the point.
  AddCoded("a1", "fa", {0, 0, 0});
  AddCoded("b1", "fb", {1, 1});
  auto t = summitwatch::CompareAreas(*store_, std::nullopt, "fa", "fb", {}, summitwatch::CompareOptions{});
  ASSERT_TRUE(t);
  auto economy = Row(*t, "economy");
  EXPECT_DOUBLE_EQ(std::get<double>(economy["diff_lo"]), 1.0);
  EXPECT_DOUBLE_EQ(std::get<double>(economy["diff_hi"]), 1.0);
  EXPECT_EQ(economy["significant"], Value{int64_t{1}});
}

TEST(KeynessStatsTest, G2MatchesAHandComputedTable) {
  // a = 10 of 1000 words, b = 2 of 1000: N = 2000, expected 6 and 6, 994 and 994 for the rest;
  // G² = 2 [10 ln(10/6) + 2 ln(2/6) + 990 ln(990/994) + 998 ln(998/994)]
  //    = 2 [5.10826 − 2.19722 − 3.99194 + 4.00804] = 5.85426.
  EXPECT_NEAR(sw::analyze::SignedG2(10, 2, 1000, 1000), 5.85426, 1e-5);
  EXPECT_NEAR(sw::analyze::SignedG2(2, 10, 1000, 1000), -5.85426, 1e-5);
  EXPECT_DOUBLE_EQ(sw::analyze::SignedG2(5, 5, 1000, 1000), 0.0);
  EXPECT_DOUBLE_EQ(sw::analyze::SignedG2(5, 5, 0, 1000), 0.0);
  // log2((10/1000) / (2/1000)) = log2 5; a zero count counts as 0.5.
  EXPECT_NEAR(sw::analyze::LogRatio(10, 2, 1000, 1000), std::log2(5.0), 1e-12);
  EXPECT_NEAR(sw::analyze::LogRatio(3, 0, 12, 10), std::log2((3.0 / 12) / (0.5 / 10)), 1e-12);
}

TEST(KeynessStatsTest, TermsAreFoldedAndNumbersDropped) {
  EXPECT_EQ(sw::analyze::KeynessTerm("Xi\xE2\x80\x99" "an"), "xi'an");
  EXPECT_EQ(sw::analyze::KeynessTerm("Region's"), "region");
  EXPECT_EQ(sw::analyze::KeynessTerm("States'"), "states");
  EXPECT_EQ(sw::analyze::KeynessTerm("СОТРУДНИЧЕСТВО"), "сотрудничество");
  EXPECT_EQ(sw::analyze::KeynessTerm("2030"), "");
  EXPECT_EQ(sw::analyze::KeynessTerm("1,000.5"), "");
  EXPECT_EQ(sw::analyze::KeynessTerm("C5"), "c5");
}

TEST_F(CompareTest, KeynessCountsWordsAndBigramsWithinSentences) {
  // A: "Green corridor links." "Green corridor grows." | "The green corridor in 2030."
  //    words 6 + 4 = 10 (2030 is a number); bigrams 4 + 3 = 7 (green corridor ×3, corridor links,
  //    corridor grows, the green, corridor in); "links green" would cross a sentence end.
  // B: "Border security first." "Security matters." | "Security and the border."
  //    words 5 + 4 = 9; bigrams 3 + 3 = 6.
  AddText("a1", "fa", "Green corridor links. Green corridor grows.", {{0, 21}, {22, 43}});
  AddText("a2", "fa", "The green corridor in 2030.", {{0, 27}});
  AddText("b1", "fb", "Border security first. Security matters.", {{0, 22}, {23, 40}});
  AddText("b2", "fb", "Security and the border.", {{0, 24}});
  std::ofstream(dir_ / "stop.yaml") << "en: [the, in, and]\nru: [и]\n";
  summitwatch::KeynessOptions o;
  o.min_freq = 1;
  o.min_docs = 1;
  o.min_g2 = 0;
  o.stopwords = (dir_ / "stop.yaml").string();
  auto k = summitwatch::ComputeKeyness(*store_, std::nullopt, "fa", "fb", {}, o);
  ASSERT_TRUE(k) << k.error().message;
  EXPECT_EQ(k->column, "format");
  EXPECT_EQ(k->words_a, 10);
  EXPECT_EQ(k->words_b, 9);
  EXPECT_EQ(k->bigrams_a, 7);
  EXPECT_EQ(k->bigrams_b, 6);
  std::map<std::string, summitwatch::KeyTerm> by_term;
  for (const auto& t : k->terms) by_term[t.term] = t;
  for (const char* absent : {"the", "in", "2030", "the green", "corridor in", "links green", "and the"}) {
    EXPECT_EQ(by_term.count(absent), 0u) << absent;
  }
  ASSERT_EQ(by_term.count("green"), 1u);
  const auto& green = by_term["green"];
  EXPECT_EQ(green.freq_a, 3);
  EXPECT_EQ(green.freq_b, 0);
  EXPECT_EQ(green.docs_a, 2);
  // N = 19, expected 30/19 and 27/19; G² = 2 [3 ln(3 / 1.5789) + 7 ln(7 / 8.4211) + 9 ln(9 / 7.5789)]
  //   = 2 [1.92556 − 1.29381 + 1.54665] = 4.35688.
  EXPECT_NEAR(green.g2, 4.35688, 1e-5);
  EXPECT_NEAR(green.log_ratio, std::log2((3.0 / 10) / (0.5 / 9)), 1e-12);
  // One example per document, first occurrence: a1 sentence 0, a2 sentence 0.
  ASSERT_EQ(green.examples.size(), 2u);
  EXPECT_EQ(green.examples[0].document, "a1");
  EXPECT_EQ(green.examples[0].sentence, 0u);
  EXPECT_EQ(green.examples[1].document, "a2");
  const auto& bigram = by_term["green corridor"];
  EXPECT_EQ(bigram.words, 2);
  EXPECT_EQ(bigram.freq_a, 3);
  EXPECT_NEAR(bigram.g2, 4.48459, 1e-5);  // 3 of 7 bigrams against 0 of 6
  const auto& security = by_term["security"];
  EXPECT_EQ(security.freq_b, 3);
  EXPECT_LT(security.g2, 0);
  EXPECT_NEAR(security.g2, -5.11691, 1e-5);  // 0 of 10 against 3 of 9
  EXPECT_EQ(security.examples[0].document, "b1");

  // A's terms come first, largest G² first; the table names the side each favours.
  EXPECT_GT(k->terms.front().g2, 0);
  EXPECT_LT(k->terms.back().g2, 0);
  Table t = summitwatch::KeynessTable(*k);
  auto row = Row(t, "security");
  EXPECT_EQ(row["favours"], Value{std::string("fb")});
  EXPECT_EQ(row["examples"], Value{std::string("b1:0; b2:0")});

  // The defaults (three occurrences, two documents, p < 0.05) keep green, corridor and
  // security; a term seen in one document only is not kept.
  summitwatch::KeynessOptions defaults;
  defaults.stopwords = o.stopwords;
  auto strict = summitwatch::ComputeKeyness(*store_, std::nullopt, "fa", "fb", {}, defaults);
  ASSERT_TRUE(strict);
  std::set<std::string> kept;
  for (const auto& term : strict->terms) kept.insert(term.term);
  EXPECT_EQ(kept, (std::set<std::string>{"green", "corridor", "green corridor", "security"}));
}

TEST_F(CompareTest, KeynessReportsAMissingSideAndABadStopWordFile) {
  AddText("a1", "fa", "Green corridor links.", {{0, 21}});
  auto k = summitwatch::ComputeKeyness(*store_, summitwatch::GroupBy::kFormat, "fa", "fz", {}, {});
  ASSERT_FALSE(k);
  EXPECT_EQ(k.error().message, "no documents for format 'fz' in the store.");
  std::ofstream(dir_ / "bad.yaml") << "en: the\n";
  summitwatch::KeynessOptions o;
  o.stopwords = (dir_ / "bad.yaml").string();
  AddText("b1", "fb", "Security.", {{0, 9}});
  k = summitwatch::ComputeKeyness(*store_, std::nullopt, "fa", "fb", {}, o);
  ASSERT_FALSE(k);
  EXPECT_EQ(k.error().message, o.stopwords + ":1: expected a list of words for language 'en'.");
}

}  // namespace
