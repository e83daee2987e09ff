// SPDX-License-Identifier: MIT
// An inline SVG line chart of a tone series: one line per country over the years, with the 95%
// interval as a shaded band and the article count at each point in its tooltip (and, with
// count_rows, printed under the axis).
//
// Usage:
//   auto series = summitwatch::ToneSeries(store, {.target = "bri"});
//   std::string svg = sw::report::ToneLines(*series, {.title = "Tone toward bri"});
#pragma once

#include <string>

#include "summitwatch/store.h"

namespace sw::report {

struct LineChartOptions {
  std::string title;
  int width = 900;
  int height = 320;
  size_t max_lines = 8;  ///< the countries with the most articles
  /// Under the year axis, one row per line with its article count at each year, so that the
  /// counts behind each point are visible, not only in tooltips.
  bool count_rows = false;
};

/// `table` is a ToneSeries table grouped by country and year (columns country, year, articles,
/// target_tone, target_lo, target_hi). Cells with no country or year are left out.
std::string ToneLines(const summitwatch::Table& table, const LineChartOptions& options);

}  // namespace sw::report
