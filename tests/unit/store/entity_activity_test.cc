// SPDX-License-Identifier: MIT
// The writer finds an entity's running totals by the address of its id before hashing the id:
// the totals must not depend on where an id's bytes live, nor mix up an id with a prefix of
// another that starts at the same address, and must start afresh after each flush.
#include <gtest/gtest.h>

#include <string>

#include "../analyze/test_store.h"
#include "store/document_writer.h"
#include "store/store_impl.h"

namespace {

class EntityActivityTest : public sw::test::TempStoreTest {
 protected:
  void SetUp() override { ASSERT_NO_FATAL_FAILURE(OpenStore("")); }
  sw::store::Db& db() { return store_->impl().db; }
  std::string Activity() {
    sw::store::Stmt q(db(), "SELECT group_concat(entity || '=' || documents || '/' || mentions, ' ') "
                            "FROM (SELECT * FROM entity_activity ORDER BY entity)");
    return q.Step() ? std::string(q.Text(0)) : "(" + q.status().error().message + ")";
  }
  // One document whose mentions name `ids`, committed in a batch of its own when `commit`.
  void Insert(int n, std::initializer_list<std::string_view> ids) {
    summitwatch::Document d;
    d.id = "doc-" + std::to_string(n);
    d.date = "2024-01-0" + std::to_string(n);
    d.text = "text " + std::to_string(n);
    summitwatch::Coding c;
    c.sentences = {{0, 4}};
    c.sentence_tone = {0.0};
    for (auto id : ids) c.mentions.push_back({id, "country", 0, 4, 0, ""});
    auto added = writer_->Insert(d, c, "en", "hash-" + std::to_string(n), 0);
    ASSERT_TRUE(added) << added.error().message;
  }
  void Commit() {
    ASSERT_TRUE(writer_->FlushTotals());
    ASSERT_TRUE(db().Exec("COMMIT"));
  }

  std::optional<sw::store::DocumentWriter> writer_;
};

TEST_F(EntityActivityTest, TotalsFollowTheIdNotWhereItsBytesLive) {
  writer_.emplace(db());
  const std::string a = "kazakhstan", b = "kazakhstan";  // equal ids at two addresses
  const std::string_view prefix = std::string_view(a).substr(0, 3);  // "kaz", at a's address
  ASSERT_TRUE(db().Exec("BEGIN"));
  Insert(1, {a, b, prefix});
  Insert(2, {b});
  Insert(3, {prefix, prefix});
  Commit();
  EXPECT_EQ(Activity(), "kaz=2/3 kazakhstan=2/3");

  // A second batch adds to the stored totals, whatever the address the ids arrive at.
  const std::string c = "kaz";
  ASSERT_TRUE(db().Exec("BEGIN"));
  Insert(4, {c, a});
  Commit();
  EXPECT_EQ(Activity(), "kaz=3/4 kazakhstan=3/4");

  // One buffer reused for another id of the same length within a batch: each id keeps its own.
  std::string reused = "tajikistan";
  ASSERT_TRUE(db().Exec("BEGIN"));
  Insert(5, {std::string_view(reused)});
  reused.replace(0, reused.size(), "uzbekistan");  // same size, same bytes' address
  Insert(6, {std::string_view(reused), std::string_view(reused)});
  Commit();
  EXPECT_EQ(Activity(), "kaz=3/4 kazakhstan=3/4 tajikistan=1/1 uzbekistan=1/2");
}

}  // namespace
