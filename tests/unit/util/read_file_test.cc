// SPDX-License-Identifier: MIT
#include "util/read_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "../temp_dir.h"

namespace {

class ReadFileTest : public sw::test::TempDirTest {
 protected:
  std::string Write(const char* name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

TEST_F(ReadFileTest, ReadsEveryByteOfAFile) {
  std::string bytes = "line one\r\nline two\n";
  bytes.push_back('\0');
  bytes += "\xFF after a NUL and a byte that is not UTF-8";
  std::string out = "left over";
  ASSERT_TRUE(sw::util::ReadFile(Write("a.txt", bytes), out));
  EXPECT_EQ(out, bytes);
}

TEST_F(ReadFileTest, AnEmptyFileIsReadAsEmpty) {
  std::string out = "left over";
  ASSERT_TRUE(sw::util::ReadFile(Write("empty.txt", ""), out));
  EXPECT_EQ(out, "");
}

TEST_F(ReadFileTest, AMissingFileOrADirectoryIsNotRead) {
  std::string out = "left over";
  EXPECT_FALSE(sw::util::ReadFile((dir_ / "missing.txt").string(), out));
  EXPECT_EQ(out, "");
  out = "left over";
  EXPECT_FALSE(sw::util::ReadFile(dir_.string(), out));
  EXPECT_EQ(out, "");
}

}  // namespace
