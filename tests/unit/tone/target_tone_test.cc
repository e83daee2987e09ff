// SPDX-License-Identifier: MIT
#include "tone/target_tone.h"

#include <gtest/gtest.h>

namespace sw::tone {
namespace {

summitwatch::Mention M(std::string_view entity, uint32_t sentence) {
  summitwatch::Mention m;
  m.entity = entity;
  m.sentence = sentence;
  return m;
}

TEST(TargetTone, MeanOverTheSentencesThatMentionTheEntity) {
  summitwatch::Coding c;
  c.sentence_tone = {0.5, -0.8, 0.0, 0.3};
  c.sentences.resize(4);
  // bri twice in sentence 1 (counted once), once in 2 (neutral) and 3; KAZ in 0 and 3.
  c.mentions = {M("KAZ", 0), M("bri", 1), M("bri", 1), M("bri", 2), M("KAZ", 3), M("bri", 3)};
  const TargetTone bri = ToneToward(c, "bri");
  EXPECT_EQ(bri.sentences, 3u);
  EXPECT_EQ(bri.scored, 2u);
  EXPECT_DOUBLE_EQ(bri.mean, (-0.8 + 0.0 + 0.3) / 3);
  const TargetTone kaz = ToneToward(c, "KAZ");
  EXPECT_EQ(kaz.sentences, 2u);
  EXPECT_DOUBLE_EQ(kaz.mean, (0.5 + 0.3) / 2);
}

TEST(TargetTone, AbsentEntityHasNoSentences) {
  summitwatch::Coding c;
  c.sentence_tone = {0.5};
  c.mentions = {M("KAZ", 0)};
  const TargetTone t = ToneToward(c, "middle-corridor");
  EXPECT_EQ(t.sentences, 0u);
  EXPECT_EQ(t.mean, 0);
}

TEST(TargetTone, AllEntitiesInOrderOfFirstMention) {
  summitwatch::Coding c;
  c.sentence_tone = {0.5, -0.8};
  c.mentions = {M("KAZ", 0), M("bri", 0), M("bri", 1), M("KAZ", 0)};
  const auto all = ToneTowardAll(c);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].entity, "KAZ");
  EXPECT_EQ(all[0].sentences, 1u);  // sentence 0, named twice
  EXPECT_DOUBLE_EQ(all[0].mean, 0.5);
  EXPECT_EQ(all[1].entity, "bri");
  EXPECT_EQ(all[1].sentences, 2u);
  EXPECT_DOUBLE_EQ(all[1].mean, (0.5 - 0.8) / 2);
}

}  // namespace
}  // namespace sw::tone
