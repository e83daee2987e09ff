// SPDX-License-Identifier: MIT
// What the bootstrap intervals of the comparisons and the consensus measures share: a generator
// specified here (so intervals are identical on every platform and standard library) and the
// percentile rule.
//
// Usage:
//   sw::analyze::SplitMix64 rng{seed};
//   size_t i = rng.Below(n);                               // uniform in [0, n)
//   std::sort(v.begin(), v.end());
//   double lo = sw::analyze::Quantile(v, 0.025), hi = sw::analyze::Quantile(v, 0.975);
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sw::analyze {

// SplitMix64 (Steele, Lea and Flood 2014): fully specified by these lines, unlike the standard
// library's distributions, whose outputs differ between implementations.
struct SplitMix64 {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n) for n > 0; the modulo bias (below n / 2^64) is immaterial here.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
};

/// Quantile `p` of sorted, non-empty `v`, linear between order statistics (Hyndman and Fan
/// type 7, R's default).
inline double Quantile(const std::vector<double>& v, double p) {
  const double h = p * static_cast<double>(v.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(h));
  const size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

}  // namespace sw::analyze
