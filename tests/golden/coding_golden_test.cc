// SPDX-License-Identifier: MIT
// Golden coding cases: tests/golden/coding/*.tsv, one sentence a line with the mentions,
// stances and areas an analyst would mark. Format (tab-separated):
//   date  sentence  mentions (entity or entity:stance, '|'-separated, '-' for none)  areas ('-' for none)
// The runner decodes \n, \t and \uXXXX in sentences so invisible characters stay visible.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "summitwatch/engine.h"
#include "text/escapes.h"

namespace {

using sw::text::DecodeEscapes;
using sw::text::SplitFields;

class CodingGolden : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    auto e = summitwatch::Engine::Load(std::string(SW_SOURCE_DIR) + "/data");
    ASSERT_TRUE(e.ok()) << e.error().message;
    engine_ = new summitwatch::Engine(std::move(*e));
  }
  static summitwatch::Engine* engine_;
};
summitwatch::Engine* CodingGolden::engine_ = nullptr;

TEST_P(CodingGolden, MentionsStancesAndAreas) {
  ASSERT_NE(engine_, nullptr);
  const std::string path = std::string(SW_SOURCE_DIR) + "/tests/golden/coding/" + GetParam();
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  summitwatch::Coder coder(*engine_);
  std::string line;
  int line_no = 0, cases = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitFields(line, '\t');
    ASSERT_EQ(cols.size(), 4u) << path << ":" << line_no << ": expected 4 tab-separated columns";
    ++cases;
    summitwatch::Document doc;
    doc.date = cols[0];
    doc.text = DecodeEscapes(cols[1]);
    const auto& c = coder.Code(doc);
    std::string mentions;
    for (const auto& m : c.mentions) {
      if (!mentions.empty()) mentions += "|";
      mentions += std::string(m.entity) + (m.stance.empty() ? "" : ":" + std::string(m.stance));
      EXPECT_LE(m.end, doc.text.size());
    }
    if (mentions.empty()) mentions = "-";
    std::set<std::string> areas, expected;
    for (const auto& a : c.areas) areas.insert(std::string(a.area));
    if (cols[3] != "-") for (const auto& a : SplitFields(cols[3], ',')) expected.insert(a);
    EXPECT_EQ(mentions, cols[2]) << path << ":" << line_no << ": " << cols[1];
    EXPECT_EQ(areas, expected) << path << ":" << line_no << ": " << cols[1];
  }
  EXPECT_GT(cases, 0) << path << " has no cases";
}

std::vector<std::string> GoldenFiles() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + "/tests/golden/coding")) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

INSTANTIATE_TEST_SUITE_P(Files, CodingGolden, ::testing::ValuesIn(GoldenFiles()),
                         [](const auto& p) { return p.param.substr(0, p.param.find(".")); });

}  // namespace
