// SPDX-License-Identifier: MIT
// The engine's Coder and the tone-only ToneCoder (eval tone, code --coders tone) give the same tone.
#include <gtest/gtest.h>

#include "summitwatch/engine.h"
#include "tone/tone_coder.h"

namespace sw::tone {
namespace {

TEST(EngineTone, SameFiguresAsTheToneOnlyCoder) {
  const std::string data = std::string(SW_SOURCE_DIR) + "/data";
  auto engine = summitwatch::Engine::Load(data);
  if (!engine) GTEST_SKIP() << "the engine does not load (" << engine.error().message << "); see the golden tests";
  auto tone = ToneCoder::Load(data);
  ASSERT_TRUE(tone.ok()) << tone.error().message;
  summitwatch::Coder coder(*engine);
  for (const char* text : {
           "The leaders welcomed the fruitful talks. They expressed concern about the situation in Afghanistan, "
           "but not about the Middle Corridor!",
           "Президенты приветствовали плодотворные переговоры. Стороны выразили обеспокоенность ситуацией.",
           "",
       }) {
    summitwatch::Document a, b;
    a.text = b.text = text;
    a.date = b.date = "2023-09-19";
    const summitwatch::Coding x = coder.Code(a);
    const summitwatch::Coding& y = (*tone)->Code(b);
    EXPECT_EQ(x.lang, y.lang) << text;
    EXPECT_EQ(x.tone.words, y.tone.words) << text;
    EXPECT_DOUBLE_EQ(x.tone.compound, y.tone.compound) << text;
    EXPECT_DOUBLE_EQ(x.tone.positive, y.tone.positive) << text;
    EXPECT_DOUBLE_EQ(x.tone.negative, y.tone.negative) << text;
    EXPECT_DOUBLE_EQ(x.tone.activity, y.tone.activity) << text;
    EXPECT_DOUBLE_EQ(x.tone.self_group, y.tone.self_group) << text;
    EXPECT_EQ(x.sentence_tone, y.sentence_tone) << text;
  }
}

}  // namespace
}  // namespace sw::tone
