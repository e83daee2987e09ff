// SPDX-License-Identifier: MIT
// The questions answered from a store, on four hand-coded documents whose answers are worked out
// by hand below: area profiles (from the aggregates and from the rows, which must agree),
// comparisons, the mention matrix and the formats registry.
#include <gtest/gtest.h>

#include "summitwatch/store.h"
#include "test_store.h"

namespace {

using summitwatch::GroupBy;
using summitwatch::Table;
using summitwatch::Value;
using sw::test::Doc;
using sw::test::TwoSentences;

class QueriesTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(OpenStoreWithKb(
        "- {id: f1, type: format, name: Format one, members: [KAZ, USA], initiator: USA, initiator_kind: external,"
        " founded: 2015, aliases: {en: [F1], ru: [Ф1]}}\n"
        "- {id: f1-2019, type: meeting, name: First, format: f1, date: 2019-05-01, host: KAZ,"
        " aliases: {en: [first F1], ru: [первая Ф1]}}\n"
        "- {id: f1-2030, type: meeting, name: Planned, format: f1, date: 2030-01-01, host: USA,"
        " aliases: {en: [planned F1], ru: [будущая Ф1]}}\n"));
    ASSERT_NO_FATAL_FAILURE(Insert({
        // a: economy 1.0 in sentence 0, economy and security 0.5 each in sentence 1 -> 0.75 / 0.25.
        TwoSentences(Doc("a", "2020-01-01", "declaration", {"KAZ", "USA"}, "f1"),
                     {{"X", "organisation", 0, 3, 0, "welcomes"}}, {{"economy", 0.75}, {"security", 0.25}},
                     {{0, "economy", 1, 1}, {1, "economy", 0.5, 1}, {1, "security", 0.5, 1}}),
        TwoSentences(Doc("b", "2020-06-01", "statement", {"KAZ"}, "f1"), {{"X", "organisation", 0, 3, 0, ""}},
                     {{"security", 1.0}}, {{0, "security", 1, 2}}),
        TwoSentences(Doc("c", "2021-03-01", "news", {}, "", "UZB"), {{"f1", "format", 5, 8, 1, ""}},
                     {{"economy", 1.0}}, {{1, "economy", 1, 1}}),
        TwoSentences(Doc("d", "2021-05-01", "declaration", {"CHN"}, "f2"), {}),
    }));
  }

  // The row whose first cell is `key` (NULL when empty), as column name -> value.
  static std::map<std::string, Value> Row(const Table& t, const Value& key) {
    for (const auto& row : t.rows) {
      if (row[0] == key) {
        std::map<std::string, Value> m;
        for (size_t c = 0; c < t.columns.size(); ++c) m[t.columns[c].name] = row[c];
        return m;
      }
    }
    ADD_FAILURE() << "no row for the key";
    return {};
  }
  static double Share(const std::map<std::string, Value>& row, const std::string& area) {
    auto it = row.find(area);
    return it == row.end() ? -1 : std::get<double>(it->second);
  }
};

TEST_F(QueriesTest, ProfilesAverageDocumentSharesEachDocumentWeighingTheSame) {
  auto t = summitwatch::AreaProfiles(*store_, GroupBy::kIssuer, {});
  ASSERT_TRUE(t) << t.error().message;
  auto kaz = Row(*t, std::string("KAZ"));
  EXPECT_EQ(std::get<int64_t>(kaz["documents"]), 2);
  EXPECT_DOUBLE_EQ(Share(kaz, "economy"), 0.375);
  EXPECT_DOUBLE_EQ(Share(kaz, "security"), 0.625);
  auto usa = Row(*t, std::string("USA"));
  EXPECT_DOUBLE_EQ(Share(usa, "economy"), 0.75);
  auto chn = Row(*t, std::string("CHN"));
  EXPECT_EQ(std::get<int64_t>(chn["coded"]), 0);
  EXPECT_DOUBLE_EQ(Share(chn, "economy"), 0.0);
  auto none = Row(*t, Value{});
  EXPECT_DOUBLE_EQ(Share(none, "economy"), 1.0);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t->rows.back()[0])) << "documents without an issuer come last";
}

TEST_F(QueriesTest, AggregatesAndRowsGiveTheSameProfiles) {
  summitwatch::DocFilter everything;
  everything.from = "1900";
  for (GroupBy by : {GroupBy::kYear, GroupBy::kIssuer, GroupBy::kFormat, GroupBy::kCountry}) {
    auto fast = summitwatch::AreaProfiles(*store_, by, {});
    auto slow = summitwatch::AreaProfiles(*store_, by, everything);
    ASSERT_TRUE(fast && slow);
    ASSERT_EQ(fast->rows.size(), slow->rows.size());
    for (size_t r = 0; r < fast->rows.size(); ++r) {
      for (size_t c = 0; c < fast->columns.size(); ++c) {
        const Value& a = fast->rows[r][c];
        const Value& b = slow->rows[r][c];
        if (std::holds_alternative<double>(a)) {
          EXPECT_NEAR(std::get<double>(a), std::get<double>(b), 1e-12);
        } else {
          EXPECT_EQ(a, b);
        }
      }
    }
  }
  auto years = summitwatch::AreaProfiles(*store_, GroupBy::kYear, {});
  EXPECT_EQ(years->rows[0][0], Value{int64_t{2020}});
  EXPECT_DOUBLE_EQ(Share(Row(*years, int64_t{2021}), "economy"), 1.0);
}

TEST_F(QueriesTest, FiltersSelectDocuments) {
  summitwatch::DocFilter f;
  f.kind = {"declaration"};
  f.to = "2020";
  auto t = summitwatch::ListDocuments(*store_, f);
  ASSERT_TRUE(t);
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][0], Value{std::string("a")});
  f = {};
  f.from = "2020-13";
  auto bad = summitwatch::ListDocuments(*store_, f);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "expected --from as YYYY, YYYY-MM or YYYY-MM-DD, found '2020-13'.");
}

TEST_F(QueriesTest, CompareListsBothProfiles) {
  auto t = summitwatch::CompareAreas(*store_, std::nullopt, "KAZ", "USA", {});
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->columns[1].name, "KAZ");
  auto economy = Row(*t, std::string("economy"));
  EXPECT_DOUBLE_EQ(std::get<double>(economy["difference"]), -0.375);
  auto formats = summitwatch::CompareAreas(*store_, std::nullopt, "f1", "f2", {});
  ASSERT_FALSE(formats);
  EXPECT_EQ(formats.error().message, "no area-coded documents for format 'f2' in the store.");
}

TEST_F(QueriesTest, MentionMatrixShowsSilentGroupsAsZeros) {
  auto t = summitwatch::MentionMatrix(*store_, GroupBy::kIssuer, "X", {});
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->rows.size(), 4u);
  auto kaz = Row(*t, std::string("KAZ"));
  EXPECT_EQ(kaz["documents"], Value{int64_t{2}});
  EXPECT_EQ(kaz["mentioning"], Value{int64_t{2}});
  EXPECT_EQ(kaz["welcomes"], Value{int64_t{1}});
  EXPECT_EQ(kaz["no_stance"], Value{int64_t{1}});
  auto chn = Row(*t, std::string("CHN"));
  EXPECT_EQ(chn["documents"], Value{int64_t{1}});
  EXPECT_EQ(chn["mentions"], Value{int64_t{0}});
  auto all = summitwatch::MentionMatrix(*store_, GroupBy::kFormat, "", {});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->columns[1].name, "entity");
}

TEST_F(QueriesTest, RegistryTakesTheLatestSignOfActivity) {
  auto t = summitwatch::FormatRegistry(*store_, "2025-01-01");
  ASSERT_TRUE(t) << t.error().message;
  auto f1 = Row(*t, std::string("f1"));
  EXPECT_EQ(f1["members"], Value{std::string("KAZ USA")});
  EXPECT_EQ(f1["meetings"], Value{int64_t{1}}) << "the 2030 meeting is planned, not held";
  EXPECT_EQ(f1["last_meeting"], Value{std::string("2019-05-01")});
  EXPECT_EQ(f1["documents"], Value{int64_t{2}});
  EXPECT_EQ(f1["last_activity"], Value{std::string("2021-03-01")});
  EXPECT_EQ(f1["activity_from"], Value{std::string("news")});
}

TEST_F(QueriesTest, DocumentsComeBackWithTheirCoding) {
  auto d = summitwatch::GetDocument(*store_, "a");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->doc.issuer, (std::vector<std::string>{"KAZ", "USA"}));
  ASSERT_EQ(d->sentences.size(), 2u);
  EXPECT_EQ(d->sentences[1].areas.size(), 2u);
  ASSERT_EQ(d->mentions.size(), 1u);
  EXPECT_EQ(d->mentions[0].stance, "welcomes");
  auto by_hash = summitwatch::GetDocument(*store_, "nothing");
  EXPECT_FALSE(by_hash);
}

}  // namespace
