// SPDX-License-Identifier: MIT
// EngineOptions::load_threads loads the tone model on a thread of its own: the engine it gives
// must code exactly as the one loaded on one thread, and a broken data directory must give the
// same first error and the same count of problems.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "summitwatch/engine.h"
#include "summitwatch/output.h"
#include "../temp_dir.h"

namespace summitwatch {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(SW_SOURCE_DIR) + "/data";

Result<Engine> LoadWith(const std::string& data, unsigned load_threads) {
  EngineOptions o;
  o.load_threads = load_threads;
  return Engine::Load(data, o);
}

std::string CodeJson(const Engine& engine, const std::string& text) {
  Coder coder(engine);
  Document doc;
  doc.id = "t";
  doc.date = "2023-09-19";
  doc.text = text;
  std::string out;
  AppendCodingJson(doc, coder.Code(doc), out);
  return out;
}

TEST(EngineLoadThreads, CodesAsTheEngineLoadedOnOneThread) {
  auto one = LoadWith(kData, 1);
  if (!one) GTEST_SKIP() << "the engine does not load (" << one.error().message << "); see the golden tests";
  auto two = LoadWith(kData, 2);
  ASSERT_TRUE(two.ok()) << two.error().message;
  for (const char* text : {
           "The leaders welcomed the fruitful talks on the Middle Corridor. They expressed concern about the "
           "situation in Afghanistan, but agreed to expand trade by 2030.",
           "Президенты приветствовали плодотворные переговоры. Стороны выразили обеспокоенность ситуацией.",
       }) {
    EXPECT_EQ(CodeJson(*one, text), CodeJson(*two, text)) << text;
  }
}

class EngineLoadThreadsBroken : public sw::test::TempDirTest {
 protected:
  // A copy of data/ with third_party/ beside it, as the lexicon manifest expects.
  std::string CopyData() {
    const fs::path root = dir_ / "root";
    fs::create_directories(root);
    fs::copy(kData, root / "data", fs::copy_options::recursive);
    fs::create_directory_symlink(fs::path(SW_SOURCE_DIR) / "third_party", root / "third_party");
    return (root / "data").string();
  }
  static void Append(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::app) << text;
  }
};

// The first problem on one thread names `file`, and two threads report the very same message
// (first problem and count).
void ExpectSameFirstProblem(const std::string& data, const char* file) {
  auto one = LoadWith(data, 1);
  auto two = LoadWith(data, 2);
  ASSERT_FALSE(one.ok());
  ASSERT_FALSE(two.ok());
  EXPECT_NE(one.error().message.find(file), std::string::npos) << one.error().message;
  EXPECT_EQ(one.error().message, two.error().message);
}

TEST_F(EngineLoadThreadsBroken, ReportsTheSameProblemsInTheSameOrder) {
  if (!LoadWith(kData, 1)) GTEST_SKIP() << "the shipped data does not load; see the golden tests";
  const std::string data = CopyData();
  // A broken lexicon alone: its problem is the first.
  Append(data + "/lexicons/en-diplomatic.yaml", "\nbroken: [unclosed\n");
  ExpectSameFirstProblem(data, "en-diplomatic.yaml");
  // And a broken codebook too: the codebook, loaded first on one thread, still comes first.
  Append(data + "/codebook/areas.yaml", "\nbroken: [unclosed\n");
  ExpectSameFirstProblem(data, "areas.yaml");
}

// The stance cues load beside the codebook on the second thread; their problems still come after
// the codebook's and before the knowledge base's, as on one thread.
TEST_F(EngineLoadThreadsBroken, StanceCueProblemsKeepTheirPlace) {
  if (!LoadWith(kData, 1)) GTEST_SKIP() << "the shipped data does not load; see the golden tests";
  const std::string data = CopyData();
  Append(data + "/cues/stance.yaml", "\nbroken: [unclosed\n");
  Append(data + "/kb/persons.yaml", "\nbroken: [unclosed\n");
  ExpectSameFirstProblem(data, "stance.yaml");
  Append(data + "/codebook/areas.yaml", "\nbroken: [unclosed\n");
  ExpectSameFirstProblem(data, "areas.yaml");
}

}  // namespace
}  // namespace summitwatch
