// SPDX-License-Identifier: MIT
// An inline SVG line chart of shares over the years (0–100 %), one line per share column of a
// table with a year column; each point's tooltip gives the count behind it ("5 of 8").
//
// Usage:
//   auto t = summitwatch::DelegationIndex(store, {});
//   std::string svg = sw::report::ShareLines(*t, {.title = "Delegated to outside powers",
//       .series = {{"share_formats_external", "formats", "formats_external", "formats_total"}}});
#pragma once

#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace sw::report {

struct ShareSeries {
  std::string column;  ///< a share column (a fraction; NULL leaves a gap)
  std::string label;
  std::string part_column, total_column;  ///< optional counts for the tooltip
  bool emphasis = false;                  ///< drawn thicker (a combined index)
};

struct ShareLinesOptions {
  std::string title;
  std::string x_column = "year";
  std::vector<ShareSeries> series;
  int width = 900;
  int height = 320;
};

/// The chart; a short paragraph instead when the table has no such columns or rows.
std::string ShareLines(const summitwatch::Table& table, const ShareLinesOptions& options);

}  // namespace sw::report
