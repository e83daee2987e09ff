// SPDX-License-Identifier: MIT
// The press-tone monitor: how the documents that mention an entity speak of it, cell by cell
// (country and year, year, source or country), with the GDELT-style article mean beside the
// target-directed mean, each with a 95% bootstrap interval (docs/METHODS.md, "Tone monitor").
//
// Usage:
//   summitwatch::ToneSeriesOptions o;
//   o.target = "bri";
//   o.filter.kind = {"news"};
//   auto table = summitwatch::ToneSeries(*store, o);   // kNotFound: no such entity
#pragma once

#include <cstdint>
#include <string>

#include "summitwatch/store.h"

namespace summitwatch {

/// The cells of the monitor. kCountryYear gives two key columns, `country` and `year`.
enum class ToneGroupBy { kCountryYear, kYear, kSource, kCountry };

struct ToneSeriesOptions {
  std::string target;  ///< knowledge-base entity id, e.g. "bri"
  ToneGroupBy by = ToneGroupBy::kCountryYear;
  DocFilter filter;
  int resamples = 1000;              ///< bootstrap resamples per cell
  uint64_t seed = 0x5eed'2026'0004;  ///< fixed, so the intervals are the same run after run
};

/// One row per cell with at least one document mentioning the target: the key column(s), then
/// `articles`, `sentences` (mentioning the target), `article_tone` with `article_lo`/`article_hi`
/// (GDELT `tone`, a percentage of words) and `target_tone` with `target_lo`/`target_hi`
/// (compound, -1..1). Intervals are empty for cells of fewer than two articles.
Result<Table> ToneSeries(const Store& store, const ToneSeriesOptions& options);

}  // namespace summitwatch
