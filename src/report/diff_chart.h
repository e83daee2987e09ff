// SPDX-License-Identifier: MIT
// Inline SVG charts of estimates with intervals: the difference between two profiles per area
// (a dot for A − B, its bootstrap interval as a whisker, a zero line), and bars with whiskers for
// shares such as the consensus measures.
//
// Usage:
//   auto diff = summitwatch::CompareAreas(store, std::nullopt, "china-ca", "c5plus1", filter, {});
//   std::string svg = sw::report::DifferenceChart(*diff, {.title = "china-ca − c5plus1"});
//   std::string bars = sw::report::IntervalBars({{"region", "common", 0.8, 0.7, 0.9}}, {.title = "..."});
#pragma once

#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace sw::report {

struct DiffChartOptions {
  std::string title;
  size_t max_rows = 20;
  int width = 900;
};

/// `table` is a CompareAreas table (area, A, B, difference, diff_lo, diff_hi, significant): one
/// row per area in the table's order, a dot at the difference (filled when `significant`), the
/// interval as a whisker, coloured by the side that gives the area more, on a percentage-point
/// scale symmetric about zero. Each row has a <title> tooltip with the figures. Rows without an
/// interval get the dot alone.
std::string DifferenceChart(const summitwatch::Table& table, const DiffChartOptions& options);

struct IntervalBar {
  std::string label;   ///< the row, e.g. a group
  std::string series;  ///< the bar within the row, e.g. a measure; one colour per series
  double value = 0;    ///< a share, 0..1
  double lo = 0, hi = 0;
  bool has_interval = true;
};

struct IntervalBarsOptions {
  std::string title;
  int width = 900;
};

/// Horizontal bars from 0 to each value on a 0–100% scale, grouped by label in order of first
/// appearance, with the interval as a whisker and a legend of the series.
std::string IntervalBars(const std::vector<IntervalBar>& bars, const IntervalBarsOptions& options);

}  // namespace sw::report
