// SPDX-License-Identifier: MIT
// Properties every stage must keep on any input, checked on generated text that mixes the
// characters the rules care about with random bytes.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/language_id.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"
#include "text/words.h"

namespace sw::text {
namespace {

std::string RandomText(std::mt19937& rng) {
  static const char* const kPieces[] = {
      ".", " ", "\n", "\n\n", "!", "?", "\xE2\x80\xA6", "。", "\xE2\x80\x9D", "\"", "(", ")",
      "1.", "a", "A", "U.S.", "No.", "г.", "- ", "\xE2\x80\xA2 ", "\xE2\x80\xA9", "中", "ж",
      "'", "\xE2\x80\x99", "-", "3.5", "\xC2\xA0", "\xF0\x9F\x98\x80", "\r", "JOINT", "e\xCC\x81"};
  std::string text;
  const int pieces = static_cast<int>(rng() % 40);
  for (int k = 0; k < pieces; ++k) {
    if (rng() % 5 == 0) {
      text.push_back(static_cast<char>(rng() % 256));
    } else {
      text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    }
  }
  return text;
}

void ExpectOrderedWithin(const std::vector<sw::Span>& spans, size_t size, const std::string& text) {
  uint32_t previous_end = 0;
  for (const auto& span : spans) {
    ASSERT_LT(span.begin, span.end) << text;
    ASSERT_LE(previous_end, span.begin) << text;
    ASSERT_LE(span.end, size) << text;
    previous_end = span.end;
  }
}

TEST(TextInvariants, RandomInputKeepsEveryContract) {
  std::mt19937 rng(20230914);
  const auto splitter = SentenceSplitter::FromList({"U.S", "No", "г"});
  std::vector<sw::Span> sentences, words;
  for (int iteration = 0; iteration < 3000; ++iteration) {
    std::string text = RandomText(rng);
    const std::string raw = text;
    RepairUtf8(text);
    ASSERT_EQ(RepairUtf8(text), 0u) << "repair is not idempotent on: " << raw;
    ASSERT_EQ(text.find('\0'), std::string::npos);
    NormalizeNfc(text);
    ASSERT_EQ(RepairUtf8(text), 0u) << "NFC produced invalid UTF-8 from: " << raw;

    splitter.Split(text, sentences);
    ExpectOrderedWithin(sentences, text.size(), text);
    for (const auto& span : sentences) {  // trimmed: no sentence starts or ends with a blank
      ASSERT_NE(text[span.begin], ' ');
      ASSERT_NE(text[span.end - 1], '\n');
    }
    Tokenize(text, words);
    ExpectOrderedWithin(words, text.size(), text);
    ASSERT_EQ(CountWords(text), words.size());
    ASSERT_NE(DetectLanguage(text), nullptr);

    // Out of contract (unrepaired bytes) must still be safe.
    splitter.Split(raw, sentences);
    ExpectOrderedWithin(sentences, raw.size(), raw);
    Tokenize(raw, words);
    ExpectOrderedWithin(words, raw.size(), raw);
    ASSERT_NE(DetectLanguage(raw), nullptr);
  }
}

}  // namespace
}  // namespace sw::text
