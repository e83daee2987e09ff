// SPDX-License-Identifier: MIT
#include "tone/tone_model.h"

#include "text/words.h"

namespace sw::tone {
namespace {

struct Scratch {
  std::vector<sw::Span> tokens;
  std::vector<Item> items;
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

}  // namespace

ToneModel ToneModel::Load(const std::string& data_dir, std::vector<kb::Issue>& issues) {
  ToneModel m;
  m.lexicon_ = LoadLexicon(data_dir, issues);
  m.index_ = WordIndex::Build(m.lexicon_);
  return m;
}

void ToneModel::AddPatterns(match::MatcherBuilder&, std::vector<kb::Issue>&) const {}

std::optional<ToneLang> ToneModel::LexiconFor(std::string_view lang) {
  if (lang == "en" || lang == "und" || lang.empty()) return ToneLang::kEn;
  if (lang == "ru") return ToneLang::kRu;
  return std::nullopt;
}

void ToneModel::Score(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
                      std::span<const match::Hit>, uint32_t words, summitwatch::Coding& out) const {
  Scratch& sc = ThreadScratch();
  if (LexiconFor(lang)) text::Tokenize(text, sc.tokens);
  ScoreImpl(text, lang, sentences, sc.tokens, words, out);
}

void ToneModel::ScoreTokens(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
                            const std::vector<sw::Span>& tokens, summitwatch::Coding& out) const {
  ScoreImpl(text, lang, sentences, tokens, static_cast<uint32_t>(tokens.size()), out);
}

void ToneModel::ScoreImpl(std::string_view text, std::string_view lang, std::span<const sw::Span> sentences,
                          const std::vector<sw::Span>& tokens, uint32_t words, summitwatch::Coding& out) const {
  out.tone = {};
  out.tone.words = words;
  out.sentence_tone.assign(sentences.size(), 0.0);
  const std::optional<ToneLang> tl = LexiconFor(lang);
  if (!tl) return;

  Scratch& sc = ThreadScratch();
  sc.items.clear();
  index_.Collect(lexicon_, text, tokens, *tl, sc.items);

  uint32_t positive = 0, negative = 0, activity = 0, self_group = 0, scored = 0;
  double compound_sum = 0;
  const std::span<const Item> items = sc.items;
  size_t s = 0;
  for (size_t i = 0; i < items.size();) {
    // The items of one sentence: sentences are sorted and disjoint, so one forward walk.
    while (s + 1 < sentences.size() && sentences[s].end <= items[i].begin) ++s;
    size_t j = i;
    bool any = false;
    for (; j < items.size() && (s + 1 >= sentences.size() || items[j].begin < sentences[s].end); ++j) {
      const Item& it = items[j];
      // GDELT's counts are a bag of words: no rules, and negators are not sentiment words.
      if (it.sentiment() && !(it.roles & kNegator)) ++(it.valence > 0 ? positive : negative);
      activity += (it.roles & kActivity) != 0;
      self_group += (it.roles & kSelfGroup) != 0;
      any |= it.sentiment();
    }
    if (any && s < sentences.size()) {
      const double c = ScoreSentence(text, sentences[s], items.subspan(i, j - i), constants_);
      out.sentence_tone[s] = c;
      compound_sum += c;
      ++scored;
    }
    i = j;
  }
  if (words > 0) {
    const double pct = 100.0 / words;
    out.tone.positive = positive * pct;
    out.tone.negative = negative * pct;
    out.tone.tone = out.tone.positive - out.tone.negative;
    out.tone.polarity = out.tone.positive + out.tone.negative;
    out.tone.activity = activity * pct;
    out.tone.self_group = self_group * pct;
  }
  out.tone.compound = scored ? compound_sum / scored : 0;
}

}  // namespace sw::tone
