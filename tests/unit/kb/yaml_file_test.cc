// SPDX-License-Identifier: MIT
// The fast YAML path must build what yaml-cpp builds: the same values, tags and marks (every
// located message depends on the marks), on every YAML file the project ships or tests with.
#include "kb/yaml_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

// Where the two trees first differ, or "" when they are the same.
std::string Diff(const YAML::Node& a, const YAML::Node& b, const std::string& path) {
  if (a.Type() != b.Type()) return path + ": type";
  if (a.Tag() != b.Tag()) return path + ": tag '" + a.Tag() + "' vs '" + b.Tag() + "'";
  // Lines are what located messages print (columns differ: characters here, bytes in yaml-cpp).
  if (a.Mark().line != b.Mark().line) {
    return path + ": line " + std::to_string(a.Mark().line) + " vs " + std::to_string(b.Mark().line);
  }
  if (a.IsScalar() && a.Scalar() != b.Scalar()) return path + ": value '" + a.Scalar() + "' vs '" + b.Scalar() + "'";
  if (a.size() != b.size()) return path + ": size";
  if (a.IsSequence()) {
    for (size_t i = 0; i < a.size(); ++i) {
      if (auto d = Diff(a[i], b[i], path + "/" + std::to_string(i)); !d.empty()) return d;
    }
  } else if (a.IsMap()) {
    auto ia = a.begin();
    auto ib = b.begin();
    for (; ia != a.end(); ++ia, ++ib) {
      const std::string key = ia->first.IsScalar() ? ia->first.Scalar() : "?";
      if (auto d = Diff(ia->first, ib->first, path + "/key:" + key); !d.empty()) return d;
      if (auto d = Diff(ia->second, ib->second, path + "/" + key); !d.empty()) return d;
    }
  }
  return "";
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(YamlFileTest, BuildsWhatYamlCppBuildsForEveryShippedFile) {
  int files = 0;
  for (const char* dir : {"data", "tests"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(SW_SOURCE_DIR) / dir)) {
      if (e.path().extension() != ".yaml" && e.path().extension() != ".yml") continue;
      const std::string text = Slurp(e.path());
      YAML::Node slow;
      try {
        slow = YAML::Load(text);
      } catch (const YAML::Exception&) {
        // A deliberately broken fixture: the fast path must decline it, so yaml-cpp reports it.
        EXPECT_FALSE(sw::kb::ParseYamlFast(text).has_value()) << e.path();
        continue;
      }
      auto fast = sw::kb::ParseYamlFast(text);
      if (!fast) continue;  // declined (anchors, tags, empty): yaml-cpp parses, nothing to compare
      EXPECT_EQ(Diff(*fast, slow, e.path().string()), "");
      ++files;
    }
  }
  EXPECT_GT(files, 20);  // the knowledge base, codebook, cues, lexicons at least
}

TEST(YamlFileTest, NullsQuotesAndFlowCollectionsMatch) {
  const std::string text =
      "a: ~\nc: 'quoted'\nd: \"2024\"\ne: [x, {text: y, weight: 2}]\nf: |\n  block\n  text\ng: null\n";
  auto fast = sw::kb::ParseYamlFast(text);
  ASSERT_TRUE(fast.has_value());
  EXPECT_EQ(Diff(*fast, YAML::Load(text), "inline"), "");
  EXPECT_TRUE((*fast)["a"].IsNull());
  EXPECT_TRUE((*fast)["g"].IsNull());
  EXPECT_EQ((*fast)["d"].Tag(), "!");  // quoted: the knowledge base keeps it a string
  EXPECT_EQ((*fast)["e"][1]["weight"].as<int>(), 2);
}

TEST(YamlFileTest, DeclinesWhatItDoesNotMirrorAndYamlCppStillReportsErrors) {
  EXPECT_FALSE(sw::kb::ParseYamlFast("a: &x 1\nb: *x\n").has_value());  // anchors and aliases
  EXPECT_FALSE(sw::kb::ParseYamlFast("a: !!str 1\n").has_value());      // explicit tags
  EXPECT_FALSE(sw::kb::ParseYamlFast("a: [1, 2\n").has_value());         // broken
  EXPECT_FALSE(sw::kb::ParseYamlFast("a:\nb: 1\n").has_value());        // a key without a value
  EXPECT_TRUE(sw::kb::LoadYamlString("a:\nb: 1\n")["a"].IsNull());
  EXPECT_THROW(sw::kb::LoadYamlString("a: [1, 2\n"), YAML::Exception);
  EXPECT_EQ(sw::kb::LoadYamlString("a: &x 1\nb: *x\n")["b"].as<int>(), 1);
  EXPECT_THROW(sw::kb::LoadYaml("/nonexistent/file.yaml"), YAML::BadFile);
}

}  // namespace
