// SPDX-License-Identifier: MIT
// Deadline normalisation with the shipped rules (data/cues/commitments.yaml, `deadlines`).
#include "commit/deadline.h"

#include <gtest/gtest.h>

namespace sw::commit {
namespace {

class DeadlineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string path = std::string(SW_SOURCE_DIR) + "/data/cues/commitments.yaml";
    std::vector<kb::Issue> issues;
    rules_ = new DeadlineRules();
    rules_->Load(YAML::LoadFile(path)["deadlines"], path, issues);
    ASSERT_TRUE(issues.empty()) << issues.front().Format();
  }
  static void TearDownTestSuite() { delete rules_; }

  // The first date of `clause` that is not in the past, or "" — as the extractor chooses.
  static std::string Deadline(std::string_view clause, const char* date = "2023-09-19") {
    std::vector<DateFound> found;
    rules_->Find(clause, kb::Date::Parse(date), found);
    for (const auto& f : found) {
      if (!f.past) return f.value;
    }
    return "";
  }
  static bool Past(std::string_view clause, const char* date = "2023-09-19") {
    std::vector<DateFound> found;
    rules_->Find(clause, kb::Date::Parse(date), found);
    for (const auto& f : found) {
      if (f.past) return true;
    }
    return false;
  }
  static DeadlineRules* rules_;
};
DeadlineRules* DeadlineTest::rules_ = nullptr;

TEST_F(DeadlineTest, EnglishYearsAndMonths) {
  EXPECT_EQ(Deadline("We will double exports by 2030."), "2030");
  EXPECT_EQ(Deadline("to be completed by the end of 2024"), "2024");
  EXPECT_EQ(Deadline("no later than 2026"), "2026");
  EXPECT_EQ(Deadline("the forum will meet in October 2023"), "2023-10");
  EXPECT_EQ(Deadline("hold the first forum in the region in 2024"), "2024");
}

TEST_F(DeadlineTest, MonthWithoutYearTakesTheNextSuchMonthFromTheDocumentDate) {
  EXPECT_EQ(Deadline("the ministers will meet in October", "2023-09-19"), "2023-10");
  EXPECT_EQ(Deadline("the ministers will meet in October", "2023-11-02"), "2024-10");
  EXPECT_EQ(Deadline("the ministers will meet in September", "2023-09-19"), "2023-09");
  EXPECT_EQ(Deadline("the ministers will meet in October"), "2023-10");
  EXPECT_EQ(Deadline("the ministers will meet in October", ""), "");  // no document date
}

TEST_F(DeadlineTest, FullDates) {
  EXPECT_EQ(Deadline("will take place in Tashkent on 20 May 2024"), "2024-05-20");
  EXPECT_EQ(Deadline("will open on March 13, 2024"), "2024-03-13");
  EXPECT_EQ(Deadline("состоится 20 мая 2024 года в Ташкенте"), "2024-05-20");
}

TEST_F(DeadlineTest, Cadences) {
  EXPECT_EQ(Deadline("will meet annually"), "annually");
  EXPECT_EQ(Deadline("will meet every year"), "annually");
  EXPECT_EQ(Deadline("recommended an annual forum"), "annually");
  EXPECT_EQ(Deadline("summits every two years"), "biennially");
  EXPECT_EQ(Deadline("будут встречаться ежегодно"), "annually");
  EXPECT_EQ(Deadline("саммиты раз в два года"), "biennially");
}

TEST_F(DeadlineTest, OffsetsFromTheDocumentDate) {
  EXPECT_EQ(Deadline("its first meeting within a year"), "2024-09");
  EXPECT_EQ(Deadline("next year"), "2024");
  EXPECT_EQ(Deadline("в течение года"), "2024-09");
  EXPECT_EQ(Deadline("в следующем году"), "2024");
}

TEST_F(DeadlineTest, Russian) {
  EXPECT_EQ(Deadline("до 2030 года"), "2030");
  EXPECT_EQ(Deadline("к 2030 году"), "2030");
  EXPECT_EQ(Deadline("в 2025 году в Ташкенте"), "2025");
  EXPECT_EQ(Deadline("до конца 2024 года"), "2024");
  EXPECT_EQ(Deadline("в октябре 2023 года"), "2023-10");
  EXPECT_EQ(Deadline("встретиться в ноябре", "2024-03-15"), "2024-11");
}

TEST_F(DeadlineTest, NumbersThatAreNotDates) {
  EXPECT_EQ(Deadline("bring trade to 70 billion US dollars"), "");
  EXPECT_EQ(Deadline("reduce emissions by 30 per cent"), "");
  EXPECT_EQ(Deadline("увеличить товарооборот до 10 миллиардов долларов"), "");
  EXPECT_EQ(Deadline("building on the 2019 agreement"), "");  // a year without a preposition
  EXPECT_EQ(Deadline("we may consider it"), "");              // "may" is a month only after a preposition
}

TEST_F(DeadlineTest, DatesBeforeTheDocumentAreThePast) {
  EXPECT_TRUE(Past("In 2019 the leaders agreed"));
  EXPECT_TRUE(Past("В 2022 году главы государств решили"));
  EXPECT_FALSE(Past("in 2025"));
  EXPECT_EQ(Deadline("In 2019 the leaders agreed to meet in 2025"), "2025");
}

}  // namespace
}  // namespace sw::commit
