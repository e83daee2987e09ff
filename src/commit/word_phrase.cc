// SPDX-License-Identifier: MIT
#include "commit/word_phrase.h"

#include "match/canonical.h"
#include "text/words.h"

namespace sw::commit {

ClauseWords::ClauseWords(std::string_view text) {
  sw::text::Tokenize(text, spans);
  words.reserve(spans.size());
  for (const auto& s : spans) words.push_back(sw::match::CanonicalizePattern(text.substr(s.begin, s.size())));
}

WordPhrase WordPhrase::Parse(std::string_view pattern) {
  WordPhrase p;
  const std::string canon = sw::match::CanonicalizePattern(pattern);
  size_t b = 0;
  while (b < canon.size()) {
    size_t e = canon.find(' ', b);
    if (e == std::string::npos) e = canon.size();
    std::string w = canon.substr(b, e - b);
    bool stem = !w.empty() && w.back() == '*';
    if (stem) w.pop_back();
    // Punctuation inside a phrase ("договорились, что") is not a token of the clause.
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    if (!w.empty()) {
      p.words_.push_back(std::move(w));
      p.stem_.push_back(stem);
    }
    b = e + 1;
  }
  return p;
}

bool WordPhrase::MatchesAt(const ClauseWords& w, size_t i) const {
  if (words_.empty() || i + words_.size() > w.size()) return false;
  for (size_t k = 0; k < words_.size(); ++k) {
    const std::string& t = w.words[i + k];
    if (stem_[k] ? t.compare(0, words_[k].size(), words_[k]) != 0 : t != words_[k]) return false;
  }
  return true;
}

}  // namespace sw::commit
