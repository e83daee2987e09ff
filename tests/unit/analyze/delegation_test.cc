// SPDX-License-Identifier: MIT
// The delegation index on a tiny knowledge base computed by hand, and on the shipped one with
// facts of the article: China–Central Asia was initiated by China, the Consultative Meetings by
// the region, the 2023 Xi'an summit was hosted by China.
#include "summitwatch/delegation.h"

#include <gtest/gtest.h>

#include <map>

#include "test_store.h"

namespace {

summitwatch::DelegationOptions Options(std::string as_of, int from = 0, int to = 0, std::string region = {}) {
  summitwatch::DelegationOptions o;
  o.as_of = std::move(as_of);
  o.from_year = from;
  o.to_year = to;
  o.region = std::move(region);
  return o;
}

using summitwatch::Table;
using summitwatch::Value;

constexpr const char* kKb = R"(
- {id: KAZ, type: country, name: Kazakhstan, region: ca, aliases: {en: [Kazakhstan], ru: [Казахстан]}}
- {id: UZB, type: country, name: Uzbekistan, region: ca, aliases: {en: [Uzbekistan], ru: [Узбекистан]}}
- {id: USA, type: country, name: United States, region: na, aliases: {en: [United States], ru: [США]}}
- {id: ca, type: region, name: Central Asia, focus: true}
- {id: na, type: region, name: North America}
- {id: empty, type: region, name: Nobody's}
- {id: own, type: format, name: Own, members: [KAZ, UZB], initiator: UZB, initiator_kind: regional, founded: 2018-03-15,
   aliases: {en: [Own format], ru: [Свой формат]}}
- {id: council, type: body, name: Council, kind: council, of: own, decided: 2023-09-14, aliases: {en: [the council], ru: [совет]}}
- {id: plus, type: format, name: Plus, members: [USA, KAZ, UZB], initiator: USA, initiator_kind: external, founded: 2020-01-10,
   aliases: {en: [Plus format], ru: [Плюс формат]}}
- {id: sec, type: body, name: Plus Secretariat, kind: secretariat, of: plus, established: 2021, seat: Washington,
   seat_country: USA, aliases: {en: [the secretariat], ru: [секретариат]}}
- {id: wg, type: body, name: Plus Working Group, kind: working-group, of: plus, aliases: {en: [the working group], ru: [рабочая группа]}}
- {id: elsewhere, type: format, name: Elsewhere, members: [USA], initiator: USA, initiator_kind: external, founded: 2010,
   aliases: {en: [Elsewhere format], ru: [Другой формат]}}
- {id: own-1, type: meeting, name: First, format: own, date: 2018-03-15, host: KAZ, aliases: {en: [first Own], ru: [первая]}}
- {id: own-2, type: meeting, name: Second, format: own, date: 2023-09-14, host: UZB, aliases: {en: [second Own], ru: [вторая]}}
- {id: plus-1, type: meeting, name: Plus one, format: plus, date: 2020-01-10, city: Washington, host: USA,
   aliases: {en: [first Plus], ru: [первая плюс]}}
- {id: plus-2, type: meeting, name: Plus two, format: plus, date: 2023-03-01, city: Luxembourg, aliases: {en: [second Plus], ru: [вторая плюс]}}
- {id: plus-3, type: meeting, name: Plus three, format: plus, date: 2030-01-01, host: USA, aliases: {en: [third Plus], ru: [третья плюс]}}
)";

class DelegationTest : public sw::test::TempStoreTest {
 protected:
  void OpenTiny(const std::string& yaml = kKb) { OpenStoreWithKb(yaml); }

  // Row of `t` whose column `key` is `value`, as column name -> cell.
  static std::map<std::string, Value> Row(const Table& t, const std::string& key, const Value& value) {
    size_t k = 0;
    while (k < t.columns.size() && t.columns[k].name != key) ++k;
    for (const auto& row : t.rows) {
      if (k < row.size() && row[k] == value) {
        std::map<std::string, Value> m;
        for (size_t c = 0; c < t.columns.size(); ++c) m[t.columns[c].name] = row[c];
        return m;
      }
    }
    ADD_FAILURE() << "no row with " << key;
    return {};
  }
  static int64_t I(const Value& v) { return std::get<int64_t>(v); }
  static double D(const Value& v) { return std::get<double>(v); }
};

TEST_F(DelegationTest, AYearWorkedOutByHand) {
  OpenTiny();
  auto t = summitwatch::DelegationIndex(*store_, Options("2025-12-31"));
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(I(t->rows.front()[0]), 2018)
      << "the first year one of the region's formats exists ('elsewhere' is not ours)";
  EXPECT_EQ(I(t->rows.back()[0]), 2025);
  // 2023: formats own (regional) and plus (external); meetings own-2 (hosted by UZB) and plus-2 (no
  // host recorded); bodies council (decided 2023, of a regional format), sec (seat USA) and wg
  // (no date: exists with its format, which is external).
  auto y = Row(*t, "year", int64_t{2023});
  EXPECT_EQ(I(y["formats_total"]), 2);
  EXPECT_EQ(I(y["formats_external"]), 1);
  EXPECT_EQ(I(y["formats_regional"]), 1);
  EXPECT_EQ(I(y["meetings_total"]), 2);
  EXPECT_EQ(I(y["meetings_hosted_external"]), 0);
  EXPECT_EQ(I(y["meetings_hosted_regional"]), 1);
  EXPECT_EQ(I(y["meetings_host_unknown"]), 1);
  EXPECT_EQ(I(y["bodies_total"]), 3);
  EXPECT_EQ(I(y["bodies_external"]), 2);
  EXPECT_EQ(I(y["bodies_regional"]), 1);
  EXPECT_DOUBLE_EQ(D(y["share_formats_external"]), 0.5);
  EXPECT_DOUBLE_EQ(D(y["share_meetings_external"]), 0.0);
  EXPECT_DOUBLE_EQ(D(y["share_bodies_external"]), 2.0 / 3);
  EXPECT_DOUBLE_EQ(D(y["index_external"]), (0.5 + 0.0 + 2.0 / 3) / 3);
  EXPECT_DOUBLE_EQ(D(y["share_meetings_regional"]), 0.5);
  EXPECT_DOUBLE_EQ(D(y["index_regional"]), (0.5 + 0.5 + 1.0 / 3) / 3);
  // 2019: no meetings, so the index is the mean of the two shares that exist.
  auto y19 = Row(*t, "year", int64_t{2019});
  EXPECT_EQ(I(y19["formats_total"]), 1);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(y19["share_meetings_external"]));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(y19["share_bodies_external"]));
  EXPECT_DOUBLE_EQ(D(y19["index_external"]), 0.0);
  // 2020: plus founded (with wg), plus-1 hosted by the USA.
  auto y20 = Row(*t, "year", int64_t{2020});
  EXPECT_EQ(I(y20["meetings_hosted_external"]), 1);
  EXPECT_DOUBLE_EQ(D(y20["index_external"]), (0.5 + 1.0 + 1.0) / 3);
}

TEST_F(DelegationTest, AsOfAndYearRangeBoundTheRows) {
  OpenTiny();
  auto t = summitwatch::DelegationIndex(*store_, Options("2023-06-30", 2022, 2030));
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->rows.size(), 2u) << "2022 and 2023: the as-of year caps --to";
  auto y = Row(*t, "year", int64_t{2023});
  EXPECT_EQ(I(y["meetings_total"]), 1) << "own-2 (September) is after the as-of date";
  EXPECT_EQ(I(y["bodies_total"]), 2) << "the council was decided in September, after the as-of date";
}

TEST_F(DelegationTest, ItemsSayWhy) {
  OpenTiny();
  auto items = summitwatch::DelegationItems(*store_, Options("2025-12-31"), 2023);
  ASSERT_TRUE(items) << items.error().message;
  auto sec = Row(*items, "id", std::string("sec"));
  EXPECT_EQ(sec["side"], Value{std::string("external")});
  EXPECT_EQ(sec["why"],
            Value{std::string("seat Washington (USA), outside Central Asia; of plus, initiated by USA (external)")});
  auto meeting = Row(*items, "id", std::string("plus-2"));
  EXPECT_EQ(meeting["side"], Value{std::string("unknown")});
  EXPECT_EQ(meeting["why"], Value{std::string("no host recorded (Luxembourg)")});
  auto own = Row(*items, "id", std::string("own-2"));
  EXPECT_EQ(own["why"], Value{std::string("hosted by UZB, in Central Asia")});
}

TEST_F(DelegationTest, AnotherRegionJudgesByTheInitiatorsMembership) {
  OpenTiny();
  auto t = summitwatch::DelegationIndex(*store_, Options("2025-12-31", 0, 0, "na"));
  ASSERT_TRUE(t) << t.error().message;
  auto y = Row(*t, "year", int64_t{2023});
  // From North America's side: plus and elsewhere were initiated by the USA (its own), own by UZB.
  EXPECT_EQ(I(y["formats_total"]), 2) << "own has no North American member";
  EXPECT_EQ(I(y["formats_regional"]), 2);
}

TEST_F(DelegationTest, WithoutAFocusRegionItSaysWhatIsMissing) {
  std::string kb = kKb;
  kb.replace(kb.find(", focus: true"), 13, "");
  OpenTiny(kb);
  auto t = summitwatch::DelegationIndex(*store_, {});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, summitwatch::ErrorCode::kNotFound);
  EXPECT_EQ(t.error().message,
            "the knowledge base has no focus region (a region entity with 'focus: true', docs/KB.md).");
  t = summitwatch::DelegationIndex(*store_, Options("", 0, 0, "nowhere"));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "no region 'nowhere' in the knowledge base.");
  t = summitwatch::DelegationIndex(*store_, Options("", 0, 0, "empty"));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "region 'empty' has no member countries (no country names it as its 'region').");
  t = summitwatch::DelegationIndex(*store_, Options("2025-02-30", 0, 0, "ca"));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "expected the as-of date to be YYYY, YYYY-MM or YYYY-MM-DD, found '2025-02-30'.");
}

TEST_F(DelegationTest, TheShippedKnowledgeBaseKnowsWhoRunsWhat) {
  OpenStore(std::string(SW_SOURCE_DIR) + "/data/kb");
  auto items = summitwatch::DelegationItems(*store_, Options("2023-12-31"), 2023);
  ASSERT_TRUE(items) << items.error().message;
  EXPECT_EQ(Row(*items, "id", std::string("china-ca"))["side"], Value{std::string("external")});
  EXPECT_EQ(Row(*items, "id", std::string("ca-consultative-meeting"))["side"], Value{std::string("regional")});
  auto xian = Row(*items, "id", std::string("china-ca-summit-2023"));
  EXPECT_EQ(xian["side"], Value{std::string("external")});
  EXPECT_EQ(xian["why"], Value{std::string("hosted by CHN in Xi'an, outside Central Asia")});
  EXPECT_EQ(Row(*items, "id", std::string("ca-consultative-meeting-5"))["side"], Value{std::string("regional")});
  EXPECT_EQ(Row(*items, "id", std::string("ca-national-coordinators-council"))["side"], Value{std::string("regional")});
  for (const auto& row : items->rows)
    EXPECT_NE(row[1], Value{std::string("china-ca-secretariat")}) << "established 2024";
}

}  // namespace
