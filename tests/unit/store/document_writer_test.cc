// SPDX-License-Identifier: MIT
// The writer queues sentence, area and mention rows across documents: every row reaches its own
// document by the commit, and a rollback drops what was queued with the batch.
#include "store/document_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "../temp_dir.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

class DocumentWriterTest : public sw::test::TempDirTest {
 protected:
  void SetUp() override {
    auto store = summitwatch::Store::Create((dir_ / "w.db").string());
    ASSERT_TRUE(store) << store.error().message;
    store_.emplace(std::move(*store));
  }
  sw::store::Db& db() { return store_->impl().db; }
  std::string One(const std::string& sql) {
    sw::store::Stmt q(db(), sql);
    return q.Step() ? std::string(q.Text(0)) : "(" + q.status().error().message + ")";
  }

  // Document i has i + 1 sentences, each coded with one area, and one mention per sentence.
  static summitwatch::Coding CodingOf(int i) {
    summitwatch::Coding c;
    for (int s = 0; s <= i; ++s) {
      c.sentences.push_back({static_cast<uint32_t>(10 * s), static_cast<uint32_t>(10 * s + 9)});
      c.sentence_tone.push_back(0.1 * s);
      c.sentence_areas.push_back({static_cast<uint32_t>(s), "economy", 1.0, 2.0});
      c.mentions.push_back({"KAZ", "country", static_cast<uint32_t>(10 * s), static_cast<uint32_t>(10 * s + 3),
                            static_cast<uint32_t>(s), s % 2 ? "supports" : ""});
    }
    c.areas.push_back({"economy", 1.0});
    return c;
  }
  summitwatch::Status InsertAll(sw::store::DocumentWriter& w, int n, const std::string& prefix) {
    for (int i = 0; i < n; ++i) {
      summitwatch::Document d;
      d.id = prefix + std::to_string(i);
      d.date = "2024-01-01";
      d.text = "some text of the document";
      auto r = w.Insert(d, CodingOf(i), "en", d.id + "-hash", 0);
      if (!r) return r.error();
    }
    return {};
  }

  std::optional<summitwatch::Store> store_;
};

TEST_F(DocumentWriterTest, RowsQueuedAcrossDocumentsAllReachTheirDocument) {
  sw::store::DocumentWriter w(db());
  ASSERT_TRUE(db().Exec("BEGIN"));
  const int n = 12;  // 78 sentences: more than two full multi-row groups, and a partial one
  ASSERT_TRUE(InsertAll(w, n, "d"));
  ASSERT_TRUE(w.FlushTotals());
  ASSERT_TRUE(db().Exec("COMMIT"));
  EXPECT_EQ(One("SELECT count(*) FROM sentences"), std::to_string(n * (n + 1) / 2));
  EXPECT_EQ(One("SELECT count(*) FROM mentions"), std::to_string(n * (n + 1) / 2));
  EXPECT_EQ(One("SELECT count(*) FROM sentence_areas"), std::to_string(n * (n + 1) / 2));
  EXPECT_EQ(One("SELECT count(*) FROM document_areas"), std::to_string(n));
  // Each document has exactly its own rows: i + 1 sentences, numbered 0..i, with their offsets.
  EXPECT_EQ(One("SELECT count(*) FROM documents d WHERE d.sentences != "
                "(SELECT count(*) FROM sentences s WHERE s.doc = d.doc) "
                "OR d.sentences != 1 + CAST(substr(d.id, 2) AS INTEGER) "
                "OR d.coded_sentences != d.sentences"),
            "0");
  EXPECT_EQ(One("SELECT count(*) FROM sentences WHERE start != 10 * idx OR \"end\" != 10 * idx + 9"), "0");
  EXPECT_EQ(One("SELECT count(*) FROM mentions WHERE stance IS NOT (CASE seq % 2 WHEN 1 THEN 'supports' END)"), "0");
  // The aggregates count each document once per entity, and every mention.
  EXPECT_EQ(One("SELECT documents || ' ' || mentions FROM entity_activity WHERE entity = 'KAZ'"),
            std::to_string(n) + " " + std::to_string(n * (n + 1) / 2));
  EXPECT_EQ(One("SELECT documents || ' ' || coded FROM group_totals WHERE dim = 'year' AND key = '2024'"),
            std::to_string(n) + " " + std::to_string(n));
}

TEST_F(DocumentWriterTest, ARolledBackBatchLeavesNoQueuedRowsBehind) {
  sw::store::DocumentWriter w(db());
  ASSERT_TRUE(db().Exec("BEGIN"));
  ASSERT_TRUE(InsertAll(w, 3, "gone"));
  ASSERT_TRUE(db().Exec("ROLLBACK"));
  w.DiscardTotals();
  ASSERT_TRUE(db().Exec("BEGIN"));
  ASSERT_TRUE(InsertAll(w, 2, "kept"));
  ASSERT_TRUE(w.FlushTotals());
  ASSERT_TRUE(db().Exec("COMMIT"));
  EXPECT_EQ(One("SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)"), "kept0,kept1");
  EXPECT_EQ(One("SELECT count(*) FROM sentences"), "3");
  EXPECT_EQ(One("SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc = s.doc)"), "0");
  EXPECT_EQ(One("SELECT mentions FROM entity_activity WHERE entity = 'KAZ'"), "3");
}

}  // namespace
