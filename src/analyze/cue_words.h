// SPDX-License-Identifier: MIT
// The plain-word rules of the cue lists that the liveness test (data/cues/liveness.yaml) and the
// commitment follow-up (data/cues/followup.yaml) read: both split cue phrases and the sentences
// they test the same way, so one definition keeps a phrase meaning the same in both.
//
// Usage:
//   auto words = sw::analyze::LowerWords(sentence);            // {"the", "councils", "met"}
//   if (sw::analyze::HasPhrase(words, phrases)) ...
//   std::string shown = sw::analyze::OneLine(source_text);     // as follow-up prints sentences
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sw::analyze {

/// Lower-cased words (runs of letters and digits) of UTF-8 text; an apostrophe inside a word is
/// dropped ("Council's" reads "councils").
std::vector<std::string> LowerWords(std::string_view text);

/// True when `words` contain one of `phrases` (each a run of words) as consecutive words.
bool HasPhrase(const std::vector<std::string>& words, const std::vector<std::vector<std::string>>& phrases);

/// `text` with each run of spaces, tabs and line breaks as one space, none at either end: how
/// commitment follow-up prints sentences, so that the report can find one again by its text.
std::string OneLine(std::string_view text);

}  // namespace sw::analyze
