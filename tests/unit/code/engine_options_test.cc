// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "summitwatch/engine.h"

namespace summitwatch {
namespace {

TEST(EngineOptionsTest, ParsesCoderLists) {
  auto o = EngineOptions::Parse("areas,mentions");
  ASSERT_TRUE(o.ok());
  EXPECT_TRUE(o->areas && o->mentions);
  EXPECT_FALSE(o->tone || o->commitments);
  o = EngineOptions::Parse("tone");
  ASSERT_TRUE(o.ok());
  EXPECT_TRUE(o->tone);
  EXPECT_FALSE(o->areas || o->mentions || o->commitments);
  o = EngineOptions::Parse("all");
  ASSERT_TRUE(o.ok());
  EXPECT_TRUE(o->areas && o->mentions && o->tone && o->commitments);
}

TEST(EngineOptionsTest, CommitmentsBringTheirDependencies) {
  auto o = EngineOptions::Parse("commitments");
  ASSERT_TRUE(o.ok());
  EXPECT_TRUE(o->commitments && o->mentions && o->areas);
  EXPECT_FALSE(o->tone);
}

TEST(EngineOptionsTest, UnknownCoderIsAnError) {
  auto o = EngineOptions::Parse("areas,topics");
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.error().message,
            "unknown coder 'topics'; expected a comma-separated list of areas, mentions, tone, commitments, or all.");
}

TEST(EngineOptionsTest, CodersThatAreOffLeaveTheirFieldsEmpty) {
  auto o = EngineOptions::Parse("areas");
  ASSERT_TRUE(o.ok());
  auto engine = Engine::Load(std::string(SW_SOURCE_DIR) + "/data", *o);
  ASSERT_TRUE(engine.ok()) << engine.error().message;
  Coder coder(*engine);
  Document doc;
  doc.date = "2023-05-19";
  doc.text = "Kazakhstan welcomed the expansion of trade and investment.";
  const Coding& c = coder.Code(doc);
  EXPECT_TRUE(c.mentions.empty());
  ASSERT_FALSE(c.areas.empty());
  EXPECT_EQ(c.areas[0].area, "economy");
  EXPECT_TRUE(c.commitments.empty());
  EXPECT_EQ(c.tone.compound, 0.0);
}

}  // namespace
}  // namespace summitwatch
