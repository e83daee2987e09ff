// SPDX-License-Identifier: MIT
// Commitments: sentences or clauses that commit someone to future action.
//
// Usage (inside the engine):
//   CommitmentModel cm = CommitmentModel::Load(data_dir, kb, issues);
//   cm.AddPatterns(builder, issues);           // cue phrases join the one matcher
//   ...
//   cm.Extract(doc, sentences, commit_hits, coding);   // fills coding.commitments
//
// The rules are in docs/METHODS.md ("Commitments"); every word they use is in
// data/cues/commitments.yaml (schema: docs/KB.md, "Commitment cues").
#pragma once

#include <span>
#include <string>
#include <vector>

#include "commit/cue_lists.h"
#include "kb/model.h"
#include "match/matcher.h"
#include "summitwatch/coding.h"
#include "summitwatch/document.h"
#include "util/span.h"

namespace sw::commit {

class CommitmentModel {
 public:
  static CommitmentModel Load(const std::string& data_dir, const kb::KnowledgeBase& kb, std::vector<kb::Issue>& issues);

  /// Adds the cue phrases to the matcher under Dict::kCommit.
  void AddPatterns(match::MatcherBuilder& builder, std::vector<kb::Issue>& issues) const;

  /// `hits` are the document's Dict::kCommit hits in text order with sentences assigned.
  /// `out` already holds mentions and sentence areas, which give actors and areas.
  void Extract(const summitwatch::Document& doc, std::span<const sw::Span> sentences,
               std::span<const match::Hit> hits, summitwatch::Coding& out) const;

 private:
  CueLists cues_;
};

}  // namespace sw::commit
