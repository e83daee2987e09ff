// SPDX-License-Identifier: MIT
// Consensus space: the measures on hand-made profiles, and on a store whose member profiles are
// worked out by hand for both bases (documents issued; meetings hosted and documents issued alone).
#include <gtest/gtest.h>

#include <fstream>

#include "analyze/consensus_measures.h"
#include "summitwatch/consensus.h"
#include "test_store.h"

namespace {

using summitwatch::ConsensusGroup;

TEST(ConsensusMeasuresTest, HandMadeProfiles) {
  const std::vector<std::vector<double>> p = {{0.5, 0.5, 0.0}, {0.8, 0.2, 0.0}, {0.4, 0.3, 0.3}};
  // Common: min(.5, .8, .4) + min(.5, .2, .3) + min(0, 0, .3) = .4 + .2 + 0.
  EXPECT_NEAR(sw::analyze::CommonAgenda(p), 0.6, 1e-12);
  // Pairs: (1,2) .5 + .2 = .7; (1,3) .4 + .3 = .7; (2,3) .4 + .2 = .6; mean 2/3.
  EXPECT_NEAR(sw::analyze::Overlap(p[0], p[1]), 0.7, 1e-12);
  EXPECT_NEAR(sw::analyze::MeanPairwiseOverlap(p), 2.0 / 3, 1e-12);
  EXPECT_NEAR(sw::analyze::MeanOverlapWith(p, 2), 0.65, 1e-12);
  // Identical profiles share everything; disjoint ones nothing; adding a member never raises it.
  EXPECT_NEAR(sw::analyze::CommonAgenda({{0.3, 0.7}, {0.3, 0.7}}), 1.0, 1e-12);
  EXPECT_NEAR(sw::analyze::CommonAgenda({{1, 0}, {0, 1}}), 0.0, 1e-12);
  EXPECT_LE(sw::analyze::CommonAgenda(p), sw::analyze::CommonAgenda({p[0], p[1]}));
  EXPECT_DOUBLE_EQ(sw::analyze::MeanPairwiseOverlap({{1, 0}}), 0.0);
}

class ConsensusTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    // The region is AAA and BBB (their own format); PPP joins them in an external one; QQQ is a
    // member of an external format that issued nothing.
    ASSERT_NO_FATAL_FAILURE(OpenStoreWithKb(
        "- {id: reg, type: format, name: Regional, members: [AAA, BBB], initiator: AAA, initiator_kind: regional,"
        " founded: 2018, aliases: {en: [Regional format]}}\n"
        "- {id: ext, type: format, name: External, members: [PPP, AAA, BBB], initiator: PPP,"
        " initiator_kind: external, founded: 2015, aliases: {en: [External format]}}\n"
        "- {id: ext2, type: format, name: Other, members: [QQQ, AAA, BBB], initiator: QQQ,"
        " initiator_kind: external, founded: 2016, aliases: {en: [Other format]}}\n"
        "- {id: reg-1, type: meeting, name: First, format: reg, date: 2020-01-01, host: BBB,"
        " aliases: {en: [first regional meeting]}}\n"));

    // d1 AAA alone: economy. d2 BBB alone: economy .5, security .5. d3 PPP alone: security.
    // d4 AAA and BBB jointly, at the meeting BBB hosted: culture. d5 news, no issuer: culture.
    ASSERT_NO_FATAL_FAILURE(Add("d1", "statement", {"AAA"}, "", "", {{"economy", 1.0}}));
    ASSERT_NO_FATAL_FAILURE(Add("d2", "statement", {"BBB"}, "", "", {{"economy", 0.5}, {"security", 0.5}}));
    ASSERT_NO_FATAL_FAILURE(Add("d3", "statement", {"PPP"}, "ext", "", {{"security", 1.0}}));
    ASSERT_NO_FATAL_FAILURE(Add("d4", "declaration", {"AAA", "BBB"}, "reg", "reg-1", {{"culture", 1.0}}));
    ASSERT_NO_FATAL_FAILURE(Add("d5", "news", {}, "", "", {{"culture", 1.0}}));
  }

  void Add(const char* id, const char* kind, std::vector<std::string> issuers, const char* format,
           const char* meeting, std::vector<summitwatch::AreaShare> shares) {
    auto d = sw::test::Doc(id, "2020-01-01", kind, std::move(issuers), format);
    d.meeting = meeting;
    // Sentence rows consistent with the shares: each area in both sentences at its share.
    std::vector<summitwatch::SentenceArea> sentence_areas;
    for (uint32_t s = 0; s < 2; ++s) {
      for (const auto& a : shares) sentence_areas.push_back({s, a.area, a.share, 1});
    }
    Insert({sw::test::TwoSentences(std::move(d), {}, std::move(shares), std::move(sentence_areas))});
  }

  static double Share(const summitwatch::Consensus& c, const std::string& member, const std::string& area) {
    for (const auto& p : c.profiles) {
      if (p.member != member) continue;
      auto it = p.shares.find(area);
      return it == p.shares.end() ? 0.0 : it->second;
    }
    ADD_FAILURE() << "no profile for " << member;
    return -1;
  }
};

TEST_F(ConsensusTest, RegionAloneAndWithEachPartnerOnDocumentsIssued) {
  summitwatch::ConsensusOptions o;
  o.filter.kind = {"declaration", "statement"};
  auto c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->region, (std::vector<std::string>{"AAA", "BBB"}));
  EXPECT_EQ(c->regional_formats, (std::vector<std::string>{"reg"}));
  // AAA: d1, d4 -> economy .5, culture .5. BBB: d2, d4 -> economy .25, security .25, culture .5.
  // PPP: d3 -> security 1. QQQ issued nothing, so it is no partner.
  EXPECT_DOUBLE_EQ(Share(*c, "AAA", "economy"), 0.5);
  EXPECT_DOUBLE_EQ(Share(*c, "BBB", "security"), 0.25);
  ASSERT_EQ(c->groups.size(), 2u);
  const ConsensusGroup& region = c->groups[0];
  EXPECT_EQ(region.label, "region");
  EXPECT_EQ(region.documents, 3);
  // Common: economy min(.5, .25) + culture min(.5, .5) = .75; two members: overlap the same.
  EXPECT_NEAR(region.common.value, 0.75, 1e-12);
  EXPECT_NEAR(region.overlap.value, 0.75, 1e-12);
  EXPECT_FALSE(region.partner_overlap.known);
  // Both give culture .5 and economy at least .25: shared at the 10% threshold, culture first.
  EXPECT_EQ(region.shared, (std::vector<std::string>{"culture", "economy"}));
  const ConsensusGroup& with = c->groups[1];
  EXPECT_EQ(with.label, "region+PPP");
  EXPECT_EQ(with.partner, "PPP");
  // PPP shares nothing with AAA and security .25 with BBB: common 0, partner overlap .125;
  // pairs: AAA-BBB .75, AAA-PPP 0, BBB-PPP .25 -> mean 1/3.
  EXPECT_NEAR(with.common.value, 0.0, 1e-12);
  EXPECT_NEAR(with.partner_overlap.value, 0.125, 1e-12);
  EXPECT_NEAR(with.overlap.value, 1.0 / 3, 1e-12);
  // The partner's overlap .125 against the region's own .75.
  EXPECT_NEAR(with.partner_gap.value, -0.625, 1e-12);
  EXPECT_FALSE(region.partner_gap.known);
  EXPECT_TRUE(with.shared.empty());
  // Intervals: replicates drawn, bounds ordered, the same on a second run.
  EXPECT_GT(region.replicates, 0);
  EXPECT_LE(region.common.lo, region.common.hi);
  auto again = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_TRUE(again);
  EXPECT_EQ(summitwatch::ConsensusTable(*c).rows, summitwatch::ConsensusTable(*again).rows);
}

TEST_F(ConsensusTest, TheFocusRegionNamesTheStatesWhenTheKnowledgeBaseMarksOne) {
  // BBB and CCC are the focus region's countries; AAA is not, whatever the regional format says.
  std::ofstream(dir_ / "kb" / "regions.yaml")
      << "- {id: r1, type: region, name: Region one, focus: true}\n"
         "- {id: BBB, type: country, name: Bee, region: r1, aliases: {en: [Beeland]}}\n"
         "- {id: CCC, type: country, name: Cee, region: r1, aliases: {en: [Ceeland]}}\n";
  ASSERT_TRUE(store_->LoadKnowledgeBase((dir_ / "kb").string()));
  auto c = summitwatch::ComputeConsensus(*store_, {});
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->region_entity, "r1");
  EXPECT_EQ(c->region, (std::vector<std::string>{"BBB", "CCC"}));
  EXPECT_TRUE(c->regional_formats.empty());
  // CCC issued nothing: the region has no figures, and says who is missing.
  EXPECT_EQ(c->groups[0].missing, (std::vector<std::string>{"CCC"}));
  EXPECT_FALSE(c->groups[0].common.known);
  // AAA now counts as a partner (a member of the external formats outside the region).
  bool aaa = false;
  for (const auto& g : c->groups) aaa = aaa || g.partner == "AAA";
  EXPECT_TRUE(aaa);
}

TEST_F(ConsensusTest, HostBasisTakesHostedMeetingsAndDocumentsIssuedAlone) {
  summitwatch::ConsensusOptions o;
  o.basis = summitwatch::ProfileBasis::kHost;
  auto c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_TRUE(c) << c.error().message;
  // AAA: d1 (alone) -> economy 1. BBB: d2 (alone), d4 (hosted) -> economy .25, security .25,
  // culture .5. Common: economy .25.
  EXPECT_DOUBLE_EQ(Share(*c, "AAA", "economy"), 1.0);
  EXPECT_DOUBLE_EQ(Share(*c, "BBB", "culture"), 0.5);
  EXPECT_NEAR(c->groups[0].common.value, 0.25, 1e-12);
  EXPECT_EQ(c->groups[0].shared, (std::vector<std::string>{"economy"}));
}

TEST_F(ConsensusTest, NamedGroupsAndTheirErrors) {
  summitwatch::ConsensusOptions o;
  o.members = {"AAA", "PPP"};
  auto c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_TRUE(c) << c.error().message;
  ASSERT_EQ(c->groups.size(), 1u);
  EXPECT_EQ(c->groups[0].label, "members");
  EXPECT_NEAR(c->groups[0].common.value, 0.0, 1e-12);

  o.members = {"AAA", "QQQ"};
  c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->groups[0].missing, (std::vector<std::string>{"QQQ"}));
  EXPECT_FALSE(c->groups[0].common.known);
  auto table = summitwatch::ConsensusTable(*c);
  EXPECT_EQ(table.rows[0][3], summitwatch::Value{std::string("QQQ")});
  EXPECT_EQ(table.rows[0][5], summitwatch::Value{});

  o.members = {"AAA", "ZZZ"};
  c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().message, "no member 'ZZZ': neither a knowledge-base entity nor an issuer of a stored document.");
  o.members = {"AAA"};
  c = summitwatch::ComputeConsensus(*store_, o);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().message, "--members needs at least two members.");
}

}  // namespace
