// SPDX-License-Identifier: MIT
// The measures of consensus space on profiles already computed (each a vector of area shares
// over the same areas), apart from the store so that they can be checked on hand-made profiles.
//
// Usage:
//   std::vector<std::vector<double>> p = {{0.5, 0.5}, {0.8, 0.2}};
//   double c = sw::analyze::CommonAgenda(p);          // min(.5,.8) + min(.5,.2) = 0.7
//   double o = sw::analyze::MeanPairwiseOverlap(p);   // 0.7 as well with two members
#pragma once

#include <vector>

namespace sw::analyze {

/// Σ_a min(p(a), q(a)): the share of agenda two profiles have in common (1 − total variation
/// distance for profiles that sum to 1).
double Overlap(const std::vector<double>& p, const std::vector<double>& q);

/// Σ_a min over the profiles of p(a); 0 for no profiles.
double CommonAgenda(const std::vector<std::vector<double>>& profiles);

/// The mean of Overlap over all pairs; 0 for fewer than two profiles.
double MeanPairwiseOverlap(const std::vector<std::vector<double>>& profiles);

/// The mean of Overlap(profiles[i], profiles[k]) over k != i.
double MeanOverlapWith(const std::vector<std::vector<double>>& profiles, size_t i);

}  // namespace sw::analyze
