// SPDX-License-Identifier: MIT
#include "util/nearly_sorted.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {

std::vector<int> Sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(NearlySortedTest, SortsWhateverTheInput) {
  std::mt19937 rng(7);
  for (int n : {0, 1, 2, 3, 10, 100, 1000}) {
    std::vector<int> base(static_cast<size_t>(n));
    for (auto& x : base) x = static_cast<int>(rng() % 50);  // with repeats
    std::vector<int> sorted = Sorted(base);
    std::vector<int> nearly = sorted;  // a few neighbours swapped, as in AFINN's file
    for (size_t i = 1; i + 1 < nearly.size(); i += 17) std::swap(nearly[i], nearly[i + 1]);
    std::vector<int> reversed(sorted.rbegin(), sorted.rend());  // far from sorted: std::sort's case
    for (std::vector<int> v : {base, nearly, reversed, sorted}) {
      sw::util::SortNearlySorted(v.begin(), v.end(), std::less<int>());
      EXPECT_EQ(v, sorted) << "n " << n;
    }
  }
}

TEST(NearlySortedTest, MovesStrings) {
  std::vector<std::string> v = {"brilliant", "brilliance", "deficient", "deficiency", "zeal", "abandon"};
  sw::util::SortNearlySorted(v.begin(), v.end(), std::less<std::string>());
  EXPECT_EQ(v, (std::vector<std::string>{"abandon", "brilliance", "brilliant", "deficiency", "deficient", "zeal"}));
}

}  // namespace
