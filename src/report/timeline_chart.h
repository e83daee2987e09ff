// SPDX-License-Identifier: MIT
// An inline SVG timeline of formats and their bodies: one row each (bodies indented under their
// format), years across, a bar from founding to the last sign of activity, a dot per meeting held
// (its tooltip: meeting id, date, city); a dormant row is grey, hatched from its last sign of
// activity to the as-of date, and says "dormant".
//
// Usage:
//   std::vector<sw::report::TimelineRow> rows = ...;   // from summitwatch::ComputeLiveness
//   std::string svg = sw::report::TimelineChart(rows, {.title = "Formats and meetings", .as_of = "2025-12-31"});
//
// Hooks for tests and styles: each row is <g class="timeline-row" data-id="..." data-dormant="true|false">,
// each meeting a <circle class="meeting">, the hatching a <path class="hatch">, the dormant marker
// a <text class="dormant-marker">.
#pragma once

#include <string>
#include <vector>

namespace sw::report {

struct TimelineDot {
  std::string id, date, city;  ///< date: YYYY[-MM[-DD]]
};

struct TimelineRow {
  std::string id, label;
  int depth = 0;      ///< 0: a format; 1: one of its bodies
  std::string start;  ///< founding (empty: the first dot, else no bar)
  std::string end;    ///< last sign of activity (empty: `start`)
  bool dormant = false;
  std::vector<TimelineDot> dots;
};

struct TimelineOptions {
  std::string title;
  std::string as_of;   ///< YYYY-MM-DD: a vertical rule, and the right end of the axis
  int first_year = 0;  ///< 0: the earliest start or dot
  int width = 960;
};

/// The chart; a short paragraph instead when there are no rows.
std::string TimelineChart(const std::vector<TimelineRow>& rows, const TimelineOptions& options);

}  // namespace sw::report
