// SPDX-License-Identifier: MIT
#include "match/canonical.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace sw::match {
namespace {

TEST(CanonicalTest, FoldsCaseWithoutChangingLength) {
  std::string out;
  OffsetMap map;
  Canonicalize("C5+1 КАЗАХСТАН Ёлка Ǫ", out, map);
  EXPECT_EQ(out, "c5+1 казахстан елка ǫ");
  for (uint32_t i = 0; i <= out.size(); ++i) EXPECT_EQ(map.Original(i), i);
}

TEST(CanonicalTest, CollapsesWhitespaceAndMapsOffsetsBack) {
  std::string text = "Central\n  Asia\xC2\xA0Summit";
  std::string out;
  OffsetMap map;
  Canonicalize(text, out, map);
  EXPECT_EQ(out, "central asia summit");
  EXPECT_EQ(map.Original(8), 10u);   // 'a' of Asia
  EXPECT_EQ(map.Original(13), 16u);  // 's' of Summit, after the 2-byte no-break space
  EXPECT_EQ(map.Original(static_cast<uint32_t>(out.size())), text.size());
}

TEST(CanonicalTest, MapsEveryByteAroundDashesAndDroppedCharacters) {
  const std::string text = "A \u2013 B\u00ADC  D\u2019E";
  std::string out;
  OffsetMap map;
  Canonicalize(text, out, map);
  ASSERT_EQ(out, "a-bc d'e");
  const uint32_t expected[] = {0, 2, 6, 9, 10, 12, 13, 16, 17};  // each scan byte's origin, then the end
  for (uint32_t i = 0; i <= out.size(); ++i) EXPECT_EQ(map.Original(i), expected[i]) << i;
}

// The cursor look-up must give what the binary search gives, whatever order the look-ups come
// in: forwards (the common case), backwards and jumping about.
TEST(CanonicalTest, CursorLookUpsAgreeWithTheSearchInAnyOrder) {
  const std::string text = "A \u2013 B\u00ADC  D\u2019E\n\n  Central\t Asia \u2014 Summit";
  std::string out;
  OffsetMap map;
  Canonicalize(text, out, map);
  const auto n = static_cast<uint32_t>(out.size());
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i <= n; ++i) order.push_back(i);
  for (uint32_t i = 0; i <= n; ++i) order.push_back(n - i);
  for (uint32_t i = 0; i <= n; ++i) order.push_back((i * 7) % (n + 1));
  size_t cursor = 0;
  for (uint32_t pos : order) EXPECT_EQ(map.Original(pos, cursor), map.Original(pos)) << pos;
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

// Plain ASCII patterns take a short cut; every pattern must still come out as the document rules
// make it (Canonicalize, then the trim), with case kept when asked, and the buffer overload must
// not keep anything of what its buffer held.
TEST(CanonicalTest, PatternsAreTheDocumentRulesTrimmed) {
  const std::string bytes = "aZ09'. -`\t\n+#" "\xC3\x89\xE2\x80\x93";  // É, en dash
  std::mt19937 rng(11);
  std::string buffer = "left over from before";
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t len = rng() % 12;
    for (size_t i = 0; i < len; ++i) {
      const size_t k = rng() % 15;  // one of the 13 ASCII bytes, É or the en dash
      text += k < 13 ? bytes.substr(k, 1) : k == 13 ? bytes.substr(13, 2) : bytes.substr(15, 3);
    }
    std::string scan;
    OffsetMap map;
    Canonicalize(text, scan, map);
    const size_t b = scan.find_first_not_of(' ');
    const std::string want = b == std::string::npos ? "" : scan.substr(b, scan.find_last_not_of(' ') + 1 - b);
    EXPECT_EQ(CanonicalizePattern(text), want) << text;
    CanonicalizePattern(text, buffer);
    EXPECT_EQ(buffer, want) << text;
    if (text.find_first_of("\t\n -`\xC3\xE2") == std::string::npos) {
      EXPECT_EQ(CanonicalizePattern(text, false), text) << text;  // nothing to rewrite but case
    }
  }
}

}  // namespace
}  // namespace sw::match
