// SPDX-License-Identifier: MIT
#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace sw::text {
namespace {

using V = std::vector<std::string>;

const SentenceSplitter& Splitter() {
  static const SentenceSplitter splitter =
      SentenceSplitter::FromList({"U.S", "No", "Mr", "e.g", "г", "гг", "т.е", "ул"});
  return splitter;
}

V Sentences(std::string_view text, const SentenceSplitter& splitter = Splitter()) {
  std::vector<sw::Span> spans;
  splitter.Split(text, spans);
  V out;
  size_t previous_end = 0;
  for (const auto& s : spans) {
    EXPECT_LT(s.begin, s.end) << text;
    EXPECT_LE(previous_end, s.begin) << "spans overlap in: " << text;
    EXPECT_LE(s.end, text.size());
    previous_end = s.end;
    out.emplace_back(text.substr(s.begin, s.size()));
  }
  return out;
}

TEST(SentenceSplitter, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("The U.S. delegation met in Astana."),
            (V{"The U.S. delegation met in Astana."}));
  EXPECT_EQ(Sentences("Resolution No. 5 was adopted. It passed."),
            (V{"Resolution No. 5 was adopted.", "It passed."}));
  EXPECT_EQ(Sentences("Mr. Tokayev spoke. E.g. Trade grew."),
            (V{"Mr. Tokayev spoke.", "E.g. Trade grew."}));
  // Without the list, "No." before a digit looks like a sentence end.
  EXPECT_EQ(Sentences("Resolution No. 5 was adopted.", SentenceSplitter::FromList({})),
            (V{"Resolution No.", "5 was adopted."}));
}

// Case-sensitive on purpose: "Sat." and "Art." are abbreviations, "sat." and "art." end sentences.
TEST(SentenceSplitter, AbbreviationsMatchCaseSensitively) {
  const SentenceSplitter s = SentenceSplitter::FromList({"No", "Sat", "гг."});  // '.' dropped
  EXPECT_EQ(Sentences("See No. 5 here.", s), (V{"See No. 5 here."}));
  EXPECT_EQ(Sentences("On Sat. 5 May they met.", s), (V{"On Sat. 5 May they met."}));
  EXPECT_EQ(Sentences("He sat. Then he left.", s), (V{"He sat.", "Then he left."}));
  EXPECT_EQ(Sentences("В 2020-2023 гг. Стороны работали.", s), (V{"В 2020-2023 гг. Стороны работали."}));
}

TEST(SentenceSplitter, DottedAbbreviationsWithoutAList) {
  EXPECT_EQ(Sentences("The U.K. Prime Minister and the U.S. President met.",
                      SentenceSplitter::FromList({})),
            (V{"The U.K. Prime Minister and the U.S. President met."}));
}

TEST(SentenceSplitter, NumberedParagraphsKeepTheirNumber) {
  const std::string text = "1. The Leaders welcomed the plan.\n2. They agreed to meet again.";
  std::vector<sw::Span> spans;
  Splitter().Split(text, spans);
  EXPECT_EQ(spans, (std::vector<sw::Span>{{0, 33}, {34, 63}}));
  EXPECT_EQ(Sentences(text), (V{"1. The Leaders welcomed the plan.", "2. They agreed to meet again."}));
  EXPECT_EQ(Sentences("1. The Leaders welcomed the plan\n2. They agreed\n10) Another\n1.2. Nested"),
            (V{"1. The Leaders welcomed the plan", "2. They agreed", "10) Another",
               "1.2. Nested"}));
  EXPECT_EQ(Sentences("IV. Security\n\nThe sides discussed Afghanistan."),
            (V{"IV. Security", "The sides discussed Afghanistan."}));
}

TEST(SentenceSplitter, LineWrappedTextIsOneSentence) {
  EXPECT_EQ(Sentences("The Presidents of Kazakhstan,\nKyrgyzstan and Tajikistan\nmet in "
                      "Dushanbe on\n14 September 2023."),
            (V{"The Presidents of Kazakhstan,\nKyrgyzstan and Tajikistan\nmet in Dushanbe "
               "on\n14 September 2023."}));
  EXPECT_EQ(Sentences("growth reached\n3.5 percent in\n2023."),
            (V{"growth reached\n3.5 percent in\n2023."}));
}

TEST(SentenceSplitter, BlankLinesAlwaysBreak) {
  EXPECT_EQ(Sentences("First part without a stop\n\nSecond part."),
            (V{"First part without a stop", "Second part."}));
  EXPECT_EQ(Sentences("One\r\n \r\nTwo"), (V{"One", "Two"}));
  EXPECT_EQ(Sentences("in 2023 г.\n\nДалее"), (V{"in 2023 г.", "Далее"}));
}

TEST(SentenceSplitter, HeadingsAreTheirOwnSentence) {
  EXPECT_EQ(Sentences("JOINT STATEMENT\n\nThe leaders met in Astana. They agreed."),
            (V{"JOINT STATEMENT", "The leaders met in Astana.", "They agreed."}));
}

TEST(SentenceSplitter, CapitalHeadingBeforeASingleLineBreak) {
  EXPECT_EQ(Sentences("JOINT STATEMENT\nThe leaders met in Astana."),
            (V{"JOINT STATEMENT", "The leaders met in Astana."}));
  EXPECT_EQ(Sentences("ДЕКЛАРАЦИЯ\nГлавы государств встретились."),
            (V{"ДЕКЛАРАЦИЯ", "Главы государств встретились."}));
  // Capitals inside a wrapped sentence are not a heading.
  EXPECT_EQ(Sentences("The C5+1 and\nUSAID, EBRD\nsigned it."),
            (V{"The C5+1 and\nUSAID, EBRD\nsigned it."}));
  EXPECT_EQ(Sentences("Heads of State\nmet in Astana."), (V{"Heads of State\nmet in Astana."}));
}

TEST(SentenceSplitter, QuotesAndBrackets) {
  EXPECT_EQ(Sentences("He said: \"We agree.\" Then he left."),
            (V{"He said: \"We agree.\"", "Then he left."}));
  EXPECT_EQ(Sentences("He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D Then he left."),
            (V{"He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("They met (in Astana.) \"Next,\" he said."),
            (V{"They met (in Astana.)", "\"Next,\" he said."}));
  EXPECT_EQ(Sentences("\"Why?\" he asked."), (V{"\"Why?\" he asked."}));
}

TEST(SentenceSplitter, NumbersInitialsAndLowerCase) {
  EXPECT_EQ(Sentences("Trade grew by 3.5 percent. Exports rose."),
            (V{"Trade grew by 3.5 percent.", "Exports rose."}));
  EXPECT_EQ(Sentences("J. Smith arrived. He spoke."), (V{"J. Smith arrived.", "He spoke."}));
  EXPECT_EQ(Sentences("Посол А. Иванов прибыл."), (V{"Посол А. Иванов прибыл."}));
  EXPECT_EQ(Sentences("They met. then left"), (V{"They met. then left"}));
  EXPECT_EQ(Sentences("Visit example.com. Then"), (V{"Visit example.com.", "Then"}));
}

TEST(SentenceSplitter, Russian) {
  EXPECT_EQ(Sentences("Встреча прошла в 2023 г. в Душанбе. Стороны подписали соглашение."),
            (V{"Встреча прошла в 2023 г. в Душанбе.", "Стороны подписали соглашение."}));
  EXPECT_EQ(Sentences("Саммит в г. Душанбе, т.е. В Таджикистане."),
            (V{"Саммит в г. Душанбе, т.е. В Таджикистане."}));
}

TEST(SentenceSplitter, ChineseAndJapanese) {
  EXPECT_EQ(Sentences("中国与中亚五国举行峰会。双方签署了宣言。"),
            (V{"中国与中亚五国举行峰会。", "双方签署了宣言。"}));
  EXPECT_EQ(Sentences("他说：“我们同意。”随后离开！真的吗？是的"),
            (V{"他说：“我们同意。”", "随后离开！", "真的吗？", "是的"}));
  EXPECT_EQ(Sentences("「会議は終わった。」次の日。"), (V{"「会議は終わった。」", "次の日。"}));
}

TEST(SentenceSplitter, QuestionExclamationEllipsis) {
  EXPECT_EQ(Sentences("Why now? Because it matters! And then\xE2\x80\xA6 Silence... Again?! Yes."),
            (V{"Why now?", "Because it matters!", "And then\xE2\x80\xA6", "Silence...",
               "Again?!", "Yes."}));
  EXPECT_EQ(Sentences("It was... fine."), (V{"It was... fine."}));
}

TEST(SentenceSplitter, EdgesAndWhitespace) {
  EXPECT_EQ(Sentences("The meeting ended"), (V{"The meeting ended"}));
  std::vector<sw::Span> spans = {{1, 2}};
  Splitter().Split("  \n Hello world.  \n", spans);
  EXPECT_EQ(spans, (std::vector<sw::Span>{{4, 16}}));
  Splitter().Split("", spans);
  EXPECT_TRUE(spans.empty());
  Splitter().Split(" \n\n\t \xE3\x80\x80", spans);  // ideographic space too
  EXPECT_TRUE(spans.empty());
  EXPECT_EQ(Sentences("\xC2\xA0" "Done.\xC2\xA0"), (V{"Done."}));
  EXPECT_EQ(Sentences("End.  "), (V{"End."}));
  EXPECT_EQ(Sentences("."), (V{"."}));
}

TEST(SentenceSplitter, BulletsAndLetteredItems) {
  EXPECT_EQ(Sentences("Areas:\n- trade\n- energy\n\xE2\x80\xA2 water\n* transport"),
            (V{"Areas:", "- trade", "- energy", "\xE2\x80\xA2 water", "* transport"}));
  EXPECT_EQ(Sentences("The parties agree:\n(a) to meet;\n(b) to talk;\nc) to act."),
            (V{"The parties agree:", "(a) to meet;", "(b) to talk;", "c) to act."}));
  EXPECT_EQ(Sentences("pre-\nwar and\n-5 degrees"), (V{"pre-\nwar and\n-5 degrees"}));
}

TEST(SentenceSplitter, ParagraphSeparatorActsAsBlankLine) {
  EXPECT_EQ(Sentences("Title\xE2\x80\xA9" "Body text"), (V{"Title", "Body text"}));
}

// --- Loading -------------------------------------------------------------------------------

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(SentenceSplitterLoad, BundledAbbreviations) {
  const std::string path = std::string(SW_SOURCE_DIR) + "/data/text/abbreviations.yaml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "data/text/abbreviations.yaml is absent";
  auto splitter = SentenceSplitter::Load(path);
  ASSERT_TRUE(splitter.ok()) << splitter.error().message;
  EXPECT_EQ(Sentences("The U.S. delegation met in Astana. Resolution No. 5 was adopted.", *splitter),
            (V{"The U.S. delegation met in Astana.", "Resolution No. 5 was adopted."}));
  EXPECT_EQ(Sentences("Встреча прошла в 2023 г. в Душанбе. Саммит в г. Душанбе.", *splitter),
            (V{"Встреча прошла в 2023 г. в Душанбе.", "Саммит в г. Душанбе."}));
}

TEST(SentenceSplitterLoad, ReadsAMapOfLists) {
  const std::string path =
      WriteTemp("abbrev_ok.yaml", "en: [U.S, No, Mr]\nru:\n  - г\n  - т.е\nkk:\n");
  auto splitter = SentenceSplitter::Load(path);
  ASSERT_TRUE(splitter.ok()) << splitter.error().message;
  EXPECT_EQ(Sentences("Resolution No. 5 in г. Астана.", *splitter),
            (V{"Resolution No. 5 in г. Астана."}));
}

TEST(SentenceSplitterLoad, MissingFile) {
  auto splitter = SentenceSplitter::Load("/nonexistent/abbreviations.yaml");
  ASSERT_FALSE(splitter.ok());
  EXPECT_EQ(splitter.error().code, summitwatch::ErrorCode::kNotFound);
  EXPECT_EQ(splitter.error().where, "/nonexistent/abbreviations.yaml");
}

TEST(SentenceSplitterLoad, YamlSyntaxErrorNamesFileAndLine) {
  const std::string path = WriteTemp("abbrev_bad.yaml", "en: [U.S, No\nru: [г]\n");
  auto splitter = SentenceSplitter::Load(path);
  ASSERT_FALSE(splitter.ok());
  EXPECT_EQ(splitter.error().code, summitwatch::ErrorCode::kInvalidInput);
  EXPECT_EQ(splitter.error().where.rfind(path + ":", 0), 0u) << splitter.error().where;
  EXPECT_NE(splitter.error().message.find("expected a map"), std::string::npos)
      << splitter.error().message;
}

TEST(SentenceSplitterLoad, WrongShapesSayWhatWasExpected) {
  const std::string not_map = WriteTemp("abbrev_list.yaml", "- U.S\n- No\n");
  auto a = SentenceSplitter::Load(not_map);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().message,
            not_map + ":1: expected a map from language code to a list of abbreviations, found a "
                      "list.");

  const std::string not_list = WriteTemp("abbrev_scalar.yaml", "en: [U.S]\nru: г\n");
  auto b = SentenceSplitter::Load(not_list);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().where, not_list + ":2");
  EXPECT_EQ(b.error().message, not_list +
                                   ":2: expected a list of abbreviations for language 'ru', found "
                                   "a single value.");

  const std::string nested = WriteTemp("abbrev_nested.yaml", "en:\n  - U.S\n  - [No]\n");
  auto c = SentenceSplitter::Load(nested);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().where, nested + ":3");
  EXPECT_NE(c.error().message.find("expected an abbreviation"), std::string::npos);
}

}  // namespace
}  // namespace sw::text
