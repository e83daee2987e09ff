// SPDX-License-Identifier: MIT
// Throughput of the text stages that touch every byte of every document.
//
//   cmake --build build --target micro_bench && ./build/bench/micro_bench --benchmark_filter=Text
//
// Bytes/s is reported as MB/s by Google Benchmark (bytes_per_second counter).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/language_id.h"
#include "text/letter_evidence.h"
#include "text/sentence_splitter.h"
#include "text/utf8.h"
#include "text/words.h"

namespace {

// English declaration prose with the features the splitter must weigh: abbreviations, numbers,
// initials, quotes, a numbered paragraph and line wrapping.
const char kParagraph[] =
    "1. The Heads of State of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of\n"
    "Tajikistan, Turkmenistan, the Republic of Uzbekistan and the U.S. met in New York on\n"
    "19 September 2023 for the first C5+1 summit. They welcomed the 3.5 percent growth in\n"
    "regional trade and noted Resolution No. 5 of the Council. Mr. J. Smith, speaking for the\n"
    "secretariat, said: \"We agree on the people-to-people agenda.\" The sides reaffirmed their\n"
    "commitment to sovereignty, independence and territorial integrity, and agreed to expand\n"
    "cooperation on energy, critical minerals, water and climate. Why does it matter? Because\n"
    "connectivity through the Middle Corridor lowers costs for every economy in the region!\n\n";

// Russian news prose: two-byte letters take the tokenizer's non-ASCII path.
const char kRussianParagraph[] =
    "Президент Республики Казахстан К. Токаев принял участие в консультативной встрече глав "
    "государств Центральной Азии в г. Душанбе 14 сентября 2023 г. Стороны обсудили вопросы "
    "торговли, транзита, энергетики и водных ресурсов, т.е. весь круг региональной повестки. "
    "Рост товарооборота составил 3,5 процента! Что дальше? Следующая встреча пройдёт в Астане.\n\n";

std::string Repeat(const char* paragraph) {
  std::string text;
  while (text.size() < (1u << 20)) text += paragraph;
  return text;
}

const std::string& Corpus() {
  static const std::string corpus = Repeat(kParagraph);
  return corpus;
}

void BM_TextTokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<sw::Span> words;
  for (auto _ : state) {
    sw::text::Tokenize(text, words);
    benchmark::DoNotOptimize(words.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["words"] = static_cast<double>(words.size());
}
BENCHMARK(BM_TextTokenize);

void BM_TextCountWords(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::CountWords(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TextCountWords);

void BM_TextTokenizeRussian(benchmark::State& state) {
  static const std::string text = Repeat(kRussianParagraph);
  std::vector<sw::Span> words;
  for (auto _ : state) {
    sw::text::Tokenize(text, words);
    benchmark::DoNotOptimize(words.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TextTokenizeRussian);

void BM_TextSplitSentences(benchmark::State& state) {
  const std::string& text = Corpus();
  const auto splitter = sw::text::SentenceSplitter::FromList({"U.S", "No", "Mr", "Dr", "e.g"});
  std::vector<sw::Span> sentences;
  for (auto _ : state) {
    splitter.Split(text, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_TextSplitSentences);

void BM_TextSplitSentencesRussian(benchmark::State& state) {
  static const std::string text = Repeat(kRussianParagraph);
  const auto splitter = sw::text::SentenceSplitter::FromList({"г", "гг", "т.е"});
  std::vector<sw::Span> sentences;
  for (auto _ : state) {
    splitter.Split(text, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TextSplitSentencesRussian);

void BM_TextRepairValidUtf8(benchmark::State& state) {
  std::string text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::RepairUtf8(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TextRepairValidUtf8);

void BM_TextNormalizeNfcAscii(benchmark::State& state) {
  std::string text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::NormalizeNfc(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_TextNormalizeNfcAscii);

void BM_TextDetectLanguage(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::DetectLanguage(text));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));  // documents/s
}
BENCHMARK(BM_TextDetectLanguage);

void BM_TextDetectLanguageRussian(benchmark::State& state) {
  static const std::string text = Repeat(kRussianParagraph);
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::DetectLanguage(text));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_TextDetectLanguageRussian);

// The letter-evidence pass alone, on the same 4 KB sample DetectLanguage gives it.
void BM_TextLetterEvidence(benchmark::State& state) {
  const std::string_view sample = std::string_view(Corpus()).substr(0, 4096);
  for (auto _ : state) benchmark::DoNotOptimize(sw::text::CorrectWithLetters(sample, "en"));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_TextLetterEvidence);

}  // namespace
