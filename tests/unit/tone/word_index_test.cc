// SPDX-License-Identifier: MIT
// The lexicon loader and its index on a small lexicon of our own (tests need not know VADER's
// numbers): phrases, stems, case, possessives, hyphenated compounds, and the located errors.
#include "tone/word_index.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

#include "text/words.h"
#include "tone/lexicon.h"
#include "tone/word_fold.h"

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

// Word tries a phrase only when the next token's first byte, folded, can begin the phrase's second
// word (Heads). Second words here begin with lower- and upper-case letters, digits, punctuation,
// Cyrillic and Latin-1 letters, met in the text in every case; "the" also heads a word of its
// own, "at" only phrases.
TEST_F(WordIndexTest, PhrasesAreFoundWhateverTheSecondWordBeginsWith) {
  Write("manifest.yaml", "en:\n  - {file: en.yaml}\nru:\n  - {file: ru.yaml}\n");
  Write("en.yaml",
        "valence: {the: 0.1, the bomb: -3.0, the zone: 0.2, the 9th: 0.3, the élite: 0.4, 'the ''em': 0.5,"
        " at least: 0.6, at 5pm: 0.7, at ease: 0.8, 'at #1': 0.9, at øre: 1.0, bomb: -2.0, covid 19: -1.1,"
        " the émigré*: 1.2}\n");
  Write("ru.yaml", "valence: {'взаимн* довери*': 2.0, 'в ёлке': 1.3, 'в Москве': 1.4, 'в 2024': 1.5, 'в z': 1.6}\n");
  EXPECT_EQ(Find("The Bomb, the BOMB and the bomb."), "The Bomb@-30 the BOMB@-30 the bomb@-30");
  EXPECT_EQ(Find("the Zone at Least at LEAST at ease At Ease"), "the Zone@2 at Least@6 at LEAST@6 at ease@8 At Ease@8");
  EXPECT_EQ(Find("the 9TH, at 5PM, at #1, Covid 19"), "the 9TH@3 at 5PM@7 at #1@9 Covid 19@-11");
  EXPECT_EQ(Find("the Élite and THE ÉLITE; the élite"), "the Élite@4 THE ÉLITE@4 the élite@4");
  EXPECT_EQ(Find("at Øre, the Émigrés"), "at Øre@10 the Émigrés@12");
  EXPECT_EQ(Find("the 'EM and the 'em"), "the 'EM@5 the 'em@5");
  // No phrase follows: "the" alone, "at" nothing; the last word of the text.
  EXPECT_EQ(Find("the war at dawn, bomb at the"), "the@1 bomb@-20 the@1");
  EXPECT_EQ(Find("Взаимного Доверия и ВЗАИМНОГО ДОВЕРИЯ", ToneLang::kRu), "Взаимного Доверия@20 ВЗАИМНОГО ДОВЕРИЯ@20");
  EXPECT_EQ(Find("в Ёлке, В МОСКВЕ, в 2024, В Z", ToneLang::kRu), "в Ёлке@13 В МОСКВЕ@14 в 2024@15 В Z@16");
}

// Collect decides most words inline (Precheck: 16 bytes masked, lower-cased and hashed in
// registers, then the bitmap) and hands the rest to Word; CollectPlain sends every word to Word.
// Words of every length up to 16 and beyond, in every case, at the very end of the text, with
// possessives, phrases (second words of every case and script), emoticons and non-ASCII
// neighbours must give the same items.
TEST_F(WordIndexTest, CollectMatchesCollectPlainOnGeneratedText) {
  static const char* const kWords[] = {
      "x", "ok", "bad", "good", "happy", "relief", "welcome", "peaceful", "wonderful", "prosperous",
      "cooperative", "constructive", "confrontation", "disappointment", "mutuallyhelpful", "counterterrorism",
      "intergovernmental", "expressed", "concern", "not", "very", "us", "US", "region", "the", "talks",
      "Wonderful", "GOOD", "BaD", "PEACEFUL", "Counterterrorism", "ok's", "GOOD'S", "région", "goodé", "жгood",
      "at", "least", "LEAST", "bomb", "Bomb", "élite", "ÉLITE", "9th", "Москве", "москве"};
  static const char* const kGaps[] = {" ", "  ", ", ", ". ", "-", "'", "’", ":) ", " :( ", "\n", "@", "&", " é ", "3.5", ""};
  for (const bool ascii_stem : {false, true}) {
    Write("manifest.yaml", "en:\n  - {file: en.yaml}\n");
    std::string lexicon =
        "valence: {x: 0.5, ok: 0.9, bad: -2.5, good: 1.9, happy: 2.7, relief: 1.5, welcome: 2.0, peaceful: 2.2,"
        " wonderful: 2.7, prosperous: 2.1, cooperative: 1.7, constructive: 1.6, confrontation: -1.3,"
        " disappointment: -2.3, mutuallyhelpful: 1.1, counterterrorism: -0.4, intergovernmental: 0.3,"
        " concern: -1.0, expressed concern: -1.6, ':)': 2.0, ':(': -1.9, the bomb: -3.0, at least: 0.6,"
        " the élite: 0.4, the 9th: 0.3, the москве: 0.2";
    if (ascii_stem) lexicon += ", 'prosper*': 1.0";
    lexicon += "}\nnegators: [not]\nboosters: {very: 0.29}\nself_group: [{text: us, case: exact}]\n";
    Write("en.yaml", lexicon);
    std::vector<kb::Issue> issues;
    const Lexicon lex = Load(issues);
    ASSERT_TRUE(issues.empty()) << issues.front().Format();
    const WordIndex ix = WordIndex::Build(lex);
    std::mt19937 rng(20261129);
    std::vector<sw::Span> tokens;
    std::vector<Item> fast, plain;
    auto show = [](const std::vector<Item>& items) {
      std::string out;
      for (const Item& it : items) {
        out += std::to_string(it.begin) + "-" + std::to_string(it.end) + ":" + std::to_string(it.valence) + "/" +
               std::to_string(it.booster) + "/" + std::to_string(it.roles) + "/" + std::to_string(it.rank) + "/" +
               std::to_string(it.first_token) + "/" + std::to_string(it.last_token) + " ";
      }
      return out;
    };
    size_t found = 0;
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int words = 1 + static_cast<int>(rng() % 40);
      for (int k = 0; k < words; ++k) {
        text += kWords[rng() % std::size(kWords)];
        text += kGaps[rng() % std::size(kGaps)];
      }
      text::Tokenize(text, tokens);
      fast.clear();
      plain.clear();
      ix.Collect(lex, text, tokens, ToneLang::kEn, fast);
      ix.CollectPlain(lex, text, tokens, ToneLang::kEn, plain);
      ASSERT_EQ(show(fast), show(plain)) << text;
      found += fast.size();
    }
    EXPECT_GT(found, 10000u);  // the comparison saw plenty of hits, not only misses
  }
}

TEST(WordFold, Hash16AndLowerAscii8AgreeWithTheBytewiseForms) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    char buf[16];
    for (char& c : buf) c = static_cast<char>(rng() % 128);
    for (size_t n = 1; n <= 16; ++n) {
      uint64_t v[2] = {0, 0};
      std::memcpy(v, buf, n);
      char lower[16] = {};
      for (size_t i = 0; i < n; ++i) lower[i] = kLower[static_cast<unsigned char>(buf[i])];
      uint64_t want[2] = {0, 0};
      std::memcpy(want, lower, n);
      ASSERT_EQ(LowerAscii8(v[0]), want[0]);
      ASSERT_EQ(LowerAscii8(v[1]), want[1]);
      ASSERT_EQ(Hash16(want[0], want[1], n), Hash(lower, n)) << n;
    }
  }
}

TEST(FoldForLookup, FoldsCaseYoAndApostrophes) {
  EXPECT_EQ(FoldForLookup("DON\xE2\x80\x99T"), "don't");
  EXPECT_EQ(FoldForLookup("ЁЛКА Ёлка"), "елка елка");
  EXPECT_EQ(FoldForLookup("CLICHÉD"), "clichéd");
}

}  // namespace
}  // namespace sw::tone
