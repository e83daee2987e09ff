// SPDX-License-Identifier: MIT
// Tone: GDELT-compatible word-percentage measures and a sentence-aware compound score.
//
// Usage (inside the engine):
//   ToneModel tone = ToneModel::Load(data_dir, issues);
//   tone.AddPatterns(builder, issues);          // lexicon entries join the one matcher
//   ...
//   tone.Score(text, sentences, tone_hits, words, coding);   // fills coding.tone, sentence_tone
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kb/model.h"
#include "match/matcher.h"
#include "summitwatch/coding.h"
#include "util/span.h"

namespace sw::tone {

class ToneModel {
 public:
  /// Loads the tone lexicons under `data_dir`; problems are appended to `issues`.
  static ToneModel Load(const std::string& data_dir, std::vector<kb::Issue>& issues);

  /// Adds every lexicon entry to the matcher under Dict::kTone.
  void AddPatterns(match::MatcherBuilder& builder, std::vector<kb::Issue>& issues) const;

  /// `hits` are the document's Dict::kTone hits in text order with sentences assigned.
  void Score(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
             std::span<const match::Hit> hits, uint32_t words, summitwatch::Coding& out) const;
};

}  // namespace sw::tone
