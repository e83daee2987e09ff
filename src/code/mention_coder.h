// SPDX-License-Identifier: MIT
// Mentions of knowledge-base entities, with the stance the sentence takes toward each.
//
// Stance rule (docs/METHODS.md): a cue with scope "after" ("welcomed", «приветствовали»)
// governs the mentions that follow it in its sentence up to the next cue; a cue with scope
// "before" ("... was welcomed") governs the mentions that precede it back to the previous cue.
// A mention no cue governs carries no stance: subjects before an "after" cue stay neutral
// ("Kazakhstan welcomed the Secretariat" → KAZ none, Secretariat welcomes).
#pragma once

#include <span>
#include <vector>

#include "kb/dictionaries.h"
#include "kb/model.h"
#include "match/matcher.h"
#include "summitwatch/coding.h"

namespace sw::code {

void CodeMentions(const kb::KnowledgeBase& kb, const std::vector<kb::StanceCue>& cues,
                  std::span<const match::Hit> entity_hits, std::span<const match::Hit> stance_hits,
                  summitwatch::Coding& out);

}  // namespace sw::code
