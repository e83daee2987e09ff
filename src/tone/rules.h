// SPDX-License-Identifier: MIT
// The sentence rules of the compound score: VADER's (Hutto and Gilbert 2014) applied to the
// lexicon hits of one sentence rather than to a list of every token.
//
// Usage:
//   std::vector<sw::tone::Item> items = ...;   // the sentence's lexicon hits, in text order
//   double c = sw::tone::ScoreSentence(text, sentence, items);   // in [-1, 1]
//
// docs/METHODS.md ("Tone") states each rule and its constant.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tone/lexicon.h"
#include "util/span.h"

namespace sw::tone {

/// One lexicon hit (or several over the very same words, merged). Token indices count the
/// words of the document, leaving out those of one ASCII character.
struct Item {
  uint32_t begin = 0;  // byte offsets into the document text
  uint32_t end = 0;
  float valence = 0;
  float booster = 0;
  uint8_t roles = 0;
  uint16_t rank = 0;
  uint32_t first_token = 0;
  uint32_t last_token = 0;

  bool sentiment() const { return valence != 0 && booster == 0; }
};

/// VADER's constants (vaderSentiment.py).
struct RuleConstants {
  double negation = -0.74;       // N_SCALAR
  double caps = 0.733;           // C_INCR
  double exclamation = 0.292;    // per '!', up to 4
  double question = 0.18;        // per '?' when 2 or 3; 0.96 for more
  double before_contrast = 0.5;
  double after_contrast = 1.5;
  double alpha = 15;             // x / sqrt(x² + alpha)
};

/// The compound score of `sentence` (a span of `text`) from its items; 0 when no item is a
/// sentiment word. `items` must be in text order.
double ScoreSentence(std::string_view text, sw::Span sentence, std::span<const Item> items,
                     const RuleConstants& k = {});

/// x / sqrt(x² + alpha), VADER's normalisation into (-1, 1).
double Normalize(double x, double alpha = 15);

/// True when the bytes hold an upper-case letter and no lower-case one (Latin and Cyrillic).
bool IsAllCaps(std::string_view s);

}  // namespace sw::tone
