// SPDX-License-Identifier: MIT
// A store survives an ingest killed with SIGKILL at any moment: the file passes SQLite's
// integrity check, and running the same ingest again completes it without duplicates.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

constexpr int kDocuments = 3000;

using sw::test::QueryInt;
using sw::test::QueryText;

// Starts `summitwatch args...` from the source directory; returns its pid.
pid_t Spawn(const std::vector<std::string>& args, const fs::path& log) {
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(SW_SOURCE_DIR) != 0) _exit(127);
    FILE* f = std::fopen(log.c_str(), "w");
    if (f) {
      dup2(fileno(f), STDOUT_FILENO);
      dup2(fileno(f), STDERR_FILENO);
    }
    std::vector<char*> argv{const_cast<char*>(SW_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(SW_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST(StoreKillTest, KilledIngestLeavesAConsistentStoreAndARerunCompletesIt) {
  const fs::path dir = fs::temp_directory_path() / ("sw-kill-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "k.db").string();
  const fs::path corpus = dir / "corpus.jsonl";
  {
    // Documents of a few hundred words that mention formats and areas, so each costs some coding.
    std::ofstream f(corpus, std::ios::binary);
    for (int i = 0; i < kDocuments; ++i) {
      f << "{\"id\": \"doc-" << i << "\", \"date\": \"" << 2015 + i % 11 << "-0" << 1 + i % 9 << "-1" << i % 10
        << "\", \"kind\": \"news\", \"country\": \"KAZ\", \"text\": \"";
      for (int s = 0; s < 12; ++s) {
        f << "Item " << i << " sentence " << s << ": the C5+1 ministers welcomed the China–Central Asia Secretariat and "
          << "discussed trade, investment, transport corridors, energy, water and security in Astana. ";
      }
      f << "\"}\n";
    }
  }
  ASSERT_EQ(Wait(Spawn({"init", "--db", db}, dir / "init.log")), 0);

  // Small batches so that the kill lands between and inside commits.
  pid_t pid = Spawn({"ingest", "--db", db, "--batch", "50", corpus.string()}, dir / "ingest1.log");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int64_t seen = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = QueryInt(db, "SELECT count(*) FROM documents");
    if (seen >= 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  const int status = Wait(pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed (" << seen << " documents seen)";

  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  const int64_t partial = QueryInt(db, "SELECT count(*) FROM documents");
  EXPECT_GT(partial, 0);
  EXPECT_LT(partial, kDocuments);
  // Every stored document is whole: its text, tone and sentences are there, and the aggregates
  // count exactly the stored documents.
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_texts t WHERE t.doc = d.doc) "
                      "OR NOT EXISTS (SELECT 1 FROM tone t WHERE t.doc = d.doc) "
                      "OR d.sentences != (SELECT count(*) FROM sentences s WHERE s.doc = d.doc)"),
            0);
  EXPECT_EQ(QueryInt(db, "SELECT sum(documents) FROM group_totals WHERE dim = 'year'"), partial);

  pid = Spawn({"ingest", "--db", db, corpus.string()}, dir / "ingest2.log");
  const int rerun = Wait(pid);
  EXPECT_TRUE(WIFEXITED(rerun) && WEXITSTATUS(rerun) == 0);
  std::ifstream log(dir / "ingest2.log");
  std::string line;
  std::getline(log, line);
  EXPECT_EQ(line.rfind("ingest: read " + std::to_string(kDocuments) + ", new " + std::to_string(kDocuments - partial) +
                           ", duplicate " + std::to_string(partial) + ", skipped 0 (",
                       0),
            0u)
      << line;

  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), kDocuments);
  EXPECT_EQ(QueryInt(db, "SELECT count(DISTINCT id) FROM documents"), kDocuments);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM document_texts"), kDocuments);
  EXPECT_EQ(QueryInt(db, "SELECT sum(documents) FROM group_totals WHERE dim = 'year'"), kDocuments);
  EXPECT_EQ(QueryInt(db, "SELECT documents FROM entity_activity WHERE entity = 'china-ca-secretariat'"), kDocuments);
  fs::remove_all(dir);
}

}  // namespace
