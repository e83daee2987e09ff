// SPDX-License-Identifier: MIT
// The acknowledgement network on five hand-coded documents whose edges, stance counts and
// silences are worked out by hand below; the default subjects from the knowledge base.
#include <gtest/gtest.h>

#include "analyze/mention_network.h"
#include "summitwatch/mention_network.h"
#include "test_store.h"

namespace {

using summitwatch::Table;
using summitwatch::Value;
using sw::test::Doc;
using sw::test::TwoSentences;

class MentionNetworkTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    // One external and one regional format; the regional one has a meeting, a body and an
    // agreement signed at the meeting; an initiative the news mention, one nobody mentions.
    ASSERT_NO_FATAL_FAILURE(OpenStoreWithKb(
        "- {id: ext, type: format, name: External, members: [KAZ, USA], initiator: USA, initiator_kind: external,"
        " founded: 2015, aliases: {en: [EXT]}}\n"
        "- {id: reg, type: format, name: Regional, members: [KAZ], initiator: KAZ, initiator_kind: regional,"
        " founded: 2018, aliases: {en: [REG]}}\n"
        "- {id: reg-1, type: meeting, name: First regional, format: reg, date: 2019-05-01, host: KAZ,"
        " aliases: {en: [first REG]}}\n"
        "- {id: reg-council, type: body, name: Council, kind: council, of: reg, decided: 2019-05-01,"
        " aliases: {en: [REG council]}}\n"
        "- {id: reg-pact, type: agreement, name: Pact, kind: agreement, signed: 2019-05-01, meeting: reg-1,"
        " aliases: {en: [REG pact]}}\n"
        "- {id: road, type: initiative, name: Road, aliases: {en: [Road]}}\n"
        "- {id: quiet, type: initiative, name: Quiet, aliases: {en: [Quiet]}}\n"
        "- {id: KAZ, type: country, name: Kazakhstan, aliases: {en: [Kazakhstan]}}\n"));
    ASSERT_NO_FATAL_FAILURE(Insert({
        // a (KAZ, USA): welcomes ext in sentence 0; supports the regional meeting in sentence 1.
        TwoSentences(Doc("a", "2020-01-01", "declaration", {"KAZ", "USA"}, "ext"),
                     {{"ext", "format", 0, 3, 0, "welcomes"}, {"reg-1", "meeting", 5, 8, 1, "supports"},
                      {"road", "initiative", 5, 8, 1, ""}}),
        // b (KAZ): welcomes reg twice in one sentence, the council without stance, a country.
        TwoSentences(Doc("b", "2021-01-01", "statement", {"KAZ"}, "reg"),
                     {{"reg", "format", 0, 1, 0, "welcomes"}, {"reg", "format", 2, 3, 0, "welcomes"},
                      {"reg-council", "body", 5, 8, 1, ""}, {"KAZ", "country", 5, 8, 1, ""}}),
        // c (USA): notes ext.
        TwoSentences(Doc("c", "2022-01-01", "statement", {"USA"}, "ext"), {{"ext", "format", 0, 3, 0, "notes"}}),
        // d: a news item (no issuer) mentioning the regional format and the initiative twice.
        TwoSentences(Doc("d", "2022-02-01", "news", {}, ""),
                     {{"reg", "format", 0, 3, 0, "welcomes"}, {"road", "initiative", 5, 8, 1, ""},
                      {"road", "initiative", 5, 8, 1, ""}}),
        // e (CHN): mentions nothing.
        TwoSentences(Doc("e", "2022-03-01", "declaration", {"CHN"}, "other"), {}),
    }));
  }

  // The row for (source, entity, edge) as column name -> value; empty when absent.
  static std::map<std::string, Value> Row(const Table& t, const std::string& source, const std::string& entity,
                                          const std::string& edge = "mention") {
    for (const auto& row : t.rows) {
      std::map<std::string, Value> m;
      for (size_t c = 0; c < t.columns.size(); ++c) m[t.columns[c].name] = row[c];
      if (m["source"] == Value{source} && m["entity"] == Value{entity} && m["edge"] == Value{edge}) return m;
    }
    return {};
  }
  static int64_t I(std::map<std::string, Value>& row, const std::string& column) {
    auto* v = std::get_if<int64_t>(&row[column]);
    return v ? *v : -1;
  }
};

TEST_F(MentionNetworkTest, RegionalInstitutionsAreTheRegionalFormatsBodiesAndAgreements) {
  auto r = summitwatch::RegionalInstitutions(*store_);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, (std::vector<std::string>{"reg", "reg-council", "reg-pact"}));
}

TEST_F(MentionNetworkTest, MostMentionedInitiativesCountNewsOnly) {
  auto r = summitwatch::MostMentionedInitiatives(*store_, 5);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, std::vector<std::string>{"road"}) << "an initiative no news item mentions is left out";
}

TEST_F(MentionNetworkTest, EdgesCountDocumentsMentionsAndStances) {
  auto t = summitwatch::MentionNetwork(*store_, {}, {"reg", "reg-council", "reg-pact"});
  ASSERT_TRUE(t) << t.error().message;

  auto kaz_reg = Row(*t, "KAZ", "reg");
  ASSERT_FALSE(kaz_reg.empty()) << "a meeting counts for its format";
  EXPECT_EQ(I(kaz_reg, "source_documents"), 2);
  EXPECT_EQ(I(kaz_reg, "documents"), 2);
  EXPECT_EQ(I(kaz_reg, "mentions"), 3);
  EXPECT_EQ(I(kaz_reg, "welcomes"), 2);
  EXPECT_EQ(I(kaz_reg, "supports"), 1);
  EXPECT_EQ(kaz_reg["dominant"], Value{std::string("welcomes")});
  EXPECT_EQ(kaz_reg["entity_type"], Value{std::string("format")});

  auto usa_ext = Row(*t, "USA", "ext");
  EXPECT_EQ(I(usa_ext, "documents"), 2);
  EXPECT_EQ(I(usa_ext, "welcomes"), 1);
  EXPECT_EQ(I(usa_ext, "notes"), 1);
  EXPECT_EQ(usa_ext["dominant"], Value{std::string("welcomes")}) << "a tie goes to the documented order";

  auto council = Row(*t, "KAZ", "reg-council");
  EXPECT_EQ(I(council, "no_stance"), 1);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(council["dominant"])) << "no mention takes a stance";

  EXPECT_TRUE(Row(*t, "KAZ", "KAZ").empty()) << "countries are actors, not institutions";
  for (const auto& row : t->rows) {
    EXPECT_NE(row[0], Value{std::string()}) << "documents without an issuer (news) are no source";
  }
}

TEST_F(MentionNetworkTest, SilencesListEverySourceThatNeverMentionsAnAcknowledgedEntity) {
  auto t = summitwatch::MentionNetwork(*store_, {}, {"reg", "reg-council", "reg-pact"});
  ASSERT_TRUE(t) << t.error().message;
  std::vector<std::pair<std::string, std::string>> silences;
  bool in_silences = false;
  for (const auto& row : t->rows) {
    const auto& edge = std::get<std::string>(row.back());
    if (edge == "silence") {
      in_silences = true;
      silences.emplace_back(std::get<std::string>(row[0]), std::get<std::string>(row[1]));
    } else {
      EXPECT_FALSE(in_silences) << "mentions come first, then silences";
    }
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"CHN", "reg"},        {"CHN", "reg-council"}, {"USA", "reg-council"},
      {"CHN", "reg-pact"},   {"KAZ", "reg-pact"},    {"USA", "reg-pact"}};
  EXPECT_EQ(silences, expected);
  auto chn = Row(*t, "CHN", "reg", "silence");
  EXPECT_EQ(I(chn, "source_documents"), 1);
  EXPECT_EQ(I(chn, "documents"), 0);
  EXPECT_EQ(chn["entity_type"], Value{std::string("format")});
}

TEST_F(MentionNetworkTest, TheFilterSelectsTheSourcesDocuments) {
  summitwatch::DocFilter f;
  f.format = {"ext"};
  auto t = summitwatch::MentionNetwork(*store_, f, {"reg-council"});
  ASSERT_TRUE(t) << t.error().message;
  auto kaz_reg = Row(*t, "KAZ", "reg");
  EXPECT_EQ(I(kaz_reg, "source_documents"), 1);
  EXPECT_EQ(I(kaz_reg, "documents"), 1);
  EXPECT_EQ(I(kaz_reg, "supports"), 1);
  EXPECT_TRUE(Row(*t, "KAZ", "reg-council").empty());
  EXPECT_FALSE(Row(*t, "KAZ", "reg-council", "silence").empty()) << "b is filtered out, so KAZ is silent now";
  EXPECT_TRUE(Row(*t, "CHN", "reg-council", "silence").empty()) << "CHN has no document of the selection";
}

TEST_F(MentionNetworkTest, EachEdgeKeepsItsSentencesByStance) {
  auto net = sw::analyze::BuildMentionNetwork(*store_, {}, {"reg-1"}, summitwatch::GroupBy::kIssuer);
  ASSERT_TRUE(net) << net.error().message;
  EXPECT_EQ(net->acknowledged, std::vector<std::string>{"reg"}) << "an acknowledged meeting counts as its format";
  const auto& refs = net->sentences[{"KAZ", "reg"}];
  ASSERT_EQ(refs.size(), 2u) << "two mentions in one sentence are one piece of evidence";
  EXPECT_EQ(refs[0].stance, "welcomes");
  EXPECT_EQ(refs[0].sentence, 0u);
  EXPECT_EQ(refs[1].stance, "supports");
  EXPECT_EQ(refs[1].sentence, 1u);
}

TEST_F(MentionNetworkTest, UnknownAcknowledgedEntityIsNotFound) {
  auto t = summitwatch::MentionNetwork(*store_, {}, {"nowhere"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, summitwatch::ErrorCode::kNotFound);
  EXPECT_EQ(t.error().message, "no entity 'nowhere' in the store's knowledge base.");
}

}  // namespace
