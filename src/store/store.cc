// SPDX-License-Identifier: MIT
// Opening a store: recognising what the file is, configuring the connection, migrating.
#include <fmt/format.h>

#include <filesystem>

#include "store/migrations.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::store::Db;
using sw::store::Stmt;

// WAL lets queries read while an ingest writes, and with synchronous=NORMAL a killed process
// loses at most the batch in flight, never consistency (only a power cut can lose the last
// committed batches). The page cache is bounded so memory does not grow with the store.
Status Configure(Db& db) {
  Stmt wal(db, "PRAGMA journal_mode = WAL");
  if (!wal.Step()) {
    return wal.status() ? MakeError(ErrorCode::kIo, fmt::format("store '{}': cannot switch to WAL mode.", db.path()))
                        : wal.status();
  }
  return db.Exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
                 "configuring the connection");
}

Result<int> ReadVersion(Db& db) {
  Stmt v(db, "PRAGMA user_version");
  if (!v.Step()) {
    const int rc = sqlite3_errcode(db.get()) & 0xff;
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("'{}' is not a summitwatch store: {}.", db.path(), sqlite3_errmsg(db.get())),
                       db.path());
    }
    return v.status().error();
  }
  const int version = static_cast<int>(v.Int(0));
  if (version == 0) {
    Stmt tables(db, "SELECT count(*) FROM sqlite_master");
    if (tables.Step() && tables.Int(0) > 0) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("'{}' is an SQLite database but not a summitwatch store.", db.path()), db.path());
    }
    if (!tables.status()) return tables.status().error();
  }
  return version;
}

Result<Db> OpenDb(const std::string& path, bool create) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("store '{}' is a directory, not a file.", path), path);
  }
  if (!create && !fs::exists(path, ec)) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("no store at '{}' (create one with 'summitwatch init').", path), path);
  }
  auto db = Db::Open(path, create);
  if (!db) return db.error();
  auto version = ReadVersion(*db);
  if (!version) return version.error();
  if (*version > sw::store::LatestSchemaVersion()) {
    return MakeError(ErrorCode::kUnsupported,
                     fmt::format("store '{}' was written by schema version {}; this build reads up to {}.", path,
                                 *version, sw::store::LatestSchemaVersion()),
                     path);
  }
  if (*version == 0) {
    // 8 KB pages for a new store (SQLite fixes the size when it writes the first table; older
    // stores keep their 4 KB pages and work the same). Half the pages means half the page-cache
    // lookups, WAL frames and appends that split a page, which cost more of ingest's writer than
    // the larger pages it rewrites for a random index entry. On 200,000 benchmark documents (a
    // loaded machine, so per document coded) 8 KB beat 4 KB in each run and 16 KB was no better;
    // with the larger batches of ingester.cc the writer took about 10 % less CPU than before.
    if (Status s = db->Exec("PRAGMA page_size = 8192", "setting the page size"); !s) return s.error();
  }
  if (Status s = Configure(*db); !s) return s.error();
  if (Status s = sw::store::Migrate(*db, *version); !s) return s.error();
  return db;
}

}  // namespace

Store::Store(std::unique_ptr<detail::StoreImpl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

int Store::SchemaVersion() { return sw::store::LatestSchemaVersion(); }

Result<Store> Store::Create(const std::string& path) {
  auto db = OpenDb(path, true);
  if (!db) return db.error();
  return Store(std::make_unique<detail::StoreImpl>(detail::StoreImpl{std::move(*db)}));
}

Result<Store> Store::Open(const std::string& path) {
  auto db = OpenDb(path, false);
  if (!db) return db.error();
  return Store(std::make_unique<detail::StoreImpl>(detail::StoreImpl{std::move(*db)}));
}

Status Store::LoadKnowledgeBase(const std::string& kb_dir, bool* changed) {
  return sw::store::LoadKnowledgeBaseTables(impl_->db, kb_dir, changed);
}

Result<Store::Summary> Store::Describe() const {
  Summary s;
  s.path = impl_->db.path();
  s.schema_version = sw::store::LatestSchemaVersion();
  Stmt q(impl_->db, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities)");
  if (!q.Step()) return q.status().error();
  s.documents = static_cast<size_t>(q.Int(0));
  s.entities = static_cast<size_t>(q.Int(1));
  return s;
}

}  // namespace summitwatch

namespace sw::store {

summitwatch::Result<Db> OpenSibling(const Db& db) {
  auto other = Db::Open(db.path(), false);
  if (!other) return other.error();
  if (auto s = other->Exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384;"); !s) return s.error();
  return other;
}

}  // namespace sw::store
