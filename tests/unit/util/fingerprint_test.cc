// SPDX-License-Identifier: MIT
#include "util/fingerprint.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

// Every length through the four-lane blocks, the eight- and four-byte tails and the last bytes;
// each string and each one-bit change of it gets a fingerprint of its own.
TEST(FingerprintTest, EveryByteAndEveryLengthCounts) {
  std::string s;
  std::set<uint64_t> seen;
  size_t count = 0;
  for (size_t n = 0; n < 80; ++n) {
    EXPECT_EQ(sw::util::Fingerprint(s), sw::util::Fingerprint(std::string(s)));
    seen.insert(sw::util::Fingerprint(s));
    ++count;
    for (size_t i = 0; i < s.size(); ++i) {
      std::string t = s;
      t[i] = static_cast<char>(t[i] ^ 1);
      seen.insert(sw::util::Fingerprint(t));
      ++count;
    }
    s.push_back(static_cast<char>('a' + n % 26));
  }
  EXPECT_EQ(seen.size(), count);
  EXPECT_NE(sw::util::Fingerprint("key", 1), sw::util::Fingerprint("key", 2));
  EXPECT_NE(sw::util::Fingerprint(std::string(1, '\0')), sw::util::Fingerprint(""));
}

}  // namespace
