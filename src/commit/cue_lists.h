// SPDX-License-Identifier: MIT
// data/cues/commitments.yaml in memory: the cue phrases and markers that join the matcher (one
// matcher entry per group), the actor types, the coordinating words and the deadline rules.
// The schema is documented in docs/KB.md ("Commitment cues").
//
// Usage:
//   std::vector<sw::kb::Issue> issues;
//   CueLists cues = LoadCueLists("data/cues/commitments.yaml", kb, issues);
//   const CueGroup& g = cues.groups[hit.entry];
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "commit/deadline.h"
#include "commit/word_phrase.h"
#include "kb/dictionaries.h"
#include "kb/model.h"

namespace sw::commit {

enum class Kind : uint8_t {
  kCue, kFrame, kActor, kThing, kBoundary, kPraise, kBelief, kPast, kCondition, kPrediction, kNeutral
};

/// How a cue relates to the subject of its clause (docs/METHODS.md, "Commitments").
enum class SubjectRule : uint8_t {
  kRequired,  // fires only after an actor subject ("will")
  kOptional,  // fires unless the subject is a thing or the praised ("agreed to")
  kSelf,      // names its own subject, the issuers («обязуемся»)
  kNone,      // passive or scheduled event; the issuers commit ("will be held")
};

struct CueGroup {
  Kind kind = Kind::kNeutral;
  std::string_view modality;  // for cues and frames; one of kModalities (static storage)
  SubjectRule subject = SubjectRule::kRequired;
  bool past = false;          // the cue is also a past tense ("agreed to")
  std::vector<std::string> kinds;   // document kinds the cue applies to; empty: all
  bool issuer = false;        // actor phrase standing for the issuers ("we")
  std::vector<std::string> actors;  // actor phrase naming actors ("Central Asian states")
  std::vector<kb::Term> terms;
};

struct CueLists {
  std::string file;
  std::vector<CueGroup> groups;
  std::set<std::string, std::less<>> actor_types;
  std::vector<WordPhrase> coordinators;  // one word each
  std::vector<WordPhrase> glue;          // one word each
  DeadlineRules deadlines;
};

/// The modalities of DESIGN.md, in a fixed order.
inline constexpr std::string_view kModalities[] = {"commit", "intend", "agree", "decide", "recommend", "will", "continue"};

CueLists LoadCueLists(const std::string& path, const kb::KnowledgeBase& kb, std::vector<kb::Issue>& issues);

}  // namespace sw::commit
