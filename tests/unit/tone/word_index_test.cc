// SPDX-License-Identifier: MIT
// The lexicon loader and its index on a small lexicon of our own (tests need not know VADER's
// numbers): phrases, stems, case, possessives, hyphenated compounds, and the located errors.
#include "tone/word_index.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "text/words.h"
#include "tone/lexicon.h"

namespace sw::tone {
namespace {

namespace fs = std::filesystem;

class WordIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sw_word_index_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "lexicons");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& body) { std::ofstream(dir_ / "lexicons" / name) << body; }
  Lexicon Load(std::vector<kb::Issue>& issues) { return LoadLexicon(dir_.string(), issues); }

  // "text@valence" for every item found, in order.
  std::string Find(const std::string& text, ToneLang lang = ToneLang::kEn) {
    std::vector<kb::Issue> issues;
    Lexicon lex = Load(issues);
    EXPECT_TRUE(issues.empty()) << issues.front().Format();
    WordIndex ix = WordIndex::Build(lex);
    std::vector<sw::Span> tokens;
    text::Tokenize(text, tokens);
    std::vector<Item> items;
    ix.Collect(lex, text, tokens, lang, items);
    std::string out;
    for (const Item& it : items) {
      if (!out.empty()) out += " ";
      out += text.substr(it.begin, it.end - it.begin) + "@" + std::to_string(static_cast<int>(it.valence * 10));
    }
    return out;
  }
  fs::path dir_;
};

TEST_F(WordIndexTest, WordsPhrasesAndTheLongestMatch) {
  Write("manifest.yaml", "en:\n  - {file: en.yaml}\n");
  Write("en.yaml",
        "valence: {concern: -1.0, expressed concern: -1.6, good: 1.9, ':)': 2.0}\n"
        "neutral: [united states]\n"
        "negators: [not]\n"
        "self_group: [{text: us, case: exact}]\n");
  EXPECT_EQ(Find("They expressed  concern, not joy."), "expressed  concern@-16 not@0");
  EXPECT_EQ(Find("Concern grew; the United States was GOOD."), "Concern@-10 United States@0 GOOD@19");
  EXPECT_EQ(Find("The region's good name."), "good@19");
  EXPECT_EQ(Find("A feel-good story."), "");        // one hyphenated word, not "good"
  EXPECT_EQ(Find("Give us the US view."), "us@0");  // case: exact
  EXPECT_EQ(Find("Nice :) and http://x.org/:)"), ":)@20");
}

TEST_F(WordIndexTest, StemsAndLanguages) {
  Write("manifest.yaml", "en:\n  - {file: en.yaml}\nru:\n  - {file: ru.yaml}\n");
  Write("en.yaml", "valence: {good: 1.9}\n");
  Write("ru.yaml", "valence: {'осужда*': -2.2, 'благодар*': 1.9, 'благодаря': 0, 'взаимн* довери*': 2.0}\n");
  EXPECT_EQ(Find("Они осуждали и ОСУЖДАЮТ.", ToneLang::kRu), "осуждали@-22 ОСУЖДАЮТ@-22");
  EXPECT_EQ(Find("Благодаря вам. Благодарность.", ToneLang::kRu), "Благодаря@0 Благодарность@19");
  EXPECT_EQ(Find("На основе взаимного доверия.", ToneLang::kRu), "взаимного доверия@20");
  EXPECT_EQ(Find("good осуждали", ToneLang::kEn), "good@19");
}

TEST_F(WordIndexTest, LaterFilesOverrideAndBoostersAreNotSentiment) {
  Write("manifest.yaml", "en:\n  - {file: a.yaml}\n  - {file: b.yaml}\n");
  Write("a.yaml", "valence: {security: 1.4, very: 0.5}\n");
  Write("b.yaml", "valence: {security: 0}\nboosters: {very: 0.293}\n");
  std::vector<kb::Issue> issues;
  Lexicon lex = Load(issues);
  ASSERT_TRUE(issues.empty());
  EXPECT_EQ(Find("very security"), "very@0 security@0");
}

TEST_F(WordIndexTest, AMissingPackageFileSaysRunMakeDeps) {
  Write("manifest.yaml", "en:\n  - {file: ../../nowhere/vader_lexicon.txt, format: vader}\n");
  std::vector<kb::Issue> issues;
  Load(issues);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].line, 2);
  const std::string msg = issues[0].Format();
  EXPECT_NE(msg.find("manifest.yaml:2: "), std::string::npos) << msg;
  EXPECT_NE(msg.find("vader_lexicon.txt: not found; run 'make deps'."), std::string::npos) << msg;
}

TEST_F(WordIndexTest, BadEntriesAreLocated) {
  Write("manifest.yaml", "en:\n  - {file: en.yaml}\n");
  Write("en.yaml", "valence:\n  good: lots\n  bad: -9\nnegator: [not]\n");
  std::vector<kb::Issue> issues;
  Load(issues);
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].line, 2);
  EXPECT_EQ(issues[0].message, "expected a number from -4 to 4 for 'good'.");
  EXPECT_EQ(issues[1].line, 3);
  EXPECT_EQ(issues[2].line, 4);
  EXPECT_NE(issues[2].message.find("unknown key 'negator'"), std::string::npos);
}

TEST(FoldForLookup, FoldsCaseYoAndApostrophes) {
  EXPECT_EQ(FoldForLookup("DON\xE2\x80\x99T"), "don't");
  EXPECT_EQ(FoldForLookup("ЁЛКА Ёлка"), "елка елка");
  EXPECT_EQ(FoldForLookup("CLICHÉD"), "clichéd");
}

}  // namespace
}  // namespace sw::tone
