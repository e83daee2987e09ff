// SPDX-License-Identifier: MIT
// Liveness on a tiny knowledge base whose answers are worked out by hand: a regional format with a
// yearly cadence and a council it decided to create, of which the only news says it has never met
// (dormant once 18 months have passed); a secretariat with its own six-month cadence whose opening
// is reported in the news; a format with no cadence at all (the default applies).
#include "summitwatch/liveness.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "analyze/liveness_rules.h"
#include "test_store.h"

namespace {

namespace fs = std::filesystem;
using summitwatch::Liveness;
using summitwatch::LivenessRules;
using summitwatch::Value;

constexpr const char* kKb = R"(
- {id: KAZ, type: country, name: Kazakhstan, region: ca, aliases: {en: [Kazakhstan], ru: [Казахстан]}}
- {id: USA, type: country, name: United States, region: na, aliases: {en: [United States], ru: [США]}}
- {id: ca, type: region, name: Central Asia, focus: true}
- {id: na, type: region, name: North America}
- {id: live, type: format, name: Live, members: [KAZ], initiator: KAZ, initiator_kind: regional, founded: 2018-03-15,
   cadence: [{level: heads-of-state, every_months: 12}, {level: expert, every_months: 36}],
   aliases: {en: [Live format], ru: [Живой формат]}}
- {id: council, type: body, name: The Council, kind: council, of: live, decided: 2023-09-14,
   aliases: {en: [the council], ru: [совет]}}
- {id: wg, type: body, name: Working Group, kind: working-group, of: live, aliases: {en: [the working group], ru: [группа]}}
- {id: quiet, type: format, name: Quiet, members: [KAZ, USA], initiator: USA, initiator_kind: external, founded: 2020-01-10,
   aliases: {en: [Quiet format], ru: [Тихий формат]}}
- {id: sec, type: body, name: Quiet Secretariat, kind: secretariat, of: quiet, established: 2021, seat: Washington,
   seat_country: USA, cadence: [{level: senior-officials, every_months: 6}], aliases: {en: [the secretariat], ru: [секретариат]}}
- {id: live-1, type: meeting, name: First, format: live, date: 2018-03-15, host: KAZ, aliases: {en: [first Live], ru: [первая]}}
- {id: live-2, type: meeting, name: Second, format: live, date: 2023-09-14, city: Astana, host: KAZ,
   aliases: {en: [second Live], ru: [вторая]}}
- {id: live-3, type: meeting, name: Planned, format: live, date: 2030-01-01, host: KAZ, aliases: {en: [third Live], ru: [третья]}}
- {id: quiet-1, type: meeting, name: Quiet one, format: quiet, date: 2020-01-10, host: USA,
   aliases: {en: [first Quiet], ru: [первая тихая]}}
)";

struct Sentence {
  std::string text;
  std::vector<std::pair<const char*, const char*>> mentions;  // entity, type
};

sw::test::CodedDocument Add(const char* id, const char* date, const char* kind, const char* format,
                            const std::vector<Sentence>& sentences) {
  auto d = sw::test::Doc(id, date, kind, {}, format);
  summitwatch::Coding c;
  c.lang = "en";
  for (const Sentence& s : sentences) {
    const uint32_t i = sw::test::AddSentence(d, c, s.text);
    const uint32_t start = c.sentences[i].start;
    for (auto [entity, type] : s.mentions) c.mentions.push_back({entity, type, start, start + 1, i, ""});
  }
  c.words = 10;
  return {std::move(d), std::move(c)};
}

class LivenessTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(OpenStoreWithKb(kKb));
    ASSERT_NO_FATAL_FAILURE(Insert({
        Add("live-decl", "2023-09-14", "declaration", "live", {{"We met.", {}}}),
        Add("never", "2024-08-12", "news", "",
            {{"Nothing happened.", {}},
             {"There is no public record that the council has met.", {{"council", "body"}}}}),
        Add("opened", "2024-02-01", "news", "",
            {{"The secretariat opened its office in Washington.", {{"sec", "body"}}}, {"More later.", {}}}),
        Add("mention", "2024-03-01", "news", "",
            {{"Experts discussed the Quiet format at length.", {{"quiet", "format"}}}}),
        Add("thanks", "2019-05-01", "statement", "", {{"The ministers thanked the working group.", {{"wg", "body"}}}}),
    }));

    rules_.activity = {{"met"}, {"opened"}, {"discussed"}, {"thanked"}};
    rules_.inactivity = {{"no", "public", "record"}};
  }

  Liveness Get(const std::string& id, const std::string& as_of) {
    auto all = summitwatch::ComputeLiveness(*store_, rules_, {as_of});
    EXPECT_TRUE(all) << all.error().message;
    if (all) {
      for (auto& l : *all) {
        if (l.id == id) return l;
      }
    }
    ADD_FAILURE() << "no entity " << id;
    return {};
  }

  LivenessRules rules_;
};

TEST_F(LivenessTest, ACouncilThatOnlyMakesNewsForNotMeetingIsDormant) {
  Liveness c = Get("council", "2025-06-30");
  EXPECT_EQ(c.type, "body");
  EXPECT_EQ(c.last_activity, "2023-09-14") << "no sign: counted from the decision";
  EXPECT_EQ(c.activity_from, "founded");
  EXPECT_EQ(c.cadence_months, 12) << "inherits its format's shortest cadence";
  EXPECT_EQ(c.cadence_from, "format");
  EXPECT_EQ(c.allowed_months, 18);
  EXPECT_EQ(c.months_since_activity, 21);
  EXPECT_EQ(c.dormant, true);
  ASSERT_EQ(c.recent_mentions.size(), 1u) << "the news that mentions it is kept as evidence";
  EXPECT_EQ(c.recent_mentions[0].sentence, 1u);
  EXPECT_FALSE(c.recent_mentions[0].activity);
  EXPECT_TRUE(c.reports.empty());
}

TEST_F(LivenessTest, AFormatMeetingOnScheduleIsAlive) {
  Liveness f = Get("live", "2024-06-30");
  EXPECT_EQ(f.meetings, 2) << "the 2030 meeting is planned, not held";
  EXPECT_EQ(f.meetings_by_year, (std::map<int, int64_t>{{2018, 1}, {2023, 1}}));
  EXPECT_EQ(f.documents, 1);
  EXPECT_EQ(f.last_activity, "2023-09-14");
  EXPECT_EQ(f.activity_from, "meeting") << "a tie between a meeting and a document goes to the meeting";
  EXPECT_EQ(f.cadence_months, 12) << "the shortest of its cadences";
  EXPECT_EQ(f.cadence_from, "own");
  EXPECT_EQ(f.months_since_activity, 9);
  EXPECT_EQ(f.dormant, false);
}

TEST_F(LivenessTest, OwnCadenceBeatsTheFormatsAndNoCadenceTakesTheDefault) {
  Liveness s = Get("sec", "2024-06-30");
  EXPECT_EQ(s.cadence_months, 6);
  EXPECT_EQ(s.cadence_from, "own");
  EXPECT_EQ(s.allowed_months, 9);
  EXPECT_EQ(s.last_activity, "2024-02-01");
  EXPECT_EQ(s.activity_from, "news");
  ASSERT_EQ(s.reports.size(), 1u);
  EXPECT_EQ(s.reports[0].sentence, 0u);
  EXPECT_EQ(s.dormant, false);

  Liveness q = Get("quiet", "2024-06-30");
  EXPECT_FALSE(q.cadence_months.has_value());
  EXPECT_EQ(q.cadence_from, "default");
  EXPECT_EQ(q.allowed_months, 36) << "1.5 x the 24-month default";
  // Its own news item and its secretariat's opening are both signs of the format's activity.
  EXPECT_EQ(q.last_activity, "2024-03-01");
  EXPECT_EQ(q.reports.size(), 2u);
  EXPECT_EQ(q.reports_by_year, (std::map<int, int64_t>{{2024, 2}}));
}

TEST_F(LivenessTest, AnOfficialTextReportingItsWorkCountsAndAnUndatedBodyStartsWithItsFormat) {
  Liveness before = Get("wg", "2019-01-01");
  EXPECT_EQ(before.activity_from, "founded");
  EXPECT_EQ(before.last_activity, "2018-03-15") << "no date of its own: its format's founding";
  EXPECT_EQ(before.months_since_activity, 9);
  Liveness wg = Get("wg", "2020-06-30");
  EXPECT_EQ(wg.activity_from, "document");
  EXPECT_EQ(wg.last_activity, "2019-05-01");
  ASSERT_EQ(wg.reports.size(), 1u);
  EXPECT_FALSE(wg.reports[0].news);
  EXPECT_EQ(wg.dormant, false);
  EXPECT_EQ(Get("wg", "2024-06-30").dormant, true);
}

TEST_F(LivenessTest, TheBoundaryIsExclusiveAndNothingAfterAsOfCounts) {
  // 2023-09-14 + 18 months = 2025-03-14; the 19th month is complete on 2025-04-14.
  EXPECT_EQ(Get("council", "2025-04-13").months_since_activity, 18);
  EXPECT_EQ(Get("council", "2025-04-13").dormant, false);
  EXPECT_EQ(Get("council", "2025-04-14").months_since_activity, 19);
  EXPECT_EQ(Get("council", "2025-04-14").dormant, true);
  // The secretariat's opening is news of 2024-02-01: the day before, only its establishment
  // (2021, read as 2021-12-31) counts, 25 months against 9 allowed.
  Liveness before = Get("sec", "2024-01-31");
  EXPECT_EQ(before.activity_from, "founded");
  EXPECT_EQ(before.months_since_activity, 25);
  EXPECT_EQ(before.dormant, true);
  EXPECT_EQ(Get("sec", "2024-02-01").dormant, false);
  // Not founded yet: neither alive nor dormant.
  Liveness early = Get("council", "2023-01-01");
  EXPECT_FALSE(early.dormant.has_value());
  EXPECT_FALSE(early.months_since_activity.has_value());
}

TEST_F(LivenessTest, TablesKeepTheRegistryColumnsAndAddBooleanDormant) {
  auto t = summitwatch::FormatLiveness(*store_, rules_, {"2025-06-30"});
  ASSERT_TRUE(t) << t.error().message;
  auto registry = summitwatch::FormatRegistry(*store_, "2025-06-30");
  ASSERT_TRUE(registry);
  for (size_t c = 0; c < registry->columns.size(); ++c) EXPECT_EQ(t->columns[c].name, registry->columns[c].name);
  std::map<std::string, size_t> col;
  for (size_t c = 0; c < t->columns.size(); ++c) col[t->columns[c].name] = c;
  ASSERT_TRUE(col.count("dormant") && col.count("meetings_by_year") && col.count("allowed_months"));
  EXPECT_EQ(t->columns[col["dormant"]].kind, summitwatch::Column::Kind::kBool);
  for (const auto& row : t->rows) {
    if (row[0] != Value{std::string("live")}) continue;
    EXPECT_EQ(row[col["meetings_by_year"]], Value{std::string("2018:1 2023:1")});
    EXPECT_EQ(row[col["dormant"]], Value{int64_t{1}}) << "21 months since 2023-09-14, 18 allowed";
  }
  auto bodies = summitwatch::BodyLiveness(*store_, rules_, {"2025-06-30"});
  ASSERT_TRUE(bodies);
  EXPECT_EQ(bodies->columns[0].name, "body");
  EXPECT_EQ(bodies->columns.back().name, "dormant");

  auto by_year = summitwatch::LivenessByYear(*store_, rules_, {"2025-06-30"}, false);
  ASSERT_TRUE(by_year);
  int64_t meetings = 0, rows_of_live = 0;
  for (const auto& row : by_year->rows) {
    if (row[0] != Value{std::string("live")}) continue;
    ++rows_of_live;
    meetings += std::get<int64_t>(row[2]);
  }
  EXPECT_EQ(rows_of_live, 2025 - 2018 + 1) << "every year from the founding to the as-of year";
  EXPECT_EQ(meetings, 2);
}

TEST_F(LivenessTest, ABadAsOfDateIsRefused) {
  auto t = summitwatch::FormatLiveness(*store_, rules_, {"2025-13-01"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "expected the as-of date to be YYYY, YYYY-MM or YYYY-MM-DD, found '2025-13-01'.");
}

TEST(LivenessRulesTest, TheShippedRulesTellWorkFromSilence) {
  auto rules = summitwatch::LoadLivenessRules(std::string(SW_SOURCE_DIR) + "/data/cues/liveness.yaml");
  ASSERT_TRUE(rules) << rules.error().message;
  EXPECT_DOUBLE_EQ(rules->grace, 1.5);
  EXPECT_EQ(rules->default_cadence_months, 24);
  using sw::analyze::ReportsActivity;
  EXPECT_TRUE(ReportsActivity(*rules, "The China–Central Asia Secretariat was inaugurated in Xi'an on 30 March."));
  EXPECT_TRUE(ReportsActivity(*rules, "В Астане прошла шестая Консультативная встреча глав государств."));
  EXPECT_FALSE(ReportsActivity(*rules,
                               "Almost a year after the leaders decided to create a Council of National "
                               "Coordinators, there is no public record that the body has met."));
  EXPECT_FALSE(ReportsActivity(*rules, "Два года назад лидеры решили создать Совет национальных координаторов."));
  EXPECT_FALSE(ReportsActivity(*rules, "Спустя три месяца о его работе ничего не известно, хотя встреча прошла."));
}

TEST(LivenessRulesTest, BadRulesAreLocated) {
  const fs::path p = fs::temp_directory_path() / ("sw-liveness-rules-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(p) << "grace: 0.5\nactivity: {en: [met]}\n";
  auto r = summitwatch::LoadLivenessRules(p.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, p.string() + ":1: expected 'grace' to be a number of at least 1.");
  std::ofstream(p) << "activity: {en: [met]}\nwindow: 3\n";
  r = summitwatch::LoadLivenessRules(p.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            p.string() + ":2: unknown key 'window'; expected grace, default_cadence_months, activity, inactivity.");
  std::ofstream(p) << "grace: 2\n";
  r = summitwatch::LoadLivenessRules(p.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, p.string() + ": expected at least one 'activity' phrase.");
  const std::pair<const char*, std::string> cases[] = {
      {"default_cadence_months: -3\n", ":1: expected 'default_cadence_months' to be a positive whole number."},
      {"activity: [met]\n", ":1: expected 'activity' to be a map from language to phrases."},
      {"activity:\n  en: met\n", ":2: expected a list of phrases under 'activity' en."},
      {"activity:\n  en: [met, '...']\n", ":2: expected a phrase of at least one word."},
      {"- grace\n", ": expected a map of rules."},
      {"grace: [\n", ":2: invalid YAML: end of sequence flow not found."},
  };
  for (const auto& [yaml, message] : cases) {
    std::ofstream(p) << yaml;
    r = summitwatch::LoadLivenessRules(p.string());
    ASSERT_FALSE(r) << yaml;
    EXPECT_EQ(r.error().message, p.string() + message) << yaml;
  }
  fs::remove(p);
  r = summitwatch::LoadLivenessRules(p.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "cannot read the liveness rules " + p.string() + ".");
}

}  // namespace
