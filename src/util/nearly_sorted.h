// SPDX-License-Identifier: MIT
// Sorting input that is usually sorted already, but for a few local exceptions.
//
// Usage:
//   sw::util::SortNearlySorted(v.begin(), v.end(), less);  // same result as std::sort
#pragma once

#include <algorithm>
#include <iterator>

namespace sw::util {

/// Sorts [begin, end) by `less` (a strict weak order; equal elements in no particular order, as
/// std::sort). Insertion sort while the moves stay within the length of the range: linear on
/// nearly sorted input; past that it hands the range to std::sort, so no input costs more than
/// about twice std::sort.
template <typename It, typename Less>
void SortNearlySorted(It begin, It end, Less less) {
  const auto budget = std::distance(begin, end);
  std::ptrdiff_t moves = 0;
  if (begin == end) return;
  for (It it = std::next(begin); it != end; ++it) {
    if (!less(*it, *std::prev(it))) continue;
    auto v = std::move(*it);
    It hole = it;
    for (; hole != begin && less(v, *std::prev(hole)); --hole) {
      *hole = std::move(*std::prev(hole));
      if (++moves > budget) {  // far from sorted: put v back in the hole, and sort it all
        *std::prev(hole) = std::move(v);
        std::sort(begin, end, less);
        return;
      }
    }
    *hole = std::move(v);
  }
}

}  // namespace sw::util
