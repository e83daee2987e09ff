// SPDX-License-Identifier: MIT
// Schema 5 drops the index on documents.date (its upkeep was an eighth of a large ingest): a
// schema-4 store opens, migrates, keeps its documents, and date filters still select by date.
#include <gtest/gtest.h>

#include <string>

#include "../temp_dir.h"
#include "store/document_writer.h"
#include "store/migrations.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

class Schema5Test : public sw::test::TempDirTest {
 protected:
  std::string Path() const { return (dir_ / "s.db").string(); }
  static std::string One(const sw::store::Db& db, const std::string& sql) {
    sw::store::Stmt q(db, sql);
    return q.Step() ? std::string(q.Text(0)) : "(" + q.status().error().message + ")";
  }
  static void Insert(sw::store::DocumentWriter& w, const std::string& id, const std::string& date) {
    summitwatch::Document d;
    d.id = id;
    d.date = date;
    d.text = "The ministers met.";
    summitwatch::Coding c;
    c.sentences = {{0, 18}};
    c.sentence_tone = {0.0};
    auto added = w.Insert(d, c, "en", "hash-" + id, 0);
    ASSERT_TRUE(added) << added.error().message;
  }
};

TEST_F(Schema5Test, ASchema4StoreMigratesKeepsItsDocumentsAndFiltersByDateWithoutTheIndex) {
  {
    // A schema-4 store as earlier builds left it: the date index and three documents.
    auto store = summitwatch::Store::Create(Path());
    ASSERT_TRUE(store) << store.error().message;
    auto& db = store->impl().db;
    ASSERT_TRUE(db.Exec("CREATE INDEX documents_date ON documents (date); PRAGMA user_version = 4;"));
    sw::store::DocumentWriter w(db);
    ASSERT_TRUE(db.Exec("BEGIN"));
    Insert(w, "a", "2023-05-01");
    Insert(w, "b", "2024-02-10");
    Insert(w, "c", "2024-11-30");
    ASSERT_TRUE(w.FlushTotals());
    ASSERT_TRUE(db.Exec("COMMIT"));
  }
  auto store = summitwatch::Store::Open(Path());
  ASSERT_TRUE(store) << store.error().message;
  const auto& db = store->impl().db;
  EXPECT_GE(sw::store::LatestSchemaVersion(), 5);
  EXPECT_EQ(One(db, "PRAGMA user_version"), std::to_string(sw::store::LatestSchemaVersion()));
  EXPECT_EQ(One(db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents_date'"), "0");
  EXPECT_EQ(One(db, "SELECT count(*) FROM documents"), "3");

  summitwatch::DocFilter in_2024;
  in_2024.from = "2024";
  in_2024.to = "2024-06";
  auto docs = summitwatch::ListDocuments(*store, in_2024);
  ASSERT_TRUE(docs) << docs.error().message;
  ASSERT_EQ(docs->rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(docs->rows[0][0]), "b");
}

}  // namespace
