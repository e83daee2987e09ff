// SPDX-License-Identifier: MIT
// Agreement of the compound score with human tone ratings (`summitwatch eval tone`).
//
// Usage:
//   auto rated = sw::tone::ReadRatings("../shared/eval/data/vaderSentiment/tweets_GroundTruth.txt");
//   std::vector<double> human, ours;   // human ratings scaled to [-1, 1], our compounds
//   sw::tone::Agreement a = sw::tone::Compare(human, ours);   // a.pearson, a.macro_f1
//
// The rating files are Hutto and Gilbert's (2014): ID<TAB>mean rating<TAB>text, the mean of about
// 20 raters on a -4..+4 scale, CRLF line ends, perhaps a byte-order mark.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "summitwatch/error.h"

namespace sw::tone {

struct RatedText {
  std::string id;
  double rating = 0;  // as in the file
  std::string text;
};

/// Reads a ratings file; a malformed line is an error naming file and line.
summitwatch::Result<std::vector<RatedText>> ReadRatings(const std::string& path);

/// -1, 0 or +1: negative (x <= -band), neutral (strictly inside ±band) or positive (x >= band),
/// VADER's convention for its compound score.
int Polarity(double x, double band);

struct Agreement {
  size_t n = 0;
  double pearson = 0;
  double macro_f1 = 0;
  std::array<double, 3> f1{};                      // negative, neutral, positive
  std::array<std::array<size_t, 3>, 3> confusion{};  // [human][ours], same class order
};

/// Pearson r of the two series, and macro-F1 (the unweighted mean of the three classes' F1; a
/// class that neither side uses scores 0) with a neutral band of ±`band` on both.
Agreement Compare(std::span<const double> human, std::span<const double> ours, double band = 0.05);

}  // namespace sw::tone
