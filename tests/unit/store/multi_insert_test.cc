// SPDX-License-Identifier: MIT
// Multi-row inserts: every row arrives once, in order, with its NULLs, across group boundaries.
#include "store/multi_insert.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using sw::store::Cell;

TEST(MultiInsert, RowsAcrossGroupsArriveOnceInOrderWithNulls) {
  auto db = sw::store::Db::Open(":memory:", true);
  ASSERT_TRUE(db) << db.error().message;
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER, x REAL, s TEXT)"));
  sw::store::MultiInsert insert(*db, "INSERT INTO t (i, x, s)", 3);
  const int n = 2 * sw::store::MultiInsert::kMaxRows + 5;  // two full groups and a partial one
  std::vector<std::string> texts;
  for (int i = 0; i < n; ++i) texts.push_back("row " + std::to_string(i));
  for (int i = 0; i < n; ++i) {
    const Cell s = i % 7 == 0 ? Cell{} : Cell{std::string_view(texts[i])};
    ASSERT_TRUE(insert.Add({int64_t{i}, i / 2.0, s}));
  }
  ASSERT_TRUE(insert.Flush());
  ASSERT_TRUE(insert.Flush());  // nothing queued: a no-op

  sw::store::Stmt q(*db, "SELECT i, x, s FROM t ORDER BY rowid");
  int i = 0;
  while (q.Step()) {
    EXPECT_EQ(q.Int(0), i);
    EXPECT_DOUBLE_EQ(q.Real(1), i / 2.0);
    if (i % 7 == 0) {
      EXPECT_TRUE(q.IsNull(2)) << i;
    } else {
      EXPECT_EQ(q.Text(2), texts[i]);
    }
    ++i;
  }
  EXPECT_TRUE(q.status());
  EXPECT_EQ(i, n);
}

TEST(MultiInsert, AFailingGroupReportsTheErrorAndClearDropsQueuedRows) {
  auto db = sw::store::Db::Open(":memory:", true);
  ASSERT_TRUE(db) << db.error().message;
  ASSERT_TRUE(db->Exec("CREATE TABLE t (i INTEGER PRIMARY KEY)"));
  sw::store::MultiInsert insert(*db, "INSERT INTO t (i)", 1);
  ASSERT_TRUE(insert.Add({int64_t{1}}));
  ASSERT_TRUE(insert.Add({int64_t{1}}));  // a duplicate key: the group fails when sent
  EXPECT_FALSE(insert.Flush());
  ASSERT_TRUE(insert.Add({int64_t{2}}));
  insert.Clear();
  ASSERT_TRUE(insert.Flush());
  sw::store::Stmt q(*db, "SELECT count(*) FROM t");
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.Int(0), 0);
}

}  // namespace
