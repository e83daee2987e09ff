// SPDX-License-Identifier: MIT
#include "tone/flat_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sw::tone {
namespace {

// Ids are given out in order, found again by hash and key, kept apart when hashes collide, and
// survive the table's growth.
TEST(FlatIndexTest, FindsEachKeyAgainThroughCollisionsAndGrowth) {
  FlatIndex index(2);
  std::vector<std::string> keys;
  auto add = [&](const std::string& key, uint64_t hash) {
    const uint32_t id = index.FindOrAdd(hash, [&](uint32_t known) { return keys[known] == key; });
    if (id == keys.size()) keys.push_back(key);
    return id;
  };
  for (uint32_t i = 0; i < 5000; ++i) {
    // Every key shares its hash with three others, and hashes fill one region of the table.
    EXPECT_EQ(add("k" + std::to_string(i), i / 4), i);
  }
  EXPECT_EQ(index.size(), 5000u);
  for (uint32_t i = 0; i < 5000; ++i) EXPECT_EQ(add("k" + std::to_string(i), i / 4), i) << i;
  EXPECT_EQ(index.size(), 5000u);
  EXPECT_EQ(index.hash(4999), 4999u / 4);
}

}  // namespace
}  // namespace sw::tone
