// SPDX-License-Identifier: MIT
// Word tokens: maximal runs of letters and digits (with inner apostrophes and hyphens:
// "Xi'an", "people-to-people" are one token each); every Chinese/Japanese character is a token.
// Digits joined by '.' or ',' stay one number ("3.5", "1,000"); a run of Thai, Lao, Khmer or
// Myanmar letters (no spaces between words) counts as one token.
//
// Usage:
//   std::vector<sw::Span> words;
//   sw::text::Tokenize(text, words);
//   uint32_t n = sw::text::CountWords(text);   // same count, no allocation
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "util/span.h"

namespace sw::text {

/// Replaces the contents of out with the tokens of text, in order.
void Tokenize(std::string_view text, std::vector<sw::Span>& out);
uint32_t CountWords(std::string_view text);
/// Tokenize's result, found a character at a time: the reference its block path is tested against.
void TokenizeScalar(std::string_view text, std::vector<sw::Span>& out);

}  // namespace sw::text
