// SPDX-License-Identifier: MIT
// An inline SVG of the acknowledgement network: sources (issuers) on the left, the institutions
// their documents mention on the right, one curve per edge whose width grows with the number of
// mentioning documents and whose colour is the dominant stance; an acknowledged institution's
// silences are dashed grey curves ending in a cross, so that who never mentions it shows.
//
// Usage:
//   auto net = summitwatch::MentionNetwork(store, filter, {"ca-consultative-meeting"});
//   std::string svg = sw::report::NetworkChart(*net, {.title = "Who mentions whom"});
#pragma once

#include <map>
#include <string>

#include "summitwatch/store.h"

namespace sw::report {

struct NetworkChartOptions {
  std::string title;
  int width = 900;
  std::map<std::string, std::string> names = {};  ///< entity id -> name, for tooltips
};

/// `table` is a MentionNetwork table (columns source, entity, entity_type, source_documents,
/// documents, mentions, the stance columns, no_stance, dominant, edge). Every row is drawn.
std::string NetworkChart(const summitwatch::Table& table, const NetworkChartOptions& options);

/// The colour of a stance in the chart ("" for mentions that take none), for legends elsewhere.
std::string StanceColour(const std::string& stance);

}  // namespace sw::report
