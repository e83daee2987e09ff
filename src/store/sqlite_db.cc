// SPDX-License-Identifier: MIT
#include "store/sqlite_db.h"

#include <fmt/format.h>

#include <mutex>

#include "store/text_codec.h"

namespace sw::store {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

namespace {

// Each connection is used by one thread at a time, so SQLite's own locks only cost time: the
// global lock around its allocator's statistics was a few percent of ingest's writer. Fails
// harmlessly (the defaults stay) when the host program initialised SQLite before us.
void ConfigureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    (void)sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  });
}

}  // namespace

summitwatch::Result<Db> Db::Open(const std::string& path, bool create) {
  ConfigureSqliteOnce();
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return MakeError(rc == SQLITE_CANTOPEN ? ErrorCode::kIo : ErrorCode::kInvalidInput,
                     fmt::format("cannot open store '{}': {}.", path, why), path);
  }
  // Another process (an ingest beside a query) may hold the write lock for one batch.
  sqlite3_busy_timeout(db, 30000);
  sqlite3_extended_result_codes(db, 1);
  // Every query that reads document texts goes through sw_text (compressed texts, version 4).
  if (RegisterTextFunctions(db) != SQLITE_OK) {
    std::string why = sqlite3_errmsg(db);
    sqlite3_close(db);
    return MakeError(ErrorCode::kInternal, fmt::format("cannot open store '{}': {}.", path, why), path);
  }
  return Db(db, path);
}

Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    sqlite3_close(db_);
    db_ = o.db_;
    path_ = std::move(o.path_);
    o.db_ = nullptr;
  }
  return *this;
}

Db::~Db() { sqlite3_close(db_); }

summitwatch::Error Db::LastError(std::string_view doing) const {
  const int rc = sqlite3_errcode(db_);
  const int primary = rc & 0xff;
  ErrorCode code = ErrorCode::kInternal;
  if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) code = ErrorCode::kInvalidInput;
  if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY ||
      primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_PERM)
    code = ErrorCode::kIo;
  return MakeError(code, fmt::format("store '{}': {} failed: {}.", path_, doing, sqlite3_errmsg(db_)), path_);
}

summitwatch::Status Db::Exec(std::string_view sql, std::string_view doing) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    sqlite3_free(err);
    return LastError(doing);
  }
  return {};
}

Stmt::Stmt(const Db& db, std::string_view sql) : db_(&db) {
  if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                         nullptr) != SQLITE_OK) {
    status_ = db.LastError("preparing a query");
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
  }
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

bool Stmt::Step() {
  if (!stmt_ || !status_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->LastError("a query");
  return false;
}

summitwatch::Status Stmt::Run() {
  if (!stmt_ || !status_) return status_;
  int rc = sqlite3_step(stmt_);
  summitwatch::Status s;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) s = db_->LastError("writing");
  sqlite3_reset(stmt_);
  return s;
}

}  // namespace sw::store
