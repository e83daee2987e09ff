// SPDX-License-Identifier: MIT
#include "tone/tone_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace sw::tone {
namespace {

TEST(ToneEval, PolarityUsesTheBandOnBothSides) {
  EXPECT_EQ(Polarity(0.05, 0.05), 1);
  EXPECT_EQ(Polarity(0.049, 0.05), 0);
  EXPECT_EQ(Polarity(-0.049, 0.05), 0);
  EXPECT_EQ(Polarity(-0.05, 0.05), -1);
}

TEST(ToneEval, PearsonAndMacroF1) {
  const std::vector<double> human = {0.5, 0.2, -0.3, -0.6, 0.0, 0.01};
  const std::vector<double> ours = {0.6, 0.1, -0.1, -0.7, 0.2, 0.0};
  const Agreement a = Compare(human, ours);
  EXPECT_EQ(a.n, 6u);
  EXPECT_NEAR(a.pearson, 0.94684, 1e-4);
  // human: pos pos neg neg neu neu; ours: pos pos neg neg pos neu.
  EXPECT_NEAR(a.f1[2], 2.0 * 2 / (2 + 3), 1e-12);  // positive
  EXPECT_NEAR(a.f1[1], 2.0 * 1 / (2 + 1), 1e-12);  // neutral
  EXPECT_NEAR(a.f1[0], 1.0, 1e-12);                // negative
  EXPECT_NEAR(a.macro_f1, (0.8 + 2.0 / 3 + 1.0) / 3, 1e-12);
}

TEST(ToneEval, ReadsRatingFilesWithBomAndCrlf) {
  const auto path = std::filesystem::temp_directory_path() / "sw_tone_eval_test.txt";
  std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF" "1\t2.5\tGood day.\r\n2\t-1\tBad\tday.\r\n3\t0\tMeh.";
  auto r = ReadRatings(path.string());
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].id, "1");
  EXPECT_EQ((*r)[0].rating, 2.5);
  EXPECT_EQ((*r)[1].text, "Bad\tday.");
  EXPECT_EQ((*r)[2].text, "Meh.");
  std::ofstream(path, std::ios::binary) << "1\t2.5\tGood\nbroken line\n";
  auto bad = ReadRatings(path.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, path.string() + ":2: expected ID<TAB>mean rating<TAB>text.");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace sw::tone
