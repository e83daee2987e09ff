// SPDX-License-Identifier: MIT
// Compressed document texts (schema version 4): sw_text gives back exactly the text, byte offsets
// into it stay right, plain texts of version-3 stores pass through, and a damaged frame is an error.
#include "store/text_codec.h"

#include <gtest/gtest.h>

#include <string>

#include "../temp_dir.h"
#include "store/document_writer.h"
#include "store/migrations.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

std::string LongText() {
  std::string t;
  for (int i = 0; i < 40; ++i) t += "Лидеры стран Центральной Азии — Astana, " + std::to_string(i) + ". ";
  return t;
}

// Runs `sql` with `blob` bound as ?1 (as a BLOB) and returns the first column as text, or the error.
std::string Eval(const sw::store::Db& db, const char* sql, std::string_view blob, bool as_blob = true) {
  sw::store::Stmt q(db, sql);
  if (as_blob) {
    q.BindBlob(1, blob.data(), blob.size());
  } else {
    q.Bind(1, blob);
  }
  if (!q.Step()) return "(error: " + q.status().error().message + ")";
  return std::string(q.Text(0));
}

TEST(TextCodec, PackedTextsComeBackWholeAndOffsetsStayBytes) {
  auto db = sw::store::Db::Open(":memory:", true);
  ASSERT_TRUE(db) << db.error().message;
  const std::string text = LongText();
  const std::string packed = sw::store::PackText(text);
  ASSERT_FALSE(packed.empty());
  EXPECT_LT(packed.size(), text.size() / 2);
  EXPECT_EQ(Eval(*db, "SELECT sw_text(?1)", packed), text);
  EXPECT_EQ(Eval(*db, "SELECT typeof(sw_text(?1))", packed), "text");
  // "Центральной" starts after "Лидеры стран " (13 characters, 24 bytes) and is 22 bytes long.
  EXPECT_EQ(Eval(*db, "SELECT substr(CAST(sw_text(?1) AS BLOB), 25, 22)", packed), "Центральной");
  EXPECT_EQ(Eval(*db, "SELECT substr(CAST(sw_text(?1) AS BLOB), 25, 22)", text, false), "Центральной");
}

TEST(TextCodec, PlainValuesPassThroughAndShortTextsStayPlain) {
  auto db = sw::store::Db::Open(":memory:", true);
  ASSERT_TRUE(db);
  EXPECT_TRUE(sw::store::PackText("Astana.").empty());
  const std::string text = LongText();
  EXPECT_EQ(Eval(*db, "SELECT sw_text(?1)", text, false), text);
  EXPECT_EQ(Eval(*db, "SELECT typeof(sw_text(?1))", text, false), "text");
  EXPECT_EQ(Eval(*db, "SELECT quote(sw_text(NULL))", ""), "NULL");
  // A BLOB that is not a zstd frame is not ours to interpret.
  EXPECT_EQ(Eval(*db, "SELECT sw_text(?1)", "plain bytes"), "plain bytes");
}

TEST(TextCodec, ADamagedFrameIsAnErrorNotGarbage) {
  auto db = sw::store::Db::Open(":memory:", true);
  ASSERT_TRUE(db);
  std::string packed = sw::store::PackText(LongText());
  ASSERT_GT(packed.size(), 20u);
  packed.resize(packed.size() - 10);
  const std::string got = Eval(*db, "SELECT sw_text(?1)", packed);
  EXPECT_NE(got.find("sw_text: a stored document text is not a readable zstd frame"), std::string::npos) << got;
}

class TextStoreTest : public sw::test::TempDirTest {
 protected:
  std::string Path() const { return (dir_ / "s.db").string(); }

  static void Insert(sw::store::Db& db, const std::string& id, const std::string& text, bool pack) {
    summitwatch::Document d;
    d.id = id;
    d.text = text;
    summitwatch::Coding c;
    sw::store::DocumentWriter w(db);
    ASSERT_TRUE(db.Exec("BEGIN"));
    const std::string packed = pack ? sw::store::PackText(text) : std::string();
    auto r = w.Insert(d, c, "ru", id + "-hash", 0, packed);
    ASSERT_TRUE(r && *r);
    ASSERT_TRUE(w.FlushTotals());
    ASSERT_TRUE(db.Exec("COMMIT"));
  }
  static std::string One(const sw::store::Db& db, const std::string& sql) {
    sw::store::Stmt q(db, sql);
    return q.Step() ? std::string(q.Text(0)) : "(" + q.status().error().message + ")";
  }
};

TEST_F(TextStoreTest, AVersion3StoreOpensMigratesAndReadsOldAndNewTextsAlike) {
  const std::string old_text = LongText();
  const std::string new_text = "Второй документ. " + LongText();
  {
    // A version-3 store: version 4 adds no table, only the meta row and compressed rows.
    auto store = summitwatch::Store::Create(Path());
    ASSERT_TRUE(store) << store.error().message;
    auto& db = store->impl().db;
    ASSERT_NO_FATAL_FAILURE(Insert(db, "old", old_text, false));
    ASSERT_TRUE(db.Exec("DELETE FROM meta WHERE key = 'text_encoding'; PRAGMA user_version = 3;"));
  }
  auto store = summitwatch::Store::Open(Path());
  ASSERT_TRUE(store) << store.error().message;
  auto& db = store->impl().db;
  EXPECT_GE(sw::store::LatestSchemaVersion(), 4);  // and whatever came after (5: no date index)
  EXPECT_EQ(One(db, "PRAGMA user_version"), std::to_string(sw::store::LatestSchemaVersion()));
  EXPECT_EQ(One(db, "SELECT count(*) FROM meta WHERE key = 'text_encoding'"), "1");
  ASSERT_NO_FATAL_FAILURE(Insert(db, "new", new_text, true));
  EXPECT_EQ(One(db, "SELECT typeof(text) FROM document_texts JOIN documents USING (doc) WHERE id = 'old'"), "text");
  EXPECT_EQ(One(db, "SELECT typeof(text) FROM document_texts JOIN documents USING (doc) WHERE id = 'new'"), "blob");

  auto old_doc = summitwatch::GetDocument(*store, "old");
  ASSERT_TRUE(old_doc) << old_doc.error().message;
  EXPECT_EQ(old_doc->doc.text, old_text);
  auto new_doc = summitwatch::GetDocument(*store, "new");
  ASSERT_TRUE(new_doc) << new_doc.error().message;
  EXPECT_EQ(new_doc->doc.text, new_text);
}

}  // namespace
