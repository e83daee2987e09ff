// SPDX-License-Identifier: MIT
#include "match/canonical.h"

#include <gtest/gtest.h>

namespace sw::match {
namespace {

TEST(CanonicalTest, FoldsCaseWithoutChangingLength) {
  std::string out;
  std::vector<uint32_t> map;
  Canonicalize("C5+1 КАЗАХСТАН Ёлка Ǫ", out, map);
  EXPECT_EQ(out, "c5+1 казахстан елка ǫ");
  ASSERT_EQ(map.size(), out.size() + 1);
  for (size_t i = 0; i < out.size(); ++i) EXPECT_EQ(map[i], i);
}

TEST(CanonicalTest, CollapsesWhitespaceAndMapsOffsetsBack) {
  std::string text = "Central\n  Asia\xC2\xA0Summit";
  std::string out;
  std::vector<uint32_t> map;
  Canonicalize(text, out, map);
  EXPECT_EQ(out, "central asia summit");
  EXPECT_EQ(map[8], 10u);  // 'a' of Asia
  EXPECT_EQ(map[13], 16u);  // 's' of Summit, after the 2-byte no-break space
  EXPECT_EQ(map.back(), text.size());
}

TEST(CanonicalTest, UnifiesDashesAndApostrophes) {
  EXPECT_EQ(CanonicalizePattern("China\u2013Central Asia"), "china-central asia");
  EXPECT_EQ(CanonicalizePattern("Центральная Азия \u2013 Китай"), "центральная азия-китай");
  EXPECT_EQ(CanonicalizePattern("C5 \uFF0B 1"), "c5 + 1");
  EXPECT_EQ(CanonicalizePattern("Xi\u2019an"), "xi'an");
  EXPECT_EQ(CanonicalizePattern("O\u02BBzbekiston"), "o'zbekiston");
  EXPECT_EQ(CanonicalizePattern("inter\u00ADnational"), "international");
}

TEST(CanonicalTest, PatternKeepsCaseWhenAsked) {
  EXPECT_EQ(CanonicalizePattern("  US  ", false), "US");
  EXPECT_EQ(CanonicalizePattern("  US  "), "us");
}

}  // namespace
}  // namespace sw::match
