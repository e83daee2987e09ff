// SPDX-License-Identifier: MIT
// The statistics of keyness, apart from the counting so that they can be checked by hand
// (docs/METHODS.md, "Comparing profiles and keyness").
//
// Usage:
//   double g2 = sw::analyze::SignedG2(12, 3, 1000, 2000);   // > 0: A uses the term more
//   double lr = sw::analyze::LogRatio(12, 3, 1000, 2000);   // log2 of the relative frequencies
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sw::analyze {

/// Dunning's log-likelihood G² of the 2×2 table (a, b; total_a − a, total_b − b), with the sign
/// of over-use: positive when a / total_a exceeds b / total_b. 0 when either total is 0.
double SignedG2(int64_t a, int64_t b, int64_t total_a, int64_t total_b);

/// Hardie's log ratio: log2((a / total_a) / (b / total_b)), a zero count taken as 0.5.
double LogRatio(int64_t a, int64_t b, int64_t total_a, int64_t total_b);

/// A word token as a keyness term: lower-cased, typographic apostrophes and hyphens made ASCII,
/// an English possessive ('s, or a final ') dropped. Empty for tokens without a letter (numbers).
std::string KeynessTerm(std::string_view token);

}  // namespace sw::analyze
