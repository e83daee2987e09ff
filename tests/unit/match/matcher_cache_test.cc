// SPDX-License-Identifier: MIT
// The matcher's on-disk cache of its token trie (match/trie_cache.h): reused when the patterns
// are the same, refused (and replaced) when the file is stale, cut short or corrupt.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "match/canonical.h"
#include "match/matcher.h"
#include "match/token_trie.h"

namespace sw::match {
namespace {

namespace fs = std::filesystem;

using Patterns = std::vector<std::pair<uint32_t, std::string>>;  // (entry, pattern)

// Builds a matcher over `patterns` with `dir` as its cache and returns "entry:text" of each hit.
std::vector<std::string> BuildAndScan(const std::string& dir, const Patterns& patterns, std::string_view text) {
  MatcherBuilder b;
  for (const auto& [entry, p] : patterns) EXPECT_EQ(b.Add(Target{Dict::kEntity, entry}, p), "");
  auto m = std::move(b).Build(dir);
  EXPECT_TRUE(m.ok());
  if (!m.ok()) return {};
  Scratch scratch(*m);
  std::string scan;
  OffsetMap map;
  Canonicalize(text, scan, map);
  std::vector<Hit> hits;
  m->Scan(text, scan, map, 0, scratch, hits);
  std::vector<std::string> out;
  for (const Hit& h : hits)
    out.push_back(std::to_string(h.entry) + ":" + std::string(text.substr(h.begin, h.end - h.begin)));
  return out;
}

std::vector<fs::path> TrieFiles(const std::string& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".swtrie") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

ino_t Inode(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0);
  return st.st_ino;
}

class MatcherTrieCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/sw-trie-cache-" + std::to_string(::getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

// Word patterns (the trie), a stem, a phrase with an inner star and a Chinese one (Hyperscan).
const Patterns kPatterns = {
    {1, "Central Asia"}, {2, "Central Asia summit"}, {3, "summit*"}, {4, "саммит* глав"}, {5, "中国"}, {6, "Astana"}};
constexpr std::string_view kText = "The Central Asia summit in Astana, саммиты глав, 中国 summitry.";
const std::vector<std::string> kExpected = {"2:Central Asia summit", "6:Astana", "4:саммиты глав", "5:中国",
                                            "3:summitry"};

TEST_F(MatcherTrieCacheTest, AWarmCacheIsLoadedAndMatchesAsABuiltTrie) {
  const auto built = BuildAndScan("", kPatterns, kText);
  ASSERT_EQ(built.size(), kExpected.size());
  EXPECT_EQ(BuildAndScan(dir_, kPatterns, kText), built);
  const auto files = TrieFiles(dir_);
  ASSERT_EQ(files.size(), 1u);
  const ino_t inode = Inode(files[0]);
  // Loaded, not rebuilt: a rebuild would rename a new file over the old one.
  EXPECT_EQ(BuildAndScan(dir_, kPatterns, kText), built);
  EXPECT_EQ(Inode(files[0]), inode);
  EXPECT_EQ(TrieFiles(dir_), files);
}

TEST_F(MatcherTrieCacheTest, WorksWithoutHyperscanPatterns) {
  const Patterns words = {{1, "Central Asia"}, {6, "Astana"}};
  const std::vector<std::string> want = {"1:Central Asia", "6:Astana"};
  EXPECT_EQ(BuildAndScan(dir_, words, kText), want);
  ASSERT_EQ(TrieFiles(dir_).size(), 1u);
  EXPECT_EQ(BuildAndScan(dir_, words, kText), want);
  EXPECT_EQ(BuildAndScan("", words, kText), want);
}

TEST_F(MatcherTrieCacheTest, AFaultyCacheIsRefusedAndReplaced) {
  const auto built = BuildAndScan("", kPatterns, kText);
  ASSERT_EQ(BuildAndScan(dir_, kPatterns, kText), built);
  const auto files = TrieFiles(dir_);
  ASSERT_EQ(files.size(), 1u);
  const std::string good = Read(files[0]);
  ASSERT_GT(good.size(), 64u);
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x04);
  std::string version = good;
  const uint32_t other_version = TokenTrie::kFormatVersion + 1;
  std::memcpy(version.data() + 8 + 4, &other_version, 4);  // after the key's fingerprint and the magic
  const std::vector<std::pair<std::string, std::string>> faults = {
      {"a flipped byte", flipped},
      {"cut short", good.substr(0, good.size() / 3)},
      {"cut before its checksum", good.substr(0, good.size() - 1)},
      {"empty", ""},
      {"another format version", version},
      {"another file's bytes", std::string(good.size(), 'x')},
  };
  for (const auto& [what, bytes] : faults) {
    Write(files[0], bytes);
    EXPECT_EQ(BuildAndScan(dir_, kPatterns, kText), built) << what;
    EXPECT_EQ(Read(files[0]), good) << what << ": the cache is written afresh";
  }
}

// The key covers the bytes and the ids of the trie's patterns, so a changed data file never
// loads the trie of the old one, even under the old file's name.
TEST_F(MatcherTrieCacheTest, ChangedPatternsDoNotLoadTheOldTrie) {
  const std::string text = "the Central Asia forum and the Central Asia summit";
  EXPECT_EQ(BuildAndScan(dir_, {{7, "Central Asia summit"}}, text), std::vector<std::string>{"7:Central Asia summit"});
  EXPECT_EQ(BuildAndScan(dir_, {{7, "Central Asia forum"}}, text), std::vector<std::string>{"7:Central Asia forum"});
  // The same patterns in another order have other ids.
  EXPECT_EQ(BuildAndScan(dir_, {{1, "Central Asia forum"}, {2, "Central Asia summit"}}, text),
            (std::vector<std::string>{"1:Central Asia forum", "2:Central Asia summit"}));
  EXPECT_EQ(BuildAndScan(dir_, {{2, "Central Asia summit"}, {1, "Central Asia forum"}}, text),
            (std::vector<std::string>{"1:Central Asia forum", "2:Central Asia summit"}));
  const auto files = TrieFiles(dir_);
  ASSERT_EQ(files.size(), 4u);
  // Every other file copied over the one of "forum": refused for its key, rebuilt, replaced.
  const std::vector<std::string> want = {"7:Central Asia forum"};
  fs::create_directories(dir_ + "/probe");
  BuildAndScan(dir_ + "/probe", {{7, "Central Asia forum"}}, text);
  ASSERT_EQ(TrieFiles(dir_ + "/probe").size(), 1u);
  const std::string forum_file = TrieFiles(dir_ + "/probe")[0].filename().string();
  const std::string good = Read(dir_ + "/" + forum_file);
  for (const auto& f : files) {
    if (f.filename() == forum_file) continue;
    Write(dir_ + "/" + forum_file, Read(f));
    EXPECT_EQ(BuildAndScan(dir_, {{7, "Central Asia forum"}}, text), want) << f;
    EXPECT_EQ(Read(dir_ + "/" + forum_file), good) << f;
  }
}

}  // namespace
}  // namespace sw::match
