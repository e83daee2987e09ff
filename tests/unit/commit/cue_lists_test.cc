// SPDX-License-Identifier: MIT
// The cue file: the shipped one loads cleanly; malformed entries are reported with file and line.
#include "commit/cue_lists.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace sw::commit {
namespace {

kb::KnowledgeBase LoadKb() {
  std::vector<kb::Issue> issues;
  return kb::LoadKnowledgeBase(std::string(SW_SOURCE_DIR) + "/data/kb", issues);
}

std::string WriteTemp(const std::string& body) {
  const std::string path = ::testing::TempDir() + "commitments_cues_test.yaml";
  std::ofstream(path) << body;
  return path;
}

TEST(CueListsTest, ShippedFileLoadsWithoutProblems) {
  auto kb = LoadKb();
  std::vector<kb::Issue> issues;
  CueLists cues = LoadCueLists(std::string(SW_SOURCE_DIR) + "/data/cues/commitments.yaml", kb, issues);
  for (const auto& i : issues) ADD_FAILURE() << i.Format();
  EXPECT_GT(cues.groups.size(), 10u);
  EXPECT_TRUE(cues.actor_types.contains("country"));
  EXPECT_FALSE(cues.actor_types.contains("initiative"));
}

TEST(CueListsTest, MalformedEntriesAreLocated) {
  auto kb = LoadKb();
  const std::string path = WriteTemp(
      "actor_types: [country, planet]\n"                         // line 1
      "cues:\n"                                                  // line 2
      "  - modality: promise\n"                                  // line 3
      "    terms: {en: [promise to]}\n"                          // line 4
      "  - modality: will\n"                                     // line 5
      "    subject: sometimes\n"                                 // line 6
      "    terms: {en: [will]}\n"                                // line 7
      "actors:\n"                                                // line 8
      "  - actors: [XXX]\n"                                      // line 9
      "    terms: {en: [we]}\n"                                  // line 10
      "markers:\n"                                               // line 11
      "  - kind: hedge\n"                                        // line 12
      "    terms: {en: [perhaps]}\n"                             // line 13
      "deadlines:\n"                                             // line 14
      "  prepositions: {en: [by]}\n"                             // line 15
      "  months:\n"                                              // line 16
      "    - {month: 13, terms: {en: [smarch]}}\n"               // line 17
      "  phrases: []\n"                                          // line 18
      "colour: blue\n");                                         // line 19
  std::vector<kb::Issue> issues;
  LoadCueLists(path, kb, issues);
  std::vector<std::string> got;
  for (const auto& i : issues) got.push_back(std::to_string(i.line) + ": " + i.message);
  auto has = [&](int line, const std::string& part) {
    for (const auto& i : issues) {
      if (i.file == path && i.line == line && i.message.find(part) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(1, "unknown entity type 'planet'")) << ::testing::PrintToString(got);
  EXPECT_TRUE(has(3, "expected 'modality' to be one of")) << ::testing::PrintToString(got);
  EXPECT_TRUE(has(6, "expected 'subject' to be required, optional, self or none; found 'sometimes'"))
      << ::testing::PrintToString(got);
  EXPECT_TRUE(has(9, "unknown actor 'XXX'")) << ::testing::PrintToString(got);
  EXPECT_TRUE(has(12, "expected 'kind' to be one of")) << ::testing::PrintToString(got);
  EXPECT_TRUE(has(17, "expected a month entry")) << ::testing::PrintToString(got);
  EXPECT_TRUE(has(19, "unknown key 'colour'")) << ::testing::PrintToString(got);
  std::remove(path.c_str());
}

TEST(CueListsTest, MissingFileIsReported) {
  auto kb = LoadKb();
  std::vector<kb::Issue> issues;
  LoadCueLists("/nonexistent/commitments.yaml", kb, issues);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].message, "file not found.");
}

}  // namespace
}  // namespace sw::commit
