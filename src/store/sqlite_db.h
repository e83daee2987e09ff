// SPDX-License-Identifier: MIT
// A thin RAII layer over the SQLite C API: a connection and prepared statements, with failures
// turned into summitwatch::Error values. Only src/store and src/analyze see SQLite.
//
// Usage:
//   auto db = sw::store::Db::Open("summitwatch.db");
//   sw::store::Stmt q(*db, "SELECT id FROM documents WHERE kind = ?");
//   q.Bind(1, "news");
//   while (q.Step()) use(q.Text(0));
//   if (!q.status()) return q.status().error();
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "summitwatch/error.h"

namespace sw::store {

class Db {
 public:
  /// Opens (creating when `create`) the database file. Sets no pragmas.
  static summitwatch::Result<Db> Open(const std::string& path, bool create);
  Db(Db&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept;
  ~Db();

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }
  /// Runs one or more statements that return no rows; `doing` names the work in messages.
  summitwatch::Status Exec(std::string_view sql, std::string_view doing = "a statement");
  /// The error SQLite last reported on this connection, as one sentence naming the store.
  summitwatch::Error LastError(std::string_view doing) const;

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Stmt {
 public:
  Stmt(const Db& db, std::string_view sql);
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_), status_(std::move(o.status_)) { o.stmt_ = nullptr; }
  Stmt(const Stmt&) = delete;
  ~Stmt();

  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, uint32_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, size_t v) { sqlite3_bind_int64(stmt_, i, static_cast<int64_t>(v)); }
  void Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  /// Binds text without copying: `v` must outlive the next Step().
  void Bind(int i, std::string_view v) { sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  /// Binds text, or NULL when `v` is empty.
  void BindOrNull(int i, std::string_view v) {
    if (v.empty()) sqlite3_bind_null(stmt_, i); else Bind(i, v);
  }
  void BindBlob(int i, const void* p, size_t n) { sqlite3_bind_blob(stmt_, i, p, static_cast<int>(n), SQLITE_STATIC); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }

  /// True while a row is available; false when done or failed (see status()).
  bool Step();
  /// Runs a statement that returns no rows, then resets it for reuse.
  summitwatch::Status Run();
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string_view Text(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
  }
  int ColumnType(int col) const { return sqlite3_column_type(stmt_, col); }
  int ColumnCount() const { return sqlite3_column_count(stmt_); }
  const char* ColumnName(int col) const { return sqlite3_column_name(stmt_, col); }

  /// OK, or the first failure of preparing or stepping this statement.
  const summitwatch::Status& status() const { return status_; }

 private:
  const Db* db_;
  sqlite3_stmt* stmt_ = nullptr;
  summitwatch::Status status_;
};

}  // namespace sw::store
