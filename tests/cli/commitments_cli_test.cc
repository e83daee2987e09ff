// SPDX-License-Identifier: MIT
// summitwatch commitments as users meet it: the list with its proposed status, `show`, `score`
// (append-only: a second score keeps the first), `compliance` and the pinned error messages.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using sw::test::Ran;

using sw::test::Slurp;

constexpr const char* kDeclaration = R"(---
id: cli-decl
title: "Joint Statement"
date: 2023-09-19
kind: declaration
issuer: [KAZ, KGZ, TJK, TKM, UZB, USA]
format: c5plus1
lang: en
---
The leaders of the C5+1 met in New York.

1. We will establish a working group on water by 2024.
)";

constexpr const char* kNews =
    R"({"id": "cli-news-1", "date": "2024-05-10", "kind": "news", "lang": "en", "country": "KAZ", )"
    R"("text": "The first meeting of the C5+1 working group on water was held in Almaty."})"
    "\n";

class CommitmentsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "in");
    db_ = (dir_ / "t.db").string();
    std::ofstream(dir_ / "in" / "cli-decl.md") << kDeclaration;
    std::ofstream(dir_ / "in" / "news.jsonl") << kNews;
    Ran r = Sw("init --db " + db_);
    ASSERT_EQ(r.status, 0) << r.err;
    r = Sw("ingest --db " + db_ + " " + (dir_ / "in").string());
    ASSERT_EQ(r.status, 0) << r.err;
  }

  Ran Sw(const std::string& args) {
    return sw::test::Run(dir_, args);
  }

  int64_t Scalar(const std::string& sql) { return sw::test::QueryInt(db_, sql); }

  sw::test::TempDir tmp_{"commitments"};  // removed, permissions restored, after each test
  fs::path dir_ = tmp_.path();
  std::string db_;
};

TEST_F(CommitmentsCliTest, ListsTheCommitmentWithItsProposedStatus) {
  Ran r = Sw("commitments --db " + db_ + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"cli-decl#1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"status\":\"done\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"deadline\":\"2024\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cli-news-1"), std::string::npos) << r.out;
  r = Sw("commitments --db " + db_ + " --status no-evidence");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("cli-decl#1"), std::string::npos) << r.out;
  r = Sw("commitments show cli-decl#1 --db " + db_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("The first meeting of the C5+1 working group on water was held in Almaty."), std::string::npos)
      << r.out;
}

TEST_F(CommitmentsCliTest, ScoresAreAppendedAndTheLatestCounts) {
  Ran r = Sw("commitments score cli-decl#1 --db " + db_ + " --member KAZ --score 0 --note 'announced only' "
             "--source cli-news-1");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("recorded cli-decl#1 KAZ 0 at ", 0), 0u) << r.out;
  r = Sw("commitments score cli-decl#1 --db " + db_ + " --member KAZ --score 1 --note 'first meeting held' "
         "--source cli-news-1");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("(2 scores for this member kept)"), std::string::npos) << r.out;
  r = Sw("commitments score cli-decl#1 --db " + db_ + " --member USA --score -1");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Scalar("SELECT count(*) FROM commitment_scores"), 3);
  EXPECT_EQ(Scalar("SELECT score FROM commitment_scores WHERE member = 'KAZ' ORDER BY id LIMIT 1"), 0);

  r = Sw("commitments show cli-decl#1 --db " + db_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("KAZ 0  announced only  [cli-news-1]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("KAZ +1  first meeting held  [cli-news-1]"), std::string::npos) << r.out;

  // Current scores: KAZ +1, USA -1 -> mean 0 -> 50%; by member KAZ 100%, USA 0%.
  r = Sw("commitments compliance --db " + db_ + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"format\":\"c5plus1\",\"commitments\":1,\"scores\":2,\"mean score\":0.0"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"compliance %\":50.0"), std::string::npos) << r.out;
  r = Sw("commitments compliance --by member --db " + db_ + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"member\":\"KAZ\",\"commitments\":1,\"scores\":1,\"mean score\":1.0"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"compliance %\":100.0"), std::string::npos) << r.out;
}

TEST_F(CommitmentsCliTest, BadScoresAndMembersAreRefused) {
  Ran r = Sw("commitments score cli-decl#1 --db " + db_ + " --member KAZ --score 2");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: --score must be -1, 0 or 1, not '2'.\n");
  r = Sw("commitments score cli-decl#1 --db " + db_ + " --member XYZ --score 1");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: unknown member 'XYZ': give the id of a country or organisation of the "
                   "knowledge base (e.g. KAZ).\n");
  r = Sw("commitments score cli-decl#7 --db " + db_ + " --member KAZ --score 1");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no commitment cli-decl#7 in the store: document 'cli-decl' has 1 commitment.\n");
  EXPECT_EQ(Scalar("SELECT count(*) FROM commitment_scores"), 0);
}

}  // namespace
