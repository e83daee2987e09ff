// SPDX-License-Identifier: MIT
// The store's schema, as an ordered list of migrations. PRAGMA user_version holds the number of
// migrations applied; opening a store applies the missing ones, each in its own transaction.
//
// To change the schema, append a migration. Never edit one that has shipped: stores in the
// field have run it already.
#pragma once

#include "store/sqlite_db.h"

namespace sw::store {

/// The number of migrations, i.e. the schema version this build writes.
int LatestSchemaVersion();

/// Brings `db` (at `from`, 0 for a new file) up to LatestSchemaVersion().
summitwatch::Status Migrate(Db& db, int from);

}  // namespace sw::store
