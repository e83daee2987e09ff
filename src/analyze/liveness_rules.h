// SPDX-License-Identifier: MIT
// The word test of the liveness rules: does a news sentence report an entity's work?
// (docs/METHODS.md, "Liveness and dormancy"; the phrases are data/cues/liveness.yaml.)
//
// Usage:
//   if (sw::analyze::ReportsActivity(rules, sentence_text)) ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyze/cue_words.h"  // LowerWords: how the rules' phrases are read
#include "summitwatch/liveness.h"

namespace sw::analyze {

/// True when `text` contains one of the rules' activity phrases and none of its inactivity phrases.
bool ReportsActivity(const summitwatch::LivenessRules& rules, std::string_view text);

}  // namespace sw::analyze
