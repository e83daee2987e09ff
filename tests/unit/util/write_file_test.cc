// SPDX-License-Identifier: MIT
#include "util/write_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "../temp_dir.h"
#include "util/read_file.h"

namespace {

class WriteFileTest : public sw::test::TempDirTest {
 protected:
  std::vector<std::string> Names(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

TEST_F(WriteFileTest, CreatesTheDirectoryAndReplacesAnOldFileLeavingNoTemporary) {
  const std::string path = (dir_ / "cache" / "a.bin").string();
  std::string bytes = "first";
  bytes.push_back('\0');
  ASSERT_TRUE(sw::util::WriteFileAtomically(path, bytes));
  std::string out;
  ASSERT_TRUE(sw::util::ReadFile(path, out));
  EXPECT_EQ(out, bytes);
  ASSERT_TRUE(sw::util::WriteFileAtomically(path, "second, longer than the first"));
  ASSERT_TRUE(sw::util::ReadFile(path, out));
  EXPECT_EQ(out, "second, longer than the first");
  EXPECT_EQ(Names(dir_ / "cache"), std::vector<std::string>{"a.bin"});
}

TEST_F(WriteFileTest, FailsWhereNoFileCanBeWritten) {
  // The directory's place is taken by a file.
  ASSERT_TRUE(sw::util::WriteFileAtomically((dir_ / "plain").string(), "x"));
  EXPECT_FALSE(sw::util::WriteFileAtomically((dir_ / "plain" / "a.bin").string(), "y"));
  EXPECT_EQ(Names(dir_), std::vector<std::string>{"plain"});
}

}  // namespace
