// SPDX-License-Identifier: MIT
// PLACEHOLDER while the commitments issue is in progress: extracts nothing.
#include "commit/commitment_model.h"

namespace sw::commit {

CommitmentModel CommitmentModel::Load(const std::string&, const kb::KnowledgeBase&, std::vector<kb::Issue>&) { return {}; }
void CommitmentModel::AddPatterns(match::MatcherBuilder&, std::vector<kb::Issue>&) const {}
void CommitmentModel::Extract(const summitwatch::Document&, std::span<const sw::Span>, std::span<const match::Hit>,
                              summitwatch::Coding& out) const {
  out.commitments.clear();
}

}  // namespace sw::commit
