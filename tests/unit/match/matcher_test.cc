// SPDX-License-Identifier: MIT
#include "match/matcher.h"

#include <gtest/gtest.h>

#include "match/canonical.h"

#include <unistd.h>

#include <filesystem>

namespace sw::match {
namespace {

struct Found {
  Dict dict;
  uint32_t entry;
  std::string text;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << int(f.dict) << ":" << f.entry << ":" << f.text;
}

class MatcherTest : public ::testing::Test {
 protected:
  void Add(Dict d, uint32_t entry, const char* pattern, int from = kb::kNoStart, int to = kb::kNoEnd,
           bool exact = false) {
    ASSERT_EQ(builder_.Add(Target{d, entry, 1.0f, from, to, exact}, pattern), "");
  }
  std::vector<Found> Scan(std::string_view text, int date = 20230101) {
    if (!matcher_) {
      auto m = std::move(builder_).Build();
      EXPECT_TRUE(m.ok()) << m.error().message;
      matcher_ = std::make_unique<Matcher>(std::move(*m));
      scratch_ = std::make_unique<Scratch>(*matcher_);
    }
    std::string scan;
    OffsetMap map;
    Canonicalize(text, scan, map);
    std::vector<Hit> hits;
    matcher_->Scan(text, scan, map, date, *scratch_, hits);
    std::vector<Found> out;
    for (const Hit& h : hits) out.push_back({h.dict, h.entry, std::string(text.substr(h.begin, h.end - h.begin))});
    return out;
  }

  MatcherBuilder builder_;
  std::unique_ptr<Matcher> matcher_;
  std::unique_ptr<Scratch> scratch_;
};

TEST_F(MatcherTest, LongestAliasWinsWithinADictionary) {
  Add(Dict::kEntity, 1, "China");
  Add(Dict::kEntity, 2, "China–Central Asia Secretariat");
  Add(Dict::kArea, 9, "secretariat");
  auto hits = Scan("The China-Central Asia Secretariat opened; China agreed.");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 2, "China-Central Asia Secretariat"},
                                      {Dict::kEntity, 1, "China"},
                                      {Dict::kArea, 9, "Secretariat"}}));
}

// Two aliases of one entry that reach the same extent (a short stem and a longer one) count
// once, with the heavier weight, whichever was added first.
TEST(MatcherWeightTest, TheHeavierOfTwoAliasesOfOneExtentCounts) {
  for (bool short_first : {true, false}) {
    MatcherBuilder b;
    const Target light{Dict::kArea, 8, 1.0f};
    const Target heavy{Dict::kArea, 8, 2.0f};
    if (short_first) {
      ASSERT_EQ(b.Add(light, "агро*"), "");
      ASSERT_EQ(b.Add(heavy, "агробизнес*"), "");
    } else {
      ASSERT_EQ(b.Add(heavy, "агробизнес*"), "");
      ASSERT_EQ(b.Add(light, "агро*"), "");
    }
    auto m = std::move(b).Build();
    ASSERT_TRUE(m.ok());
    Scratch scratch(*m);
    const std::string text = "по агробизнесу и агрохимии";
    std::string scan;
    OffsetMap map;
    Canonicalize(text, scan, map);
    std::vector<Hit> hits;
    m->Scan(text, scan, map, 0, scratch, hits);
    ASSERT_EQ(hits.size(), 2u) << "short stem first: " << short_first;
    EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "агробизнесу");
    EXPECT_EQ(hits[0].weight, 2.0f) << "short stem first: " << short_first;
    EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "агрохимии");
    EXPECT_EQ(hits[1].weight, 1.0f);
  }
}

// Chinese aliases go to Hyperscan, the rest to the word trie; one text with both gets one
// ordered list of hits.
TEST_F(MatcherTest, ChineseAndWordAliasesMeetInOneOrderedList) {
  Add(Dict::kEntity, 1, "中国");
  Add(Dict::kEntity, 1, "China");
  Add(Dict::kEntity, 2, "Central Asia");
  Add(Dict::kArea, 3, "trade*");
  auto hits = Scan("China and Central Asia trade; 中国与中亚 traders.");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 1, "China"},
                                      {Dict::kEntity, 2, "Central Asia"},
                                      {Dict::kEntity, 1, "中国"},
                                      {Dict::kArea, 3, "trade"},
                                      {Dict::kArea, 3, "traders"}}));
}

TEST_F(MatcherTest, RespectsWordBoundaries) {
  Add(Dict::kEntity, 1, "Asia");
  Add(Dict::kEntity, 2, "UN", kb::kNoStart, kb::kNoEnd, true);
  auto hits = Scan("Eurasian UNESCO and the UN met in Asia.");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 2, "UN"}, {Dict::kEntity, 1, "Asia"}}));
}

TEST_F(MatcherTest, ExactCaseAliasIgnoresOtherCasings) {
  Add(Dict::kEntity, 1, "US", kb::kNoStart, kb::kNoEnd, true);
  EXPECT_EQ(Scan("Let us talk; the US agreed; Us too."), (std::vector<Found>{{Dict::kEntity, 1, "US"}}));
}

TEST_F(MatcherTest, StemMatchesInflectedForms) {
  Add(Dict::kEntity, 1, "Казахстан*");
  Add(Dict::kEntity, 2, "Консультативн* встреч* глав государств Центральной Азии");
  auto hits = Scan("Президент Казахстана на Консультативной встрече глав государств Центральной Азии.");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 1, "Казахстана"},
                                      {Dict::kEntity, 2, "Консультативной встрече глав государств Центральной Азии"}}));
}

TEST_F(MatcherTest, LineBreaksInsidePhrasesMatch) {
  Add(Dict::kEntity, 1, "Council of National Coordinators");
  auto hits = Scan("the Council of\nNational   Coordinators met");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 1, "Council of\nNational   Coordinators"}}));
}

TEST_F(MatcherTest, TimeBoundedAliasesResolveByDate) {
  Add(Dict::kEntity, 1, "President of Turkmenistan", kb::kNoStart, 20220318);
  Add(Dict::kEntity, 2, "President of Turkmenistan", 20220319, kb::kNoEnd);
  EXPECT_EQ(Scan("the President of Turkmenistan", 20200505), (std::vector<Found>{{Dict::kEntity, 1, "President of Turkmenistan"}}));
  EXPECT_EQ(Scan("the President of Turkmenistan", 20230505), (std::vector<Found>{{Dict::kEntity, 2, "President of Turkmenistan"}}));
  EXPECT_TRUE(Scan("the President of Turkmenistan", 0).empty());
}

TEST_F(MatcherTest, ApostropheContinuesAWordButPossessiveDoesNot) {
  Add(Dict::kEntity, 1, "Xi");
  Add(Dict::kEntity, 2, "Kazakhstan");
  auto hits = Scan("In Xi\u2019an, Xi met Kazakhstan's president.");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 1, "Xi"}, {Dict::kEntity, 2, "Kazakhstan"}}));
}

TEST_F(MatcherTest, ChineseMatchesWithoutSpaces) {
  Add(Dict::kEntity, 1, "一带一路");
  Add(Dict::kEntity, 2, "中国");
  auto hits = Scan("中国推动一带一路建设");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kEntity, 2, "中国"}, {Dict::kEntity, 1, "一带一路"}}));
}

TEST_F(MatcherTest, OneAliasForSeveralEntriesKeepsAll) {
  Add(Dict::kArea, 1, "food security");
  Add(Dict::kArea, 2, "food security");
  Add(Dict::kArea, 3, "security");
  auto hits = Scan("ensure food security");
  EXPECT_EQ(hits, (std::vector<Found>{{Dict::kArea, 1, "food security"}, {Dict::kArea, 2, "food security"}}));
}

TEST_F(MatcherTest, RejectsMalformedPatterns) {
  EXPECT_EQ(builder_.Add(Target{}, "   "), "pattern '   ' is empty after normalisation.");
  EXPECT_EQ(builder_.Add(Target{}, "a ** b"), "pattern 'a ** b' has a '*' that does not end a word.");
}

}  // namespace
}  // namespace sw::match

namespace sw::match {
namespace {

// The cached database must not be reused when the same Hyperscan expressions get other pattern
// ids (a single-word pattern added before them shifts the ids without changing the expressions).
TEST(MatcherCacheTest, SameExpressionsWithOtherIdsDoNotShareACache) {
  const std::string dir = ::testing::TempDir() + "/sw-matcher-cache-" + std::to_string(::getpid());
  auto scan = [&](const std::vector<std::pair<uint32_t, std::string>>& patterns) {
    MatcherBuilder b;
    for (const auto& [entry, p] : patterns) EXPECT_EQ(b.Add(Target{Dict::kEntity, entry}, p), "");
    auto m = std::move(b).Build(dir);
    EXPECT_TRUE(m.ok());
    Scratch scratch(*m);
    std::string text = "the Central Asia summit", canon;
    OffsetMap map;
    Canonicalize(text, canon, map);
    std::vector<Hit> hits;
    m->Scan(text, canon, map, 0, scratch, hits);
    return hits.size() == 1 ? hits[0].entry : 999u;
  };
  EXPECT_EQ(scan({{7, "Central Asia summit"}}), 7u);
  EXPECT_EQ(scan({{1, "alpha"}, {8, "Central Asia summit"}}), 8u);
  EXPECT_EQ(scan({{7, "Central Asia summit"}}), 7u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sw::match
