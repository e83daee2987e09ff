// SPDX-License-Identifier: MIT
// The press-tone monitor on seven hand-coded documents about `bri` in two countries and two
// years, whose cell figures are worked out by hand below.
#include <gtest/gtest.h>

#include "summitwatch/store.h"
#include "summitwatch/tone_series.h"
#include "test_store.h"

namespace {

using summitwatch::Table;
using summitwatch::ToneGroupBy;
using summitwatch::Value;

struct Sentence {
  const char* text;
  double compound;
  int bri_mentions;  // how often the sentence names the Belt and Road
};

// A document whose sentences are given with their compound; its GDELT tone is `gdelt`.
sw::test::CodedDocument Add(const char* id, const char* date, const char* kind, const char* country,
                            const char* source, double gdelt, const std::vector<Sentence>& sentences) {
  auto d = sw::test::Doc(id, date, kind, {}, {}, country);
  d.source = source;
  d.lang = "en";
  summitwatch::Coding c;
  c.lang = "en";
  for (const Sentence& s : sentences) {
    const uint32_t idx = sw::test::AddSentence(d, c, s.text, s.compound);
    const uint32_t start = c.sentences[idx].start;
    for (int m = 0; m < s.bri_mentions; ++m) c.mentions.push_back({"bri", "initiative", start, start + 4, idx, {}});
  }
  c.words = 10;
  c.tone.tone = gdelt;
  c.tone.words = 10;
  return {std::move(d), std::move(c)};
}

class ToneSeriesTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(OpenStoreWithKb(
        "- {id: bri, type: initiative, name: Belt and Road Initiative, aliases: {en: [Belt and Road], ru: [Пояс и "
        "путь]}}\n"));
    ASSERT_NO_FATAL_FAILURE(Insert({
        // KAZ 2020 (news): target 0.6 and 0.4 -> 0.5; GDELT 2 and 1 -> 1.5.
        Add("k1", "2020-03-01", "news", "KAZ", "Astana Daily", 2.0,
            {{"The Belt and Road brought fruitful cooperation.", 0.6, 1}, {"Trade grew.", 0.0, 0}}),
        Add("k2", "2020-07-01", "news", "KAZ", "Astana Daily", 1.0,
            {{"Belt and Road projects were warmly welcomed.", 0.4, 1}}),
        // KAZ 2020, not news: left out by --kind news.
        Add("k-decl", "2020-09-01", "declaration", "KAZ", "", 5.0,
            {{"The parties welcomed the excellent Belt and Road.", 0.9, 1}}),
        // KAZ 2021: k3 names the target only in a neutral sentence, and is negative elsewhere:
        // target 0, GDELT -4. With k4 (-0.7, -3): target -0.35, GDELT -3.5.
        Add("k3", "2021-02-01", "news", "KAZ", "Steppe Herald", -4.0,
            {{"The Belt and Road office opened in Almaty.", 0.0, 1},
             {"Critics condemned the terrible debt and the corruption.", -0.8, 0}}),
        Add("k4", "2021-05-01", "news", "KAZ", "Astana Daily", -3.0,
            {{"Belt and Road loans caused a painful debt crisis.", -0.7, 1}}),
        // UZB 2020: u1 names it twice in one sentence (counted once) and once more: (-0.6 - 0.2) / 2
        // = -0.4 over 2 sentences; u2 -0.2. Target -0.3, GDELT (-2.5 - 0.5) / 2 = -1.5, 3 sentences.
        Add("u1", "2020-04-01", "news", "UZB", "Tashkent Times", -2.5,
            {{"The Belt and Road is a disaster, and the Belt and Road is failing.", -0.6, 2},
             {"Officials condemned the delays.", -0.5, 0},
             {"The Belt and Road was discussed again.", -0.2, 1}}),
        Add("u2", "2020-10-01", "news", "UZB", "Tashkent Times", -0.5,
            {{"Belt and Road traffic slowed badly.", -0.2, 1}}),
        // Mentions something else only: in no cell.
        Add("other", "2020-05-01", "news", "KAZ", "Astana Daily", 3.0, {{"A great day.", 0.8, 0}}),
    }));
  }

  Table Series(ToneGroupBy by, summitwatch::DocFilter filter = {}) {
    summitwatch::ToneSeriesOptions o;
    o.target = "bri";
    o.by = by;
    o.filter = std::move(filter);
    auto t = summitwatch::ToneSeries(*store_, o);
    EXPECT_TRUE(t) << t.error().message;
    return t ? *t : Table{};
  }
};

int Col(const Table& t, const std::string& name) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].name == name) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no column " << name;
  return 0;
}
double Real(const Table& t, size_t row, const std::string& col) { return std::get<double>(t.rows[row][Col(t, col)]); }
int64_t Int(const Table& t, size_t row, const std::string& col) { return std::get<int64_t>(t.rows[row][Col(t, col)]); }
std::string Text(const Table& t, size_t row, const std::string& col) {
  return std::get<std::string>(t.rows[row][Col(t, col)]);
}

TEST_F(ToneSeriesTest, CountryYearCellsHaveCountsAndBothMeans) {
  summitwatch::DocFilter news;
  news.kind = {"news"};
  Table t = Series(ToneGroupBy::kCountryYear, news);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.columns[0].name, "country");
  EXPECT_EQ(t.columns[1].name, "year");
  // KAZ 2020, KAZ 2021, UZB 2020.
  EXPECT_EQ(Text(t, 0, "country"), "KAZ");
  EXPECT_EQ(Int(t, 0, "year"), 2020);
  EXPECT_EQ(Int(t, 0, "articles"), 2);
  EXPECT_EQ(Int(t, 0, "sentences"), 2);
  EXPECT_NEAR(Real(t, 0, "article_tone"), 1.5, 1e-12);
  EXPECT_NEAR(Real(t, 0, "target_tone"), 0.5, 1e-12);
  EXPECT_EQ(Int(t, 1, "year"), 2021);
  EXPECT_EQ(Int(t, 1, "articles"), 2);
  EXPECT_NEAR(Real(t, 1, "article_tone"), -3.5, 1e-12);
  EXPECT_NEAR(Real(t, 1, "target_tone"), -0.35, 1e-12);
  EXPECT_EQ(Text(t, 2, "country"), "UZB");
  EXPECT_EQ(Int(t, 2, "articles"), 2);
  EXPECT_EQ(Int(t, 2, "sentences"), 3);
  EXPECT_NEAR(Real(t, 2, "article_tone"), -1.5, 1e-12);
  EXPECT_NEAR(Real(t, 2, "target_tone"), -0.3, 1e-12);
}

TEST_F(ToneSeriesTest, IntervalsBracketTheMeansAndAreReproducible) {
  Table t = Series(ToneGroupBy::kYear);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(Int(t, 0, "articles"), 5);  // 2020: k1 k2 k-decl u1 u2
  for (size_t r = 0; r < t.rows.size(); ++r) {
    for (const char* m : {"article", "target"}) {
      const std::string name(m);
      const double lo = Real(t, r, name + "_lo"), mean = Real(t, r, name + "_tone"), hi = Real(t, r, name + "_hi");
      EXPECT_LE(lo, mean + 1e-12) << name << " row " << r;
      EXPECT_LE(mean, hi + 1e-12) << name << " row " << r;
      EXPECT_LT(lo, hi) << name << " row " << r;  // the documents differ, so the interval is not a point
    }
  }
  Table again = Series(ToneGroupBy::kYear);
  EXPECT_EQ(Real(t, 0, "target_lo"), Real(again, 0, "target_lo"));
  EXPECT_EQ(Real(t, 0, "article_hi"), Real(again, 0, "article_hi"));
}

TEST_F(ToneSeriesTest, NeutralMentionInANegativeArticleIsNotNegativeCoverage) {
  Table t = Series(ToneGroupBy::kSource);
  size_t row = t.rows.size();
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (t.rows[r][0] == Value{std::string("Steppe Herald")}) row = r;
  }
  ASSERT_LT(row, t.rows.size());
  EXPECT_EQ(Int(t, row, "articles"), 1);
  EXPECT_NEAR(Real(t, row, "article_tone"), -4.0, 1e-12);
  EXPECT_NEAR(Real(t, row, "target_tone"), 0.0, 1e-12);
  // One article: no interval.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.rows[row][Col(t, "target_lo")]));
}

TEST_F(ToneSeriesTest, UnknownTargetIsNotFound) {
  summitwatch::ToneSeriesOptions o;
  o.target = "no-such-thing";
  auto t = summitwatch::ToneSeries(*store_, o);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, summitwatch::ErrorCode::kNotFound);
  EXPECT_NE(t.error().message.find("no-such-thing"), std::string::npos);
}

}  // namespace
