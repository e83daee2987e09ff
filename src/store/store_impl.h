// SPDX-License-Identifier: MIT
// What a Store holds: its connection. Shared with src/analyze and src/report, which query it.
#pragma once

#include <string>

#include "store/sqlite_db.h"
#include "summitwatch/store.h"

namespace summitwatch::detail {

struct StoreImpl {
  sw::store::Db db;
};

}  // namespace summitwatch::detail

namespace sw::store {

/// Opens a second connection to the store behind `db` (for another thread), with the same
/// settings. The store must already be open and migrated.
summitwatch::Result<Db> OpenSibling(const Db& db);

/// Replaces the knowledge-base tables from the YAML files of `kb_dir` unless their fingerprint
/// matches the one recorded at the last load.
summitwatch::Status LoadKnowledgeBaseTables(Db& db, const std::string& kb_dir, bool* changed);

}  // namespace sw::store
