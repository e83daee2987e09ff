// SPDX-License-Identifier: MIT
// The tone lexicon in memory: one entry per pattern and language, with everything the rules and
// the GDELT counts need to know about it, so scoring never looks a string up.
//
// Usage:
//   std::vector<sw::kb::Issue> issues;
//   sw::tone::Lexicon lex = sw::tone::LoadLexicon("data", issues);   // data/lexicons/manifest.yaml
//   for (const auto& p : lex.patterns) builder.Add({Dict::kTone, p.entry, ...}, p.text);
//
// Files and their schema: data/lexicons/manifest.yaml and the top of data/lexicons/en-rules.yaml.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kb/model.h"

namespace sw::tone {

enum class ToneLang : uint8_t { kEn, kRu };

enum Role : uint8_t {
  kNegator = 1 << 0,
  kContrast = 1 << 1,
  kActivity = 1 << 2,
  kSelfGroup = 1 << 3,
  kEmoticon = 1 << 4,    // counts only between spaces: ":/" inside "http://" is no frown
  kHasValence = 1 << 5,  // a file set the valence, possibly to 0 (a neutral phrase)
};

struct Entry {
  float valence = 0;  // VADER's -4..+4 scale; 0 for boosters (VADER never scores them)
  float booster = 0;  // added to the magnitude of a following sentiment word; < 0 dampens
  uint8_t roles = 0;
  ToneLang lang = ToneLang::kEn;
  // The canonical pattern's length. Where several patterns hit the very same words (a stem and
  // a full form), the longest decides the valence: "благодаря" (thanks to) beats "благодар*".
  uint16_t rank = 0;

  bool sentiment() const { return valence != 0 && booster == 0; }
};

struct LexiconPattern {
  std::string text;   // as written in the file
  std::string canon;  // match::CanonicalizePattern(text), which the index is built from
  uint32_t entry = 0;
  bool exact_case = false;
  uint32_t file = 0;  // index into Lexicon::files
  int line = 0;
};

struct Lexicon {
  std::vector<Entry> entries;
  std::vector<LexiconPattern> patterns;
  std::vector<std::string> files;  // the files read, in order
};

/// Reads `data_dir`/lexicons/manifest.yaml and the files it names. Problems (a missing
/// package file, a malformed line) are appended to `issues` with file and line.
Lexicon LoadLexicon(const std::string& data_dir, std::vector<kb::Issue>& issues);

}  // namespace sw::tone
