// SPDX-License-Identifier: MIT
// The press-tone monitor as users meet it, on a store ingested from data/demo.
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

struct RunResult {
  int status;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class ToneCliTest : public ::testing::Test {
 protected:
  // One demo store for the whole suite: ingesting it is the slow part.
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("sw-tone-cli-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    db_ = new std::string((*dir_ / "demo.db").string());
    init_ = Sw("init --db " + *db_);
    ingest_ = Sw("ingest --db " + *db_ + " data/demo");
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete db_;
  }
  void SetUp() override {
    ASSERT_EQ(init_.status, 0) << init_.err;
    ASSERT_EQ(ingest_.status, 0) << ingest_.err;
  }

  // Runs summitwatch with `args` (shell words) from the source directory.
  static RunResult Sw(const std::string& args) {
    fs::path out = *dir_ / "stdout", err = *dir_ / "stderr";
    std::string cmd = "cd " + std::string(SW_SOURCE_DIR) + " && " + SW_BINARY + " " + args + " </dev/null >" +
                      out.string() + " 2>" + err.string();
    int rc = std::system(cmd.c_str());
    return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, Slurp(out), Slurp(err)};
  }

  static inline fs::path* dir_ = nullptr;
  static inline std::string* db_ = nullptr;
  static inline RunResult init_, ingest_;
};

TEST_F(ToneCliTest, ByCountryAndYearGivesKazakhCellsWithCountsAndIntervals) {
  RunResult r = Sw("tone --db " + *db_ + " --target bri --by country,year --json");
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
  RunResult a = Sw("tone --db " + *db_ + " --target bri --by year --json");
  RunResult b = Sw("tone --db " + *db_ + " --target bri --by year --json");
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
}

TEST_F(ToneCliTest, FiltersAndOtherGroupingsAnswer) {
  RunResult r = Sw("tone --db " + *db_ + " --target bri --by source --kind news");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Tone toward bri by source, filtered:", 0), 0u) << r.out;
  r = Sw("tone --db " + *db_ + " --target bri --by country --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("{\"country\":\"KAZ\",\"articles\":"), std::string::npos) << r.out;
}

TEST_F(ToneCliTest, UnknownTargetIsOneLineAndExitOne) {
  RunResult r = Sw("tone --db " + *db_ + " --target no-such-initiative");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "summitwatch: error: no entity 'no-such-initiative' in the store's knowledge base.\n");
}

TEST_F(ToneCliTest, TargetIsRequiredAndGroupingsAreChecked) {
  EXPECT_EQ(Sw("tone --db " + *db_).status, 2);
  EXPECT_EQ(Sw("tone --db " + *db_ + " --target bri --by issuer").status, 2);
}

}  // namespace
