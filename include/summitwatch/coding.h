// SPDX-License-Identifier: MIT
// What the engine says about one document.
//
// Offsets are bytes into Document::text after UTF-8 repair and NFC normalisation (the engine
// repairs the text in place), so text.substr(start, end - start) is the matched text.
// Strings held as std::string_view point into the Engine and live as long as it does.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace summitwatch {

struct SentenceSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct AreaShare {
  std::string_view area;  ///< an id of data/codebook/areas.yaml
  double share = 0;       ///< of the document's area-coded sentences; shares sum to 1
};

/// One (sentence, area) coding: `weight` is the sentence's unit split among its areas in
/// proportion to their term scores; `score` is the summed term weight.
struct SentenceArea {
  uint32_t sentence = 0;
  std::string_view area;
  double weight = 0;
  double score = 0;
};

struct Mention {
  std::string_view entity;  ///< knowledge-base id
  std::string_view type;    ///< country person format body organisation initiative agreement meeting
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::string_view stance;  ///< welcomes supports commends notes concerned opposes, or empty
};

/// Tone measures of a document (docs/METHODS.md). The first six follow GDELT's Global
/// Knowledge Graph: percentages of the document's words. `compound` is the sentence-aware score
/// in [-1, 1], the mean over the document's scored sentences.
struct Tone {
  double tone = 0;        ///< positive - negative
  double positive = 0;    ///< % of words that are positive
  double negative = 0;    ///< % of words that are negative
  double polarity = 0;    ///< positive + negative
  double activity = 0;    ///< % of words that are active verbs/words
  double self_group = 0;  ///< % of words that are self/group references (we, our, us)
  uint32_t words = 0;
  double compound = 0;
};

/// A sentence or clause that commits someone to future action.
struct Commitment {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::vector<std::string> actors;  ///< actor ids (countries ISO alpha-3, organisations, formats)
  std::string_view modality;        ///< commit intend agree decide recommend will continue
  std::string_view area;            ///< the dominant area of the sentence, or empty
  std::string deadline;             ///< YYYY, YYYY-MM, YYYY-MM-DD, "annually", ... or empty
};

struct Coding {
  std::string_view lang;  ///< the document's own `lang` if given, else detected
  uint32_t words = 0;
  size_t repaired = 0;    ///< invalid UTF-8 sequences replaced with U+FFFD
  std::vector<SentenceSpan> sentences;
  std::vector<AreaShare> areas;  ///< sorted by share, descending
  std::vector<SentenceArea> sentence_areas;
  std::vector<Mention> mentions;  ///< in text order
  Tone tone;
  std::vector<double> sentence_tone;  ///< compound per sentence, parallel to `sentences`
  std::vector<Commitment> commitments;
};

}  // namespace summitwatch
