// SPDX-License-Identifier: MIT
// Opening stores: creation, WAL mode, migrations, and the files that are refused.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "../temp_dir.h"
#include "store/migrations.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

namespace fs = std::filesystem;

class StoreTest : public sw::test::TempDirTest {
 protected:
  std::string Path(const char* name) const { return (dir_ / name).string(); }
};

std::string One(const sw::store::Db& db, const char* sql) {
  sw::store::Stmt q(db, sql);
  return q.Step() ? std::string(q.Text(0)) : std::string("(") + q.status().error().message + ")";
}

TEST_F(StoreTest, CreateMakesAWalStoreAtTheLatestSchema) {
  auto store = summitwatch::Store::Create(Path("a.db"));
  ASSERT_TRUE(store) << store.error().message;
  const auto& db = store->impl().db;
  EXPECT_EQ(One(db, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(One(db, "PRAGMA user_version"), std::to_string(summitwatch::Store::SchemaVersion()));
  auto summary = store->Describe();
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->documents, 0u);
  EXPECT_EQ(summary->schema_version, summitwatch::Store::SchemaVersion());
}

TEST_F(StoreTest, OpenRefusesWhatIsNotAStore) {
  auto missing = summitwatch::Store::Open(Path("none.db"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, summitwatch::ErrorCode::kNotFound);

  std::ofstream(Path("text.db")) << std::string(2000, 'z');
  auto text = summitwatch::Store::Open(Path("text.db"));
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().message, "'" + Path("text.db") + "' is not a summitwatch store: file is not a database.");

  auto dir = summitwatch::Store::Open(dir_.string());
  ASSERT_FALSE(dir);
  EXPECT_EQ(dir.error().message, "store '" + dir_.string() + "' is a directory, not a file.");
}

TEST_F(StoreTest, AnEmptyFileBecomesAStore) {
  std::ofstream(Path("empty.db")).flush();
  auto store = summitwatch::Store::Open(Path("empty.db"));
  ASSERT_TRUE(store) << store.error().message;
}

TEST_F(StoreTest, NewerSchemaIsUnsupported) {
  { ASSERT_TRUE(summitwatch::Store::Create(Path("a.db"))); }
  sqlite3* db = nullptr;
  sqlite3_open(Path("a.db").c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = summitwatch::Store::Open(Path("a.db"));
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, summitwatch::ErrorCode::kUnsupported);
  EXPECT_EQ(store.error().message, "store '" + Path("a.db") + "' was written by schema version 99; this build reads up to " +
                                       std::to_string(summitwatch::Store::SchemaVersion()) + ".");
}

TEST_F(StoreTest, MigrationsApplyOnceAndRecordTheVersion) {
  auto db = sw::store::Db::Open(Path("m.db"), true);
  ASSERT_TRUE(db);
  ASSERT_TRUE(sw::store::Migrate(*db, 0));
  EXPECT_EQ(One(*db, "PRAGMA user_version"), std::to_string(sw::store::LatestSchemaVersion()));
  EXPECT_EQ(One(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"), "1");
  // Up to date: nothing to do, and no error.
  EXPECT_TRUE(sw::store::Migrate(*db, sw::store::LatestSchemaVersion()));
}

TEST_F(StoreTest, KnowledgeBaseLoadsOnceUntilItChanges) {
  fs::create_directories(dir_ / "kb");
  const std::string kb = (dir_ / "kb").string();
  auto write_kb = [&](const char* host) {
    std::ofstream(dir_ / "kb" / "f.yaml") << "- id: fmt\n  type: format\n  name: A format\n  members: [AAA, BBB]\n"
                                             "  initiator: AAA\n  initiator_kind: external\n"
                                             "  cadence: [{level: ministerial, every_months: 12}]\n"
                                             "  aliases: {en: [A format], ru: [Формат]}\n"
                                             "- id: fmt-2020\n  type: meeting\n  name: Meeting\n  format: fmt\n"
                                             "  date: 2020-05-01\n  host: "
                                          << host << "\n  aliases: {en: [The meeting], ru: [Встреча]}\n";
  };
  write_kb("AAA");
  auto store = summitwatch::Store::Create(Path("kb.db"));
  ASSERT_TRUE(store);
  bool changed = false;
  ASSERT_TRUE(store->LoadKnowledgeBase(kb, &changed));
  EXPECT_TRUE(changed);
  ASSERT_TRUE(store->LoadKnowledgeBase(kb, &changed));
  EXPECT_FALSE(changed);
  const auto& db = store->impl().db;
  EXPECT_EQ(One(db, "SELECT group_concat(member, ' ') FROM (SELECT member FROM members ORDER BY position)"), "AAA BBB");
  EXPECT_EQ(One(db, "SELECT level || every_months FROM cadences"), "ministerial12");
  EXPECT_EQ(One(db, "SELECT host FROM meetings WHERE id = 'fmt-2020'"), "AAA");
  write_kb("BBB");
  ASSERT_TRUE(store->LoadKnowledgeBase(kb, &changed));
  EXPECT_TRUE(changed);
  EXPECT_EQ(One(db, "SELECT host FROM meetings WHERE id = 'fmt-2020'"), "BBB");
  EXPECT_EQ(One(db, "SELECT count(*) FROM entities"), "2");
}

}  // namespace
