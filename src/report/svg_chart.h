// SPDX-License-Identifier: MIT
// Inline SVG charts built from query results, for self-contained reports.
//
// Usage:
//   auto profiles = summitwatch::AreaProfiles(store, summitwatch::GroupBy::kIssuer, {});
//   std::string svg = sw::report::StackedShareBars(*profiles, 0, {.title = "Areas by issuer"});
#pragma once

#include <string>

#include "summitwatch/store.h"

namespace sw::report {

struct BarChartOptions {
  std::string title;
  size_t max_rows = 40;
  int width = 900;
};

/// One horizontal bar per row, stacked from the table's share columns (each row's shares should
/// sum to at most 1), labelled with `label_column`, with a legend of the share columns. Each
/// segment has a <title> tooltip with its exact share.
std::string StackedShareBars(const summitwatch::Table& table, size_t label_column, const BarChartOptions& options);

}  // namespace sw::report
