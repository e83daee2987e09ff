// SPDX-License-Identifier: MIT
// What a loaded Engine holds, shared read-only by every Coder.
#pragma once

#include <string>
#include <vector>

#include "commit/commitment_model.h"
#include "kb/dictionaries.h"
#include "kb/model.h"
#include "match/matcher.h"
#include "summitwatch/engine.h"
#include "text/sentence_splitter.h"
#include "tone/tone_model.h"

namespace summitwatch::detail {

struct EngineImpl {
  EngineOptions options;
  sw::kb::KnowledgeBase kb;
  sw::kb::Codebook codebook;
  std::vector<sw::kb::StanceCue> stance_cues;
  sw::text::SentenceSplitter splitter;
  sw::tone::ToneModel tone;
  sw::commit::CommitmentModel commitments;
  sw::match::Matcher matcher;
};

/// Loads every dictionary under `data_dir` and compiles the matcher. Problems in the data are
/// collected in `issues`; the result is null when there were any.
std::unique_ptr<EngineImpl> LoadEngine(const std::string& data_dir, const EngineOptions& options,
                                       std::vector<sw::kb::Issue>& issues, summitwatch::Error* fatal);

}  // namespace summitwatch::detail
