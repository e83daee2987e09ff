// SPDX-License-Identifier: MIT
// Word phrases matched against a short run of tokens: the deadline expressions and the
// coordinating words that the commitment extractor reads inside one clause, where a second
// Hyperscan pass would cost more than comparing a handful of tokens.
//
// Usage:
//   WordPhrase p = WordPhrase::Parse("no later than");        // '*' ends a stem: "январ*"
//   ClauseWords w(clause);                                    // tokens, canonical (lower case, ё→е)
//   if (p.MatchesAt(w, i)) ...                                // p covers w.words[i, i + p.size())
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/span.h"

namespace sw::commit {

/// The tokens of a clause with their canonical forms (the matcher's case folding).
struct ClauseWords {
  explicit ClauseWords(std::string_view text);
  std::vector<sw::Span> spans;     // byte offsets into the text given
  std::vector<std::string> words;  // canonical form of each token
  size_t size() const { return words.size(); }
};

class WordPhrase {
 public:
  /// Splits `pattern` on spaces; a word ending in '*' is a stem. Empty when nothing is left.
  static WordPhrase Parse(std::string_view pattern);

  bool empty() const { return words_.empty(); }
  /// The first word (canonical, without '*') and whether it is a stem, for indexing.
  const std::string& first() const { return words_.front(); }
  bool first_is_stem() const { return stem_.front(); }
  size_t size() const { return words_.size(); }
  /// True when the phrase covers words[i, i + size()).
  bool MatchesAt(const ClauseWords& w, size_t i) const;
  /// True when the phrase covers words[j + 1 - size(), j].
  bool EndsAt(const ClauseWords& w, size_t j) const { return j + 1 >= size() && MatchesAt(w, j + 1 - size()); }

 private:
  std::vector<std::string> words_;
  std::vector<uint8_t> stem_;  // not vector<bool>: read in the inner loop
};

}  // namespace sw::commit
