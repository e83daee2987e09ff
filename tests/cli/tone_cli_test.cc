// SPDX-License-Identifier: MIT
// The press-tone monitor as users meet it, on a store of the demo corpus.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using RunResult = sw::test::Ran;

using sw::test::Slurp;

class ToneCliTest : public sw::test::DemoStoreSuite {};

TEST_F(ToneCliTest, ByCountryAndYearGivesKazakhCellsWithCountsAndIntervals) {
  RunResult r = Sw("tone --db " + db() + " --target bri --by country,year --json");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("[\n", 0), 0u) << r.out;
  std::regex kaz(R"re(\{"country":"KAZ","year":(\d{4}),"articles":(\d+),"sentences":(\d+),"article_tone":)re");
  std::set<int> years;
  for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), kaz); it != std::sregex_iterator(); ++it) {
    years.insert(std::stoi((*it)[1]));
    EXPECT_GT(std::stoi((*it)[2]), 0) << it->str();
    EXPECT_GE(std::stoi((*it)[3]), std::stoi((*it)[2])) << it->str();  // at least one sentence per article
  }
  EXPECT_GE(years.size(), 2u) << r.out;
  EXPECT_NE(r.out.find("\"target_lo\":"), std::string::npos) << r.out;
}

TEST_F(ToneCliTest, OutputIsReproducible) {
  RunResult a = Sw("tone --db " + db() + " --target bri --by year --json");
  RunResult b = Sw("tone --db " + db() + " --target bri --by year --json");
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
}

TEST_F(ToneCliTest, FiltersAndOtherGroupingsAnswer) {
  RunResult r = Sw("tone --db " + db() + " --target bri --by source --kind news");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Tone toward bri by source, filtered:", 0), 0u) << r.out;
  r = Sw("tone --db " + db() + " --target bri --by country --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("{\"country\":\"KAZ\",\"articles\":"), std::string::npos) << r.out;
}

TEST_F(ToneCliTest, UnknownTargetIsOneLineAndExitOne) {
  RunResult r = Sw("tone --db " + db() + " --target no-such-initiative");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "summitwatch: error: no entity 'no-such-initiative' in the store's knowledge base.\n");
}

TEST_F(ToneCliTest, TargetIsRequiredAndGroupingsAreChecked) {
  EXPECT_EQ(Sw("tone --db " + db()).status, 2);
  EXPECT_EQ(Sw("tone --db " + db() + " --target bri --by issuer").status, 2);
}

}  // namespace
