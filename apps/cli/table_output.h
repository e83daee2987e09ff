// SPDX-License-Identifier: MIT
// The one table printer of the command line: aligned text for people, JSON for programs, CSV and
// JSON Lines for export.
#pragma once

#include <string>

#include "summitwatch/store.h"

namespace sw::cli {

enum class TableFormat {
  kAligned,    ///< title, header, rows; numbers right-aligned, shares as percentages
  kJson,       ///< an array of row objects, one per line
  kJsonLines,  ///< one row object per line
  kCsv,        ///< RFC 4180, header row first
};

/// Appends `table` in `format` to `out`. Shares are fractions in JSON and CSV.
void AppendTable(const summitwatch::Table& table, TableFormat format, std::string& out);

/// Display width of UTF-8 text in terminal columns (wide East Asian characters count two).
size_t DisplayWidth(std::string_view s);

}  // namespace sw::cli
