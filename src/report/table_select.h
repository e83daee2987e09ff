// SPDX-License-Identifier: MIT
// A narrower view of a query's table for the report, where the command's full width would not fit
// (the figures stay the command's own).
//
// Usage:
//   html += sw::report::TableHtml(sw::report::SelectColumns(*t, {"format", "dormant"}));
#pragma once

#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace sw::report {

/// The named columns of `table`, in that order; names it lacks are left out.
summitwatch::Table SelectColumns(const summitwatch::Table& table, const std::vector<std::string>& names);

}  // namespace sw::report
