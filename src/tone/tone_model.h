// SPDX-License-Identifier: MIT
// Tone: GDELT-compatible word-percentage measures and a sentence-aware compound score.
//
// Usage (inside the engine):
//   ToneModel tone = ToneModel::Load(data_dir, issues);
//   tone.AddPatterns(builder, issues);          // adds nothing: see below
//   ...
//   tone.Score(text, lang, sentences, tone_hits, words, coding);   // fills coding.tone, sentence_tone
//
// The lexicon does not join the one Hyperscan matcher: its ~10,000 mostly short words made that
// scan the slowest stage of the engine. Score finds them in one pass over the document's tokens
// with a compiled index instead (tone/word_index.h, which has the figures). Definitions:
// docs/METHODS.md, "Tone".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kb/model.h"
#include "match/matcher.h"
#include "summitwatch/coding.h"
#include "tone/lexicon.h"
#include "tone/rules.h"
#include "tone/word_index.h"
#include "util/span.h"

namespace sw::tone {

class ToneModel {
 public:
  /// Loads the tone lexicons under `data_dir`; problems are appended to `issues`.
  static ToneModel Load(const std::string& data_dir, std::vector<kb::Issue>& issues);

  /// Adds nothing (the lexicon has its own index); kept so the engine's wiring stays uniform.
  void AddPatterns(match::MatcherBuilder& builder, std::vector<kb::Issue>& issues) const;

  /// `hits` (the matcher's Dict::kTone hits) are not used: see above.
  void Score(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
             std::span<const match::Hit> hits, uint32_t words, summitwatch::Coding& out) const;

  /// As Score, for a caller that has tokenised the text already (text::Tokenize); the word
  /// count is then tokens.size(), which is text::CountWords(text) by construction.
  void ScoreTokens(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
                   const std::vector<sw::Span>& tokens, summitwatch::Coding& out) const;

  /// The lexicon a document language is scored with: English for "en" (and "und" or empty,
  /// when detection could not tell), Russian for "ru", none otherwise.
  static std::optional<ToneLang> LexiconFor(std::string_view lang);

  size_t entry_count() const { return lexicon_.entries.size(); }

 private:
  void ScoreImpl(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
                 const std::vector<sw::Span>& tokens, uint32_t words, summitwatch::Coding& out) const;

  Lexicon lexicon_;
  WordIndex index_;
  RuleConstants constants_;
};

}  // namespace sw::tone
