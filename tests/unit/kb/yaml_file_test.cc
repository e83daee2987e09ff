// SPDX-License-Identifier: MIT
// The fast YAML path must build what yaml-cpp builds: the same values, tags and marks (every
// located message depends on the marks), on every YAML file the project ships or tests with.
#include "kb/yaml_file.h"

#include <gtest/gtest.h>

#include <cmath>
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

// DecodeDouble reads plain decimals itself: it must agree with yaml-cpp, value and verdict, on
// those and on everything it hands over (signs, exponents, specials, junk, generated decimals).
TEST(YamlFileTest, DecodeDoubleAgreesWithYamlCpp) {
  std::vector<std::string> scalars = {"0", "-0", "2", "-1.6", "0.293", "007", "1.", ".5", "+1", "1e3", "-2.5E-2",
                                      "0x10", ".inf", "-.inf", ".nan", "1,5", "1 2", "abc", "", "-",
                                      "123456789012345678901234567890.123456789012345678901234567890"};
  uint64_t x = 88172645463325252ull;  // xorshift: decimals of every length and many roundings
  for (int k = 0; k < 3000; ++k) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    std::string d = std::to_string(x % 100000);
    const int frac = static_cast<int>(x >> 40) % 19;
    if (frac > 0) d += "." + std::to_string(x >> 3).substr(0, static_cast<size_t>(frac));
    scalars.push_back(x & 1 ? "-" + d : d);
  }
  for (const std::string& s : scalars) {
    const YAML::Node node = YAML::Load("v: '" + s + "'")["v"];
    double fast = 0, want = 0;
    const bool ok = sw::kb::DecodeDouble(node, fast);
    ASSERT_EQ(ok, YAML::convert<double>::decode(node, want)) << s;
    if (ok && !std::isnan(want)) {
      ASSERT_EQ(std::signbit(fast), std::signbit(want)) << s;
      ASSERT_EQ(fast, want) << s;
    }
  }
  double v = 0;
  EXPECT_FALSE(sw::kb::DecodeDouble(YAML::Load("[1]"), v));  // not a scalar
}

}  // namespace
