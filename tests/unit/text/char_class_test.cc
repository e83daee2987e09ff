// SPDX-License-Identifier: MIT
#include "text/char_class.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace sw::text {
namespace {

// The BMP table is filled a block at a time on first use; whatever the order the blocks are
// asked in, every code point must get the class ICU gives it.
TEST(CharClassTest, TableMatchesIcuAtEveryBmpCodePoint) {
  const BmpClasses& table = *BmpClassTable();
  int mismatches = 0;
  for (uint32_t cp = 0xFFFF;; --cp) {  // downwards: each block is first asked at its last code point
    if (table[cp] != ClassifyWithIcu(cp) && ++mismatches <= 5) {
      ADD_FAILURE() << "U+" << std::hex << cp << ": table " << static_cast<int>(table[cp]) << ", ICU "
                    << static_cast<int>(ClassifyWithIcu(cp));
    }
    if (cp == 0) break;
  }
  EXPECT_EQ(mismatches, 0);
}

// Several threads asking for the same blocks at once all see filled blocks.
TEST(CharClassTest, ConcurrentFirstUseIsConsistent) {
  const BmpClasses& table = *BmpClassTable();
  std::vector<std::thread> threads;
  std::vector<int> bad(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (uint32_t cp = 0; cp < 0x10000; cp += 7) bad[static_cast<size_t>(t)] += table[cp] != ClassifyWithIcu(cp);
    });
  }
  for (auto& th : threads) th.join();
  for (int b : bad) EXPECT_EQ(b, 0);
}

TEST(CharClassTest, KnownClasses) {
  EXPECT_EQ(ClassifyChar('a'), CharClass::kWord);
  EXPECT_EQ(ClassifyChar(' '), CharClass::kOther);
  EXPECT_EQ(ClassifyChar(0x0416), CharClass::kWord);     // Ж
  EXPECT_EQ(ClassifyChar(0x0301), CharClass::kWord);     // combining acute: continues a word
  EXPECT_EQ(ClassifyChar(0x4E2D), CharClass::kCjk);      // 中
  EXPECT_EQ(ClassifyChar(0x30FC), CharClass::kCjk);      // ー, script Common, inside kana words
  EXPECT_EQ(ClassifyChar(0x0E01), CharClass::kNoSpace);  // Thai ko kai
  EXPECT_EQ(ClassifyChar(0x2014), CharClass::kOther);    // em dash
  EXPECT_EQ(ClassifyChar(0x20000), CharClass::kCjk);     // above the BMP: ICU directly
}

}  // namespace
}  // namespace sw::text
