// SPDX-License-Identifier: MIT
// The acknowledgement network with the sentences behind each edge, for the report: the table is
// the one summitwatch::MentionNetwork returns (and `mentions --network` prints), so the report's
// figures and the command's cannot disagree.
//
// Usage:
//   auto net = sw::analyze::BuildMentionNetwork(store, filter, acknowledged, GroupBy::kIssuer);
//   for (const auto& m : net->sentences[{"USA", "c5plus1"}]) ...   // doc, sentence, stance
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "summitwatch/mention_network.h"

namespace sw::analyze {

struct MentionRef {
  int64_t doc = 0;
  uint32_t sentence = 0;
  std::string stance;  ///< "" when the mention takes none
};

struct MentionNetworkResult {
  summitwatch::Table table;
  /// Per (source, entity) edge, its mentioning sentences in document order, one per (document,
  /// sentence, stance); at most kMaxRefsPerStance per stance, since a large store has millions.
  std::map<std::pair<std::string, std::string>, std::vector<MentionRef>> sentences;
  /// The acknowledged entities as the network counts them (a meeting as its format), in order.
  std::vector<std::string> acknowledged;
  static constexpr size_t kMaxRefsPerStance = 200;
};

summitwatch::Result<MentionNetworkResult> BuildMentionNetwork(const summitwatch::Store& store,
                                                              const summitwatch::DocFilter& filter,
                                                              const std::vector<std::string>& acknowledged,
                                                              summitwatch::GroupBy by);

}  // namespace sw::analyze
