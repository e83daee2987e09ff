// SPDX-License-Identifier: MIT
// The compound score's rules on sentences we wrote (docs/METHODS.md, "Tone"): each test compares
// a sentence with the same sentence without the rule's trigger, so it pins the direction of the
// rule, not the lexicon's numbers.
#include <gtest/gtest.h>

#include "tone/tone_coder.h"

namespace sw::tone {
namespace {

class ToneRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto c = ToneCoder::Load(std::string(SW_SOURCE_DIR) + "/data");
    ASSERT_TRUE(c.ok()) << c.error().message;
    coder_ = std::move(*c).release();
  }
  static const summitwatch::Coding& Code(const std::string& text, const std::string& lang = "en") {
    doc_ = {};
    doc_.text = text;
    doc_.lang = lang;
    return coder_->Code(doc_);
  }
  static double C(const std::string& text, const std::string& lang = "en") { return Code(text, lang).tone.compound; }
  static ToneCoder* coder_;
  static summitwatch::Document doc_;
};
ToneCoder* ToneRules::coder_ = nullptr;
summitwatch::Document ToneRules::doc_;

TEST_F(ToneRules, NegationFlipsWithinThreeTokens) {
  EXPECT_GT(C("The talks were helpful."), 0.3);
  EXPECT_LT(C("The talks were not helpful."), -0.2);
  EXPECT_LT(C("The talks weren't helpful."), -0.2);
  EXPECT_LT(C("The talks were never helpful."), -0.2);
  EXPECT_LT(C("There was no progress."), 0);
  // Four tokens away is out of reach ("a" does not count, as in VADER).
  EXPECT_GT(C("Not that the other side thought the talks helpful."), 0);
}

TEST_F(ToneRules, IntensifiersAndDampeners) {
  const double plain = C("The talks were helpful.");
  EXPECT_GT(C("The talks were very helpful."), plain);
  EXPECT_GT(C("The talks were extremely helpful."), plain);
  EXPECT_LT(C("The talks were slightly helpful."), plain);
  EXPECT_GT(C("The talks were slightly helpful."), 0);
  EXPECT_LT(C("The EU strongly condemned the attack."), C("The EU condemned the attack."));
}

TEST_F(ToneRules, ButWeightsTheClauseAfterIt) {
  EXPECT_LT(C("The plan is good but the execution is bad."), 0);
  EXPECT_GT(C("The plan is bad but the execution is good."), 0);
}

TEST_F(ToneRules, CapitalsEmphasiseUnlessTheWholeSentenceIsCapitals) {
  EXPECT_GT(C("The summit was GREAT and the food was fine."), C("The summit was great and the food was fine."));
  EXPECT_DOUBLE_EQ(C("THE SUMMIT WAS GREAT."), C("The summit was great."));
}

TEST_F(ToneRules, ExclamationMarksAmplify) {
  EXPECT_GT(C("The talks were good!"), C("The talks were good."));
  EXPECT_GT(C("The talks were good!!"), C("The talks were good!"));
  EXPECT_LT(C("The talks were bad!"), C("The talks were bad."));
}

// The marks are counted anywhere in the sentence: up to four '!'; '?' from the second on, up to
// three, then a fixed amount.
TEST_F(ToneRules, MarksAreCountedWithTheirCaps) {
  EXPECT_GT(C("The talks! were good!!!"), C("The talks were good!!!"));
  EXPECT_DOUBLE_EQ(C("The talks! were good!!!!"), C("The talks were good!!!!"));
  EXPECT_DOUBLE_EQ(C("Were the talks good?"), C("Were the talks good"));
  EXPECT_GT(C("Were? the talks good??"), C("Were the talks good??"));
  EXPECT_DOUBLE_EQ(C("Were? the talks good???"), C("Were the talks good????"));
  EXPECT_NE(C("Were the talks good???"), C("Were the talks good????"));
}

TEST_F(ToneRules, DiplomaticRegister) {
  EXPECT_LT(C("The ministers expressed concern about the situation on the border."), -0.2);
  EXPECT_LT(C("The ministers expressed deep concern about the situation on the border."),
            C("The ministers expressed concern about the situation on the border."));
  EXPECT_LT(C("The EU condemned the attack."), -0.5);
  EXPECT_GT(C("Kazakhstan welcomed the initiative."), 0.3);
  EXPECT_GT(C("The talks were fruitful."), 0.3);
  EXPECT_GT(C("The parties held constructive and mutually beneficial consultations."), 0.3);
  EXPECT_LT(C("They warned against interference in the internal affairs of Central Asia."), -0.3);
  EXPECT_LT(C("Such destabilizing moves serve no one."), 0);
  // The principle is a good the texts invoke, not a complaint.
  EXPECT_GT(C("They reaffirmed the principle of non-interference."), 0);
}

TEST_F(ToneRules, NamesAreNotSentiment) {
  EXPECT_EQ(C("The United States and Kazakhstan met in Astana."), 0);
  EXPECT_EQ(C("The Security Council met on Friday."), 0);
  // "terrorism" inside a hyphenated compound is another word.
  EXPECT_EQ(C("They discussed counter-terrorism cooperation plans."), C("They discussed cooperation plans."));
}

TEST_F(ToneRules, EmoticonsOnlyAsWholeTokens) {
  EXPECT_EQ(C("See http://example.com/a:/b for details."), 0);
  EXPECT_LT(C("No reply yet :("), 0);
}

TEST_F(ToneRules, RussianNegationAndBoosters) {
  const double plain = C("Переговоры были конструктивными.", "ru");
  EXPECT_GT(plain, 0.3);
  EXPECT_LT(C("Переговоры не были конструктивными.", "ru"), -0.2);
  EXPECT_LT(C("Переговоры были не конструктивными.", "ru"), -0.2);
  EXPECT_GT(C("Переговоры были очень конструктивными.", "ru"), plain);
  EXPECT_GT(C("Переговоры были крайне конструктивными.", "ru"), plain);
  EXPECT_LT(C("Стороны выразили глубокую обеспокоенность ситуацией.", "ru"), -0.3);
  EXPECT_LT(C("Мы осуждаем вмешательство во внутренние дела.", "ru"), -0.5);
  // «не только ... но и» is neither a negation nor a contrast.
  EXPECT_GT(C("Встреча была не только полезной, но и плодотворной.", "ru"), 0.3);
  // «благодаря» is "thanks to", not gratitude.
  EXPECT_EQ(C("Благодаря этому проект завершён.", "ru"), 0);
}

TEST_F(ToneRules, LanguageChoosesTheLexicon) {
  EXPECT_EQ(C("Переговоры были конструктивными.", "en"), 0);
  EXPECT_EQ(C("The talks were helpful.", "ru"), 0);
  EXPECT_EQ(C("Die Gespräche waren gut.", "de"), 0);  // no German lexicon: not scored
}

TEST_F(ToneRules, DocumentCompoundIsTheMeanOfScoredSentences) {
  const auto& c = Code("Good. The sky is blue. Bad.");
  ASSERT_EQ(c.sentence_tone.size(), 3u);
  EXPECT_GT(c.sentence_tone[0], 0);
  EXPECT_EQ(c.sentence_tone[1], 0);
  EXPECT_LT(c.sentence_tone[2], 0);
  EXPECT_DOUBLE_EQ(c.tone.compound, (c.sentence_tone[0] + c.sentence_tone[2]) / 2);
  EXPECT_EQ(Code("The sky is blue.").tone.compound, 0);
}

TEST_F(ToneRules, CompoundStaysInRange) {
  const double c = C("BEST BEST BEST wonderful amazing superb excellent fantastic glorious triumph!!!! :) :D");
  EXPECT_LE(c, 1.0);
  EXPECT_GT(c, 0.9);
}

}  // namespace
}  // namespace sw::tone
