// SPDX-License-Identifier: MIT
// Inserts many small rows into one table with multi-row INSERT statements.
//
// Usage:
//   MultiInsert sentences(db, "INSERT INTO sentences (doc, idx, start, \"end\", tone)", 5);
//   for (...) sentences.Add({doc, i, s.start, s.end, tone});
//   sentences.Flush();          // before the transaction commits
//
// A document has dozens of sentence, area and mention rows; one statement per row spends more
// time in statement set-up than in the B-tree. Rows are sent in groups of up to kMaxRows, each
// group size with its own prepared statement.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/sqlite_db.h"

namespace sw::store {

/// One value: NULL, an integer, a real number, or text that must live until the next Flush().
using Cell = std::variant<std::monostate, int64_t, double, std::string_view>;

class MultiInsert {
 public:
  static constexpr int kMaxRows = 32;

  MultiInsert(const Db& db, std::string head, int columns) : db_(db), head_(std::move(head)), columns_(columns) {}

  /// Queues a row of `columns` cells; sends a full group.
  summitwatch::Status Add(std::initializer_list<Cell> row) {
    cells_.insert(cells_.end(), row.begin(), row.end());
    return cells_.size() >= static_cast<size_t>(kMaxRows * columns_) ? Flush() : summitwatch::Status();
  }
  /// Sends the queued rows.
  summitwatch::Status Flush();
  /// Drops the queued rows (after a rollback).
  void Clear() { cells_.clear(); }

 private:
  Stmt& StatementFor(int rows);

  const Db& db_;
  std::string head_;
  int columns_;
  std::vector<Cell> cells_;
  std::array<std::unique_ptr<Stmt>, kMaxRows + 1> statements_;
};

}  // namespace sw::store
