// SPDX-License-Identifier: MIT
// New stores are made with 8 KB pages (ingest's writer does less work per document); stores
// made by earlier builds with 4 KB pages open, take documents and keep their page size.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "../temp_dir.h"
#include "store/document_writer.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

class PageSizeTest : public sw::test::TempDirTest {
 protected:
  std::string Path(const char* name) const { return (dir_ / name).string(); }
  static std::string One(const sw::store::Db& db, const std::string& sql) {
    sw::store::Stmt q(db, sql);
    return q.Step() ? std::string(q.Text(0)) : "(" + q.status().error().message + ")";
  }
  // One coded document through the writer, committed; "" or the error.
  static std::string InsertOne(sw::store::Db& db) {
    summitwatch::Document d;
    d.id = "doc-1";
    d.date = "2024-05-01";
    d.text = "The ministers met. They agreed.";
    summitwatch::Coding c;
    c.sentences = {{0, 18}, {19, 31}};
    c.sentence_tone = {0.0, 0.5};
    c.sentence_areas = {{1, "economy", 1.0, 1.0}};
    c.areas = {{"economy", 1.0}};
    c.mentions = {{"KAZ", "country", 4, 13, 0, ""}};
    sw::store::DocumentWriter w(db);
    if (auto s = db.Exec("BEGIN"); !s) return s.error().message;
    auto added = w.Insert(d, c, "en", "hash-1", 0);
    if (!added) return added.error().message;
    if (auto s = w.FlushTotals(); !s) return s.error().message;
    if (auto s = db.Exec("COMMIT"); !s) return s.error().message;
    return "";
  }
};

TEST_F(PageSizeTest, ANewStoreHas8KbPages) {
  auto store = summitwatch::Store::Create(Path("new.db"));
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ(One(store->impl().db, "PRAGMA page_size"), "8192");
  EXPECT_EQ(InsertOne(store->impl().db), "");
  EXPECT_EQ(One(store->impl().db, "SELECT count(*) FROM sentences"), "2");
}

TEST_F(PageSizeTest, AStoreWith4KbPagesOpensTakesDocumentsAndKeepsItsPages) {
  {
    // What earlier builds made: SQLite's default page size, fixed by the first table.
    auto old = summitwatch::Store::Create(Path("old.db"));
    ASSERT_TRUE(old) << old.error().message;
  }
  // Rebuild the file at 4 KB the way SQLite allows it for a store: out of WAL mode, VACUUM.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(Path("old.db").c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM; PRAGMA journal_mode = WAL;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);

  auto store = summitwatch::Store::Open(Path("old.db"));
  ASSERT_TRUE(store) << store.error().message;
  auto& db = store->impl().db;
  EXPECT_EQ(One(db, "PRAGMA page_size"), "4096");
  EXPECT_EQ(InsertOne(db), "");
  EXPECT_EQ(One(db, "SELECT group_concat(idx || ':' || start || '-' || \"end\", ' ') FROM sentences"), "0:0-18 1:19-31");
  EXPECT_EQ(One(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(One(db, "PRAGMA page_size"), "4096");
}

}  // namespace
