// SPDX-License-Identifier: MIT
#include "store/multi_insert.h"

namespace sw::store {

Stmt& MultiInsert::StatementFor(int rows) {
  auto& stmt = statements_[rows];
  if (!stmt) {
    std::string tuple = "(";
    for (int c = 0; c < columns_; ++c) tuple += c ? ", ?" : "?";
    tuple += ")";
    std::string sql = head_ + " VALUES ";
    for (int r = 0; r < rows; ++r) sql += (r ? ", " : "") + tuple;
    stmt = std::make_unique<Stmt>(db_, sql);
  }
  return *stmt;
}

summitwatch::Status MultiInsert::Flush() {
  if (cells_.empty()) return {};
  const int rows = static_cast<int>(cells_.size()) / columns_;
  Stmt& stmt = StatementFor(rows);
  for (size_t i = 0; i < cells_.size(); ++i) {
    const int param = static_cast<int>(i) + 1;
    const Cell& cell = cells_[i];
    if (auto* n = std::get_if<int64_t>(&cell)) stmt.Bind(param, *n);
    else if (auto* d = std::get_if<double>(&cell)) stmt.Bind(param, *d);
    else if (auto* s = std::get_if<std::string_view>(&cell)) stmt.Bind(param, *s);
    else stmt.BindNull(param);
  }
  cells_.clear();
  return stmt.Run();
}

}  // namespace sw::store
