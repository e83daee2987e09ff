// SPDX-License-Identifier: MIT
// GDELT's Global Knowledge Graph tone measures on a sentence counted by hand.
#include <gtest/gtest.h>

#include "tone/tone_coder.h"

namespace sw::tone {
namespace {

TEST(GdeltMeasures, PercentagesOfWordsOnAHandCountedText) {
  auto coder = ToneCoder::Load(std::string(SW_SOURCE_DIR) + "/data");
  ASSERT_TRUE(coder.ok()) << coder.error().message;
  summitwatch::Document doc;
  doc.lang = "en";
  // 12 words. Positive: welcomed, fruitful (2). Negative: condemned, attack (2). Active: attack
  // (1). Self/group: We, our (2). "but" and the rest are in no list.
  doc.text = "We welcomed the fruitful talks but condemned the attack on our mission.";
  const summitwatch::Tone t = (*coder)->Code(doc).tone;
  EXPECT_EQ(t.words, 12u);
  EXPECT_NEAR(t.positive, 100.0 * 2 / 12, 1e-9);
  EXPECT_NEAR(t.negative, 100.0 * 2 / 12, 1e-9);
  EXPECT_NEAR(t.tone, 0, 1e-9);
  EXPECT_NEAR(t.polarity, 100.0 * 4 / 12, 1e-9);
  EXPECT_NEAR(t.activity, 100.0 * 1 / 12, 1e-9);
  EXPECT_NEAR(t.self_group, 100.0 * 2 / 12, 1e-9);
}

TEST(GdeltMeasures, NegatorsAndBoostersAreNotSentimentWords) {
  auto coder = ToneCoder::Load(std::string(SW_SOURCE_DIR) + "/data");
  ASSERT_TRUE(coder.ok()) << coder.error().message;
  summitwatch::Document doc;
  doc.lang = "en";
  doc.text = "No, it was not very good.";  // "no" is in VADER's lexicon, "very" a booster
  const summitwatch::Tone t = (*coder)->Code(doc).tone;
  EXPECT_EQ(t.words, 6u);
  EXPECT_NEAR(t.positive, 100.0 / 6, 1e-9);  // good
  EXPECT_EQ(t.negative, 0);
}

TEST(GdeltMeasures, EmptyTextIsAllZeros) {
  auto coder = ToneCoder::Load(std::string(SW_SOURCE_DIR) + "/data");
  ASSERT_TRUE(coder.ok()) << coder.error().message;
  summitwatch::Document doc;
  doc.lang = "en";
  const summitwatch::Coding& c = (*coder)->Code(doc);
  EXPECT_EQ(c.tone.words, 0u);
  EXPECT_EQ(c.tone.positive, 0);
  EXPECT_EQ(c.tone.compound, 0);
  EXPECT_TRUE(c.sentence_tone.empty());
}

}  // namespace
}  // namespace sw::tone
