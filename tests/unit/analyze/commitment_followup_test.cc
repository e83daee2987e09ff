// SPDX-License-Identifier: MIT
// Commitment follow-up on a hand-built store: a declaration's commitments and later news items,
// coded by hand, so that the evidence and each proposed status are known (docs/METHODS.md,
// "Follow-up"). Scores and compliance are exercised in tests/cli/commitments_cli_test.cc.
#include "analyze/commitment_followup.h"

#include <gtest/gtest.h>

#include "summitwatch/store.h"
#include "test_store.h"

namespace {

// One document whose sentences are `sentences` joined by spaces; `mentions`: (sentence, entity).
struct Built {
  summitwatch::Document doc;
  summitwatch::Coding coding;
};
Built Make(const char* id, const char* date, const char* kind, std::vector<std::string> issuer, const char* format,
           const std::vector<std::string>& sentences, const std::vector<std::pair<uint32_t, const char*>>& mentions) {  // literals: Mention holds views
  Built b;
  b.doc = sw::test::Doc(id, date, kind, std::move(issuer), format);
  b.coding.lang = "en";
  for (const auto& s : sentences) {
    sw::test::AddSentence(b.doc, b.coding, s);
    b.coding.words += 10;
  }
  for (const auto& [sentence, entity] : mentions) {
    const auto& span = b.coding.sentences[sentence];
    b.coding.mentions.push_back({entity, "format", span.start, span.start + 1, sentence, ""});
  }
  return b;
}

void Commit(Built& b, uint32_t sentence, std::vector<std::string> actors, const char* area, const char* deadline) {
  const auto& span = b.coding.sentences[sentence];
  summitwatch::Commitment k;
  k.start = span.start;
  k.end = span.end;
  k.sentence = sentence;
  k.actors = std::move(actors);
  k.modality = "will";
  k.area = area;
  k.deadline = deadline;
  b.coding.commitments.push_back(std::move(k));
}

class FollowupTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override {
    ASSERT_NO_FATAL_FAILURE(OpenStore(""));  // the follow-up reads no knowledge base
    auto cues = summitwatch::LoadFollowupCues(std::string(SW_SOURCE_DIR) + "/data/cues/followup.yaml");
    ASSERT_TRUE(cues) << cues.error().message;
    cues_ = std::move(*cues);

    Built decl = Make("decl", "2023-09-19", "declaration", {"KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"}, "c5plus1",
                      {"The leaders of the C5+1 met in New York.",
                       "We will establish a working group on water by 2024.",
                       "We will create a business council of the C5+1 on critical minerals.",
                       "We will open a permanent secretariat of the C5+1 in Astana by 2025."},
                      {{0, "c5plus1"}});
    Commit(decl, 1, {"KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"}, "water", "2024");
    Commit(decl, 2, {"KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"}, "economy", "");
    Commit(decl, 3, {"KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"}, "institutions", "2025");
    Built earlier = Make("earlier", "2022-01-10", "news", {}, "",
                         {"A working group on water of the C5+1 was established in Almaty."}, {{0, "c5plus1"}});
    Built water = Make("water-news", "2024-05-10", "news", {}, "",
                       {"Almaty hosted delegations this week.",
                        "The first meeting of the C5+1 working group on water was held in Almaty."},
                       {{1, "c5plus1"}});
    Built unrelated = Make("wheat-news", "2024-06-01", "news", {}, "",
                           {"Wheat prices rose in the markets of Almaty as exporters of the C5+1 states waited."},
                           {{0, "c5plus1"}});
    Built other_actor = Make("other-news", "2024-07-01", "news", {}, "",
                             {"A business council on critical minerals was created by two European firms."}, {});
    Built secretariat = Make("secretariat-news", "2025-03-01", "news", {}, "",
                             {"The opening of the permanent C5+1 secretariat in Astana was postponed again."},
                             {{0, "c5plus1"}});

    std::vector<sw::test::CodedDocument> documents;
    for (Built* b : {&decl, &earlier, &water, &unrelated, &other_actor, &secretariat}) {
      documents.emplace_back(b->doc, b->coding);
    }
    ASSERT_NO_FATAL_FAILURE(Insert(documents));
  }

  summitwatch::FollowedCommitment Follow(const std::string& id) {
    auto f = summitwatch::FollowCommitment(*store_, cues_, id, "2026-01-01");
    EXPECT_TRUE(f) << f.error().message;
    return f ? *f : summitwatch::FollowedCommitment{};
  }

  summitwatch::FollowupCues cues_;
};

TEST_F(FollowupTest, ALaterMeetingReportMakesTheWorkingGroupDone) {
  const auto f = Follow("decl#1");
  EXPECT_EQ(f.id, "decl#1");
  EXPECT_EQ(f.text, "We will establish a working group on water by 2024.");
  EXPECT_EQ(f.deadline, "2024");
  EXPECT_TRUE(f.deadline_passed);
  ASSERT_EQ(f.evidence.size(), 1u);  // not the earlier item, not the wheat prices
  EXPECT_EQ(f.evidence[0].document, "water-news");
  EXPECT_EQ(f.evidence[0].sentence, "The first meeting of the C5+1 working group on water was held in Almaty.");
  EXPECT_EQ(f.evidence[0].signal, "completion");
  EXPECT_GE(f.evidence[0].score, cues_.threshold);
  EXPECT_EQ(f.status, "done");
}

TEST_F(FollowupTest, UnrelatedOrOtherActorsItemsAreNoEvidence) {
  const auto f = Follow("decl#2");
  EXPECT_TRUE(f.evidence.empty()) << f.evidence[0].document;
  EXPECT_EQ(f.status, "no-evidence");
  EXPECT_FALSE(f.deadline_passed);
}

TEST_F(FollowupTest, APostponementContradicts) {
  const auto f = Follow("decl#3");
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(f.evidence[0].document, "secretariat-news");
  EXPECT_EQ(f.evidence[0].signal, "negation");
  EXPECT_EQ(f.status, "contradicted");
}

TEST_F(FollowupTest, ListFilters) {
  summitwatch::CommitmentFilter filter;
  filter.as_of = "2026-01-01";
  auto all = summitwatch::FollowCommitments(*store_, cues_, filter);
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->size(), 3u);
  filter.status = {"done"};
  auto done = summitwatch::FollowCommitments(*store_, cues_, filter);
  ASSERT_TRUE(done);
  ASSERT_EQ(done->size(), 1u);
  EXPECT_EQ(done->front().id, "decl#1");
  filter.status.clear();
  filter.deadline_passed = true;
  filter.as_of = "2025-01-15";
  auto passed = summitwatch::FollowCommitments(*store_, cues_, filter);
  ASSERT_TRUE(passed);
  ASSERT_EQ(passed->size(), 1u);
  filter.deadline_passed = false;
  filter.member = {"CHN"};
  auto none = summitwatch::FollowCommitments(*store_, cues_, filter);
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
  const auto t = summitwatch::CommitmentsTable(*all);
  EXPECT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.columns[7].name, "status");
}

TEST_F(FollowupTest, BadIdsAreErrors) {
  auto f = summitwatch::FollowCommitment(*store_, cues_, "decl#9");
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().code, summitwatch::ErrorCode::kNotFound);
  EXPECT_EQ(f.error().message, "no commitment decl#9 in the store: document 'decl' has 3 commitments.");
  f = summitwatch::FollowCommitment(*store_, cues_, "decl");
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().code, summitwatch::ErrorCode::kInvalidInput);
}

}  // namespace
