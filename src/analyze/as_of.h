// SPDX-License-Identifier: MIT
// The as-of date of the questions about time (liveness, delegation): what has happened by then.
//
// Usage:
//   auto as_of = sw::analyze::ResolveAsOf(options.as_of);   // "2024" -> "2024-12-31"
//   if (!as_of) return as_of.error();
#pragma once

#include <string>

#include "summitwatch/error.h"

namespace sw::analyze {

/// YYYY-MM-DD: today (UTC) when `arg` is empty; the last day of a partial date (YYYY, YYYY-MM),
/// so that "as of 2024" includes December. Error: not a date.
summitwatch::Result<std::string> ResolveAsOf(const std::string& arg);

/// Days in a month of the Gregorian calendar.
int DaysInMonth(int year, int month);

}  // namespace sw::analyze
