// SPDX-License-Identifier: MIT
// What every question shares: a DocFilter as SQL conditions, and grouping documents by issuer,
// format, year or country.
//
// Usage:
//   auto where = sw::analyze::FilterSql(filter);          // " AND d.kind IN (?)" ...
//   Stmt q(db, "SELECT count(*) FROM documents d WHERE 1" + where->sql);
//   where->Bind(q, 1);
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/sqlite_db.h"
#include "summitwatch/store.h"

namespace sw::analyze {

struct SqlFilter {
  std::string sql;                  ///< conditions on documents aliased `d`, each after " AND "
  std::vector<std::string> params;  ///< in order
  /// Binds the parameters from `first`; returns the next free index.
  int Bind(store::Stmt& stmt, int first) const;
};

/// Empty when the filter selects every document.
bool IsEmpty(const summitwatch::DocFilter& f);

/// The filter's conditions; a date that is not YYYY, YYYY-MM or YYYY-MM-DD is an error.
summitwatch::Result<SqlFilter> FilterSql(const summitwatch::DocFilter& f);

/// Grouping: the joins it needs after "FROM documents d", the key expression ('' for none),
/// the column name, and the aggregate table's dimension.
struct Grouping {
  std::string join;
  std::string key;
  std::string column;
  std::string dim;
};
Grouping GroupingFor(summitwatch::GroupBy by);

/// Documents per group key ('' for documents outside every group) under `where`: read from the
/// aggregate table when nothing is `filtered` and the grouping has one, else counted.
summitwatch::Result<std::map<std::string, int64_t>> DocumentsPerGroup(const store::Db& db, const Grouping& g,
                                                                      const SqlFilter& where, bool filtered);

/// A group key as a cell: NULL for '' (no issuer, format, ...), an integer for years.
summitwatch::Value KeyValue(summitwatch::GroupBy by, std::string_view key);

/// Today, YYYY-MM-DD (UTC).
std::string Today();

}  // namespace sw::analyze
