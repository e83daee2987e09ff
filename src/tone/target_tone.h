// SPDX-License-Identifier: MIT
// Target-directed tone: the tone of the sentences that mention an entity, so that coverage of
// the Belt and Road is not the tone of every article that names it in passing.
//
// Usage:
//   const summitwatch::Coding& c = coder.Code(doc);
//   sw::tone::TargetTone t = sw::tone::ToneToward(c, "bri");
//   if (t.sentences > 0) store(doc, "bri", t.mean, t.sentences);
//
// A sentence counts once however often it names the entity. Its compound enters the mean even
// when it is 0 (a factual sentence about the target is neutral coverage of it); `scored` says
// how many of the sentences had a nonzero compound, for those who want the mean of those alone.
#pragma once

#include <cstdint>
#include <string>  // coding.h needs it and does not include it
#include <string_view>
#include <vector>

#include "summitwatch/coding.h"

namespace sw::tone {

struct TargetTone {
  std::string_view entity;
  double mean = 0;         ///< mean compound of the sentences that mention the entity; 0 if none
  uint32_t sentences = 0;  ///< how many sentences mention it
  uint32_t scored = 0;     ///< of which with a nonzero compound
};

/// The tone toward one entity id.
TargetTone ToneToward(const summitwatch::Coding& coding, std::string_view entity);

/// The tone toward every entity the document mentions, in order of first mention.
std::vector<TargetTone> ToneTowardAll(const summitwatch::Coding& coding);

}  // namespace sw::tone
