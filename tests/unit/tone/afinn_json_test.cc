// SPDX-License-Identifier: MIT
// The AFINN reader against nlohmann::json, which the lexicon loader used before it: the same
// members, order and values on valid input (generated, with escapes, repeats and every value
// type), the same verdict on mutated input, and located messages.
#include "tone/afinn_json.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "tone/lexicon.h"

namespace sw::tone {
namespace {

std::string Show(const std::vector<AfinnWord>& words) {
  std::string out;
  for (const AfinnWord& w : words) out += fmt::format("{}={}\n", w.word, w.value);  // shortest exact form, "-0" kept
  return out;
}

// What the loader took from nlohmann::json: number members in its (std::map) order.
std::optional<std::string> Reference(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  std::vector<AfinnWord> words;
  for (const auto& [word, value] : j.items()) {
    if (value.is_number()) words.push_back({word, value.get<double>()});
  }
  return Show(words);
}

std::optional<std::string> Ours(const std::string& text) {
  std::vector<AfinnWord> words;
  if (ParseAfinnJson(text, words)) return std::nullopt;
  return Show(words);
}

TEST(AfinnJson, ReadsTheShippedShape) {
  std::vector<AfinnWord> words;
  ASSERT_FALSE(ParseAfinnJson("{\n  \"abandon\": -2,\n  \"can't stand\": -3,\n  \"zealous\": 2\n}\n", words));
  EXPECT_EQ(Show(words), "abandon=-2\ncan't stand=-3\nzealous=2\n");
}

TEST(AfinnJson, KeysInByteOrderTheLastRepeatStandsOtherTypesSkipped) {
  std::vector<AfinnWord> words;
  ASSERT_FALSE(ParseAfinnJson(
      "\xEF\xBB\xBF{\"b\": 1, \"a\\u00e9\": 2.5e0, \"a\": [1, {\"x\": null}], \"b\": 3, \"c\": \"4\", "
      "\"d\": 1, \"d\": true, \"\\ud83d\\ude00\": -0, \"Z\": 1E2}",
      words));
  EXPECT_EQ(Show(words), "Z=100\naé=2.5\nb=3\n😀=0\n");
}

TEST(AfinnJson, ErrorsSayWhatWasExpectedAndOnWhichLine) {
  struct Case {
    const char* json;
    int line;  // 0: not checked
    const char* message;
  };
  for (const Case& c : {
           Case{"{\n  \"a\": 1,\n  \"b\" 2\n}", 3, "expected ':' after the word"},
           Case{"[1, 2]", 1, "expected '{' to open the object from word to valence"},
           Case{"{\"a\": 1}\n\n,", 3, "expected nothing after the object"},
           Case{"{\"a\": 1,\n\"b\": 01}", 2, "expected ',' or '}' after a value"},
           Case{"{\"a\n\": 1}", 0, "expected no control character inside a string"},
           Case{"{\"a\": 1e999}", 0, "expected a number within the range of a double"},
       }) {
    std::vector<AfinnWord> words;
    auto err = ParseAfinnJson(c.json, words);
    ASSERT_TRUE(err) << c.json;
    if (c.line != 0) {
      EXPECT_EQ(err->line, c.line) << c.json;
    }
    EXPECT_EQ(err->message, c.message) << c.json;
  }
}

// Random objects, valid by construction, then mutated a byte at a time: wherever nlohmann::json
// accepts, the members must be the same; where it refuses, so must we.
TEST(AfinnJson, AgreesWithNlohmannOnGeneratedAndMutatedInput) {
  static const char* const kKeys[] = {"good", "bad", "can't stand", "no fun", "a\\\"b", "tab\\t", "\\u00e9t\\u00e9",
                                      "été", "\\ud83d\\ude00", "x\\/y", "b", "a", "", "Zed", "\\u0041"};
  static const char* const kValues[] = {"1", "-2", "0", "-0", "3.5", "-4e0", "1E+1", "2.5e-1", "12345678901234567890",
                                        "-9223372036854775808", "1e-400", "\"s\"", "true", "false", "null", "[]",
                                        "[1, [2, {}]]", "{\"k\": {\"j\": [null]}}"};
  static const char kNoise[] = "{}[],:\"\\ 0123456789-+.eEtrufalsn\n\t\x01\xC3\xA9\xFF";
  std::mt19937 rng(4);
  size_t accepted = 0, refused = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = "{";
    const int members = static_cast<int>(rng() % 8);
    for (int m = 0; m < members; ++m) {
      if (m > 0) text += rng() % 2 ? "," : ",\n  ";
      text += "\"" + std::string(kKeys[rng() % std::size(kKeys)]) + "\"" + (rng() % 2 ? ":" : " : ");
      text += kValues[rng() % std::size(kValues)];
    }
    text += rng() % 2 ? "}" : "}\n";
    ASSERT_EQ(Ours(text), Reference(text)) << text;
    const int mutations = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < mutations; ++k) {
      const size_t at = rng() % (text.size() + 1);
      const char c = kNoise[rng() % (sizeof(kNoise) - 1)];
      switch (rng() % 3) {
        case 0: text.insert(at, 1, c); break;
        case 1: if (at < text.size()) text.erase(at, 1); break;
        default: if (at < text.size()) text[at] = c; break;
      }
    }
    const auto ours = Ours(text);
    ASSERT_EQ(ours, Reference(text)) << text;
    ++(ours ? accepted : refused);
  }
  EXPECT_GT(accepted, 200u);  // the mutated inputs tried both verdicts, not only one
  EXPECT_GT(refused, 2000u);
}

TEST(AfinnJson, TheLexiconLoaderLocatesAMalformedFile) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("sw_afinn_" + std::to_string(::getpid()));
  fs::create_directories(dir / "lexicons");
  std::ofstream(dir / "lexicons" / "manifest.yaml") << "en:\n  - {file: labels.json, format: afinn}\n";
  std::ofstream(dir / "lexicons" / "labels.json") << "{\n  \"good\": 3,\n  \"bad\": -3\n  \"ugly\": -2\n}\n";
  std::vector<kb::Issue> issues;
  LoadLexicon(dir.string(), issues);
  fs::remove_all(dir);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].line, 4);
  EXPECT_EQ(issues[0].Format(),
            (dir / "lexicons" / "labels.json").string() +
                ":4: expected ',' or '}' after a value, in what should be a JSON object from word to valence "
                "(AFINN's labels.json).");
}

}  // namespace
}  // namespace sw::tone
