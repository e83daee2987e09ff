// SPDX-License-Identifier: MIT
// The store commands as users meet them: init, ingest (and every bad input of DESIGN.md), the
// queries with --json, export, show; stdout, stderr and exit status.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <summitwatch/store.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using sw::test::Ran;

using sw::test::Slurp;

class StoreCliTest : public ::testing::Test {
 protected:
  // Runs summitwatch with `args` (shell words) from the source directory.
  Ran Sw(const std::string& args) {
    return sw::test::Run(dir_, args);
  }

  fs::path Write(const std::string& name, const std::string& content) { return tmp_.Write(name, content); }

  // A store with the two fixture documents (one text file, two JSON Lines news items).
  void InitAndIngestFixtures() {
    Ran r = Sw("init --db " + db_);
    ASSERT_EQ(r.status, 0) << r.err;
    r = Sw("ingest --db " + db_ + " tests/fixtures/docs");
    ASSERT_EQ(r.status, 0) << r.err;
  }

  int64_t Scalar(const std::string& sql) { return sw::test::QueryInt(db_, sql); }

  sw::test::TempDir tmp_{"store"};  // removed, permissions restored, after each test
  fs::path dir_ = tmp_.path();
  std::string db_ = (dir_ / "t.db").string();
};

TEST_F(StoreCliTest, InitCreatesAStoreWithTheKnowledgeBase) {
  Ran r = Sw("init --db " + db_ + " --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string version = std::to_string(summitwatch::Store::SchemaVersion());
  EXPECT_NE(r.out.find("\"schema_version\":" + version + ","), std::string::npos) << r.out;
  EXPECT_GT(Scalar("SELECT count(*) FROM entities WHERE type = 'format'"), 5);
  EXPECT_EQ(Scalar("SELECT count(*) FROM entities WHERE id = 'ca-national-coordinators-council'"), 1);
  EXPECT_EQ(Scalar("PRAGMA user_version"), summitwatch::Store::SchemaVersion());
  // Running it again is harmless.
  r = Sw("init --db " + db_);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(db_ + ": schema version " + version + ", "), std::string::npos) << r.out;
}

TEST_F(StoreCliTest, IngestTwiceStoresOnce) {
  Sw("init --db " + db_);
  Ran r = Sw("ingest --db " + db_ + " tests/fixtures/docs");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("ingest: read 3, new 3, duplicate 0, skipped 0 (", 0), 0u) << r.out;
  r = Sw("ingest --db " + db_ + " tests/fixtures/docs --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"read\":3,\"new\":0,\"duplicate\":3,\"skipped\":0,", 0), 0u) << r.out;
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(Scalar("SELECT sum(documents) FROM group_totals WHERE dim = 'year'"), 3);
}

TEST_F(StoreCliTest, ADocumentTwiceInOneRunIsStoredOnce) {
  Sw("init --db " + db_);
  // The second copy arrives before the first is committed: the writer, not the pre-check, catches it.
  fs::path f = Write("twice.jsonl", "{\"id\": \"t\", \"text\": \"Astana hosted the C5+1.\"}\n"
                                    "{\"id\": \"t\", \"text\": \"Astana hosted the C5+1.\"}\n"
                                    "{\"id\": \"u\", \"text\": \"Astana hosted the C5+1.\"}\n");
  Ran r = Sw("ingest --db " + db_ + " " + f.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("ingest: read 3, new 2, duplicate 1, skipped 0 (", 0), 0u) << r.out;
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Scalar("SELECT documents FROM group_totals WHERE dim = 'year' AND key = ''"), 2);
}

TEST_F(StoreCliTest, MetadataOverridesAreStored) {
  Sw("init --db " + db_);
  fs::path f = Write("plain.txt", "The C5+1 ministers met in Astana and welcomed the C5+1 Secretariat.");
  Ran r = Sw("ingest --db " + db_ + " --kind statement --issuer KAZ,UZB --format c5plus1 --date 2024-02-01 --lang en "
             "--country KAZ " + f.string());
  EXPECT_EQ(r.status, 0) << r.err;
  r = Sw("docs --db " + db_ + " --json");
  EXPECT_NE(r.out.find("\"id\":\"plain\",\"date\":\"2024-02-01\",\"kind\":\"statement\",\"format\":\"c5plus1\","
                       "\"issuer\":\"KAZ UZB\",\"lang\":\"en\",\"country\":\"KAZ\""),
            std::string::npos)
      << r.out;
}

TEST_F(StoreCliTest, CommandsNeedAStore) {
  Ran r = Sw("docs --db " + (dir_ / "missing.db").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: no store at '" + (dir_ / "missing.db").string() +
                       "' (create one with 'summitwatch init').\n");
}

TEST_F(StoreCliTest, AStoreThatIsNotADatabaseIsRefused) {
  fs::path f = Write("notes.db", "These are my notes, not a database.\n" + std::string(4096, 'x'));
  Ran r = Sw("docs --db " + f.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: '" + f.string() + "' is not a summitwatch store: file is not a database.\n");
  // Nor is an SQLite database of something else.
  sqlite3* db = nullptr;
  sqlite3_open((dir_ / "other.db").c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE recipes (name TEXT)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  r = Sw("ingest --db " + (dir_ / "other.db").string() + " tests/fixtures/docs");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: '" + (dir_ / "other.db").string() +
                       "' is an SQLite database but not a summitwatch store.\n");
}

TEST_F(StoreCliTest, AStoreFromANewerSchemaIsRefused) {
  ASSERT_EQ(Sw("init --db " + db_).status, 0);
  const std::string copy = (dir_ / "newer.db").string();
  fs::copy_file(db_, copy);
  sqlite3* db = nullptr;
  sqlite3_open(copy.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  for (const std::string cmd : {"docs", "init", "formats", "ingest tests/fixtures/docs"}) {
    Ran r = Sw(cmd + " --db " + copy);
    EXPECT_EQ(r.status, 2) << cmd;
    EXPECT_EQ(r.err, "summitwatch: error: store '" + copy + "' was written by schema version 99; this build reads up to " +
                         std::to_string(summitwatch::Store::SchemaVersion()) + ".\n")
        << cmd;
  }
}

TEST_F(StoreCliTest, BadInputsAreSkippedAndTheRestIsStored) {
  Sw("init --db " + db_);
  fs::path bad = Write("in/bad-utf8.txt", "Kazakhstan \xC3\x28 and \xFF Uzbekistan.");
  fs::path empty = Write("in/empty.txt", "");
  fs::path binary = Write("in/blob.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  fs::path truncated = Write("in/feed.jsonl", "{\"id\": \"a\", \"text\": \"Astana\"}\n{\"id\": \"b\", \"text\": \"Ast");
  fs::path fm = Write("in/fm.md", "---\ntitle: [unclosed\n---\nBody.\n");
  Ran r = Sw("ingest --db " + db_ + " " + (dir_ / "in").string());
  EXPECT_EQ(r.status, 1);
  const std::string d = (dir_ / "in").string();
  // One line per problem, in input order; the YAML parser's own words for broken front matter vary
  // with its version, so only the located start of that line is pinned.
  EXPECT_EQ(r.err.rfind("summitwatch: warning: bad-utf8: repaired 2 invalid UTF-8 sequences.\n"
                        "summitwatch: error: " + d + "/blob.txt: looks like a binary file, not text; skipped.\n"
                        "summitwatch: error: " + d + "/empty.txt: file is empty; skipped.\n"
                        "summitwatch: error: " + d + "/feed.jsonl:2: expected a JSON object; the line is truncated or "
                        "not valid JSON.\n"
                        "summitwatch: error: " + d + "/fm.md:3: invalid front matter: ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 5) << r.err;
  EXPECT_EQ(r.out.rfind("ingest: read 2, new 2, duplicate 0, skipped 4 (", 0), 0u) << r.out;
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Scalar("SELECT repaired FROM documents WHERE id = 'bad-utf8'"), 2);
  // The repaired text is what is stored and hashed: ingesting the broken file again is a no-op.
  r = Sw("ingest --db " + db_ + " " + bad.string());
  EXPECT_EQ(r.out.rfind("ingest: read 1, new 0, duplicate 1, skipped 0 (", 0), 0u) << r.out;
}

TEST_F(StoreCliTest, AHundredMegabyteLineIsSkippedInBoundedMemory) {
  Sw("init --db " + db_);
  {
    std::ofstream f(dir_ / "huge.jsonl", std::ios::binary);
    f << "{\"id\": \"huge\", \"text\": \"";
    const std::string block(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) f << block;
    f << "\"}\n{\"id\": \"small\", \"text\": \"Astana hosted the C5+1.\"}\n";
    std::ofstream t(dir_ / "huge.txt", std::ios::binary);
    for (int i = 0; i < 100; ++i) t << block;
  }
  Ran r = Sw("ingest --db " + db_ + " " + (dir_ / "huge.jsonl").string() + " " + (dir_ / "huge.txt").string());
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: " + (dir_ / "huge.jsonl").string() +
                       ":1: line is longer than the 64 MB document limit; skipped.\n"
                       "summitwatch: error: " + (dir_ / "huge.txt").string() +
                       ": larger than the 64 MB document limit; skipped.\n");
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents WHERE id = 'small'"), 1);
  // Peak resident memory of the largest child so far (this test's ingest): the line was never
  // held whole beyond the limit, and nothing was coded from it.
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  EXPECT_LT(usage.ru_maxrss, 400 * 1024) << "peak RSS " << usage.ru_maxrss / 1024 << " MB";
}

TEST_F(StoreCliTest, AnUnreadableFileIsSkipped) {
  Sw("init --db " + db_);
  fs::path locked = Write("locked.txt", "Secret.");
  fs::permissions(locked, fs::perms::none);
  // Root reads a chmod-000 file anyway; /proc/self/mem fails to read (EIO at offset 0) for everyone.
  const bool root = ::access(locked.c_str(), R_OK) == 0;
  Ran r = Sw("ingest --db " + db_ + " /proc/self/mem" + (root ? "" : " " + locked.string()));
  EXPECT_EQ(r.status, 1);
  std::string expected = "summitwatch: error: /proc/self/mem: read failed: Input/output error.\n";
  if (!root) expected += "summitwatch: error: " + locked.string() + ": cannot open: Permission denied.\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 0);
  if (root) GTEST_SKIP() << "running as root: chmod 000 does not stop root reading, so only /proc/self/mem was tried";
}

TEST_F(StoreCliTest, QueriesAnswerWithJson) {
  InitAndIngestFixtures();
  Ran r = Sw("areas --db " + db_ + " --by year --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("[\n {\"year\":2023,\"documents\":", 0), 0u) << r.out;
  r = Sw("areas --db " + db_ + " --by document --json");
  EXPECT_NE(r.out.find("{\"document\":\"xian-excerpt\",\"date\":\"2023-05-19\",\"coded\":3,"), std::string::npos) << r.out;
  r = Sw("mentions --db " + db_ + " --entity china-ca-secretariat --by format --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"mentioning\":1,\"mentions\":1,\"welcomes\":1"), std::string::npos) << r.out;
  r = Sw("formats --db " + db_ + " --json --as-of 2024-12-31");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("{\"format\":\"china-ca\",\"initiator\":\"CHN\",\"initiator_kind\":\"external\""), std::string::npos)
      << r.out;
  r = Sw("formats --db " + db_ + " --bodies --json");
  EXPECT_NE(r.out.find("{\"body\":\"ca-national-coordinators-council\",\"kind\":\"council\""), std::string::npos) << r.out;
  r = Sw("docs --db " + db_ + " --kind news --json");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("xian-excerpt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"id\":\"n1\""), std::string::npos) << r.out;
}

TEST_F(StoreCliTest, TablesAreAlignedWithoutJson) {
  InitAndIngestFixtures();
  Ran r = Sw("areas --db " + db_ + " --by year");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Area profiles by year: mean share of each area over the group's area-coded documents\n\n"
                        "year  documents  coded  ",
                        0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("\n2023          1      1  "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n2024          2      2  "), std::string::npos) << r.out;
}

TEST_F(StoreCliTest, CompareShowsTheLargestDifferenceFirst) {
  Sw("init --db " + db_);
  fs::path trade = Write("trade.txt", "Trade and investment grew. New trade agreements were signed. Terrorism was mentioned.");
  fs::path security = Write("security.txt", "Terrorism and border security were discussed.");
  ASSERT_EQ(Sw("ingest --db " + db_ + " --issuer KAZ " + trade.string()).status, 0);
  ASSERT_EQ(Sw("ingest --db " + db_ + " --issuer CHN " + security.string()).status, 0);
  Ran r = Sw("areas --db " + db_ + " --compare KAZ CHN");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Area profiles of issuer KAZ (1 documents) and CHN (1 documents); the areas that differ most "
                        "first\n\narea ",
                        0),
            0u)
      << r.out;
  r = Sw("areas --db " + db_ + " --compare KAZ CHN --json");
  // Security is all of CHN's profile and a third of KAZ's: the largest gap, so the first row.
  // The bootstrap interval columns follow (tests/cli/compare_cli_test.cc).
  EXPECT_EQ(r.out.rfind("[\n {\"area\":\"security\",\"KAZ\":0.333333,\"CHN\":1.0,\"difference\":-0.666667,", 0), 0u)
      << r.out;
  r = Sw("areas --db " + db_ + " --compare KAZ ZZZ");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no area-coded documents for issuer 'ZZZ' in the store.\n");
}

TEST_F(StoreCliTest, ExportWritesCsvAndJsonLines) {
  InitAndIngestFixtures();
  Ran r = Sw("export areas --db " + db_ + " --by year --csv");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("year,documents,coded,", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\r\n2023,1,1,"), std::string::npos) << r.out;
  r = Sw("export docs --db " + db_ + " --jsonl");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
  EXPECT_EQ(r.out.front(), '{');
}

TEST_F(StoreCliTest, ShowPrintsTheDocumentWithItsCoding) {
  InitAndIngestFixtures();
  Ran r = Sw("show --db " + db_ + " xian-excerpt");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find('\033'), std::string::npos) << "no colour when piped";
  EXPECT_NE(r.out.find("  format   china-ca\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("china-ca-secretariat  body"), std::string::npos) << r.out;
  r = Sw("show --db " + db_ + " xian-excerpt --color always");
  EXPECT_NE(r.out.find("\033[32;1mChina–Central Asia Secretariat\033[0m"), std::string::npos) << r.out;
  r = Sw("show --db " + db_ + " xian-excerpt --json");
  EXPECT_NE(r.out.find("\"stance\":\"welcomes\""), std::string::npos) << r.out;
  r = Sw("show --db " + db_ + " nothing-like-it");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no document 'nothing-like-it' in the store.\n");
}

// The report has its own tests: tests/cli/report_cli_test.cc.

}  // namespace
