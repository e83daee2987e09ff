// SPDX-License-Identifier: MIT
// Rule-based sentence segmentation over raw document text.
//
// Usage:
//   auto splitter = sw::text::SentenceSplitter::Load("data/text/abbreviations.yaml");
//   std::vector<sw::Span> sentences;
//   splitter->Split(text, sentences);
//
// Rules (see docs/METHODS.md): a sentence ends at . ! ? … 。！？ followed by optional closing
// quotes/brackets, whitespace and a plausible sentence start (upper-case letter, digit, opening
// quote or bracket, CJK); not after a listed abbreviation ("U.S.", "No. 5", "г."), an initial
// ("J. Smith") or inside a number ("3.5"). A blank line always ends a sentence; a single line
// break does not (line-wrapped text), except before a numbered or bulleted item ("1.", "(a)",
// "- ") or after a short all-capitals heading line ("JOINT STATEMENT"). Spans exclude
// surrounding whitespace and never overlap.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "summitwatch/error.h"
#include "util/span.h"

namespace sw::text {

class SentenceSplitter {
 public:
  /// Loads abbreviation lists (a YAML map from language to list of abbreviations written
  /// without their final full stop, e.g. "U.S", "No", "г").
  static summitwatch::Result<SentenceSplitter> Load(const std::string& path);
  /// A splitter with the given abbreviations (matched case-sensitively), for tests.
  static SentenceSplitter FromList(const std::vector<std::string>& abbreviations);

  /// Replaces the contents of out with the sentences of text, in order.
  void Split(std::string_view text, std::vector<sw::Span>& out) const;

 private:
  // Looked up by string_view (std::equal_to<> and a transparent hash): the splitter asks for
  // every word before a full stop, and building a std::string for each cost 1.5% of coding.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using AbbreviationSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
  // Keys are stored as written, final '.' removed (the file documents abbreviations without it,
  // but "U.S." is an easy slip to forgive). Matching is case-sensitive: "Sat." and "Art." are
  // abbreviations, "sat." and "art." end sentences.
  void Add(std::string_view abbreviation);
  bool IsAbbreviation(std::string_view token) const;
  AbbreviationSet abbreviations_;  // as written, without final '.'
  // (first byte, length) of every abbreviation: most words before a full stop ("agreed.") have
  // a shape no abbreviation has, and are told apart without hashing.
  static constexpr size_t kMaxAbbreviationBytes = 32;
  std::bitset<256 * (kMaxAbbreviationBytes + 1)> shapes_;
};

}  // namespace sw::text
