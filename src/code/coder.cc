// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <span>

#include "code/area_coder.h"
#include "code/engine_impl.h"
#include "code/mention_coder.h"
#include "match/canonical.h"
#include "summitwatch/engine.h"
#include "text/language_id.h"
#include "text/utf8.h"
#include "text/words.h"

namespace summitwatch {
namespace detail {

struct CoderImpl {
  explicit CoderImpl(const EngineImpl& e) : engine(e), scratch(e.matcher) {}

  const EngineImpl& engine;
  sw::match::Scratch scratch;
  std::vector<sw::Span> sentences;
  std::vector<sw::Span> tokens;
  std::string scan;
  sw::match::OffsetMap map;
  std::vector<sw::match::Hit> hits;
  std::string lang;
  Coding coding;
};

namespace {

int DateKey(const std::string& date) {
  auto d = sw::kb::Date::Parse(date);
  return d ? d->First() : 0;
}

// Hits are sorted by position within each dictionary; sentences are sorted and disjoint, so
// one forward walk per dictionary assigns them.
void AssignSentences(const std::vector<sw::Span>& sentences, std::span<sw::match::Hit> hits) {
  size_t s = 0;
  for (auto& h : hits) {
    while (s + 1 < sentences.size() && sentences[s].end <= h.begin) ++s;
    h.sentence = static_cast<uint32_t>(s);
  }
}

// The hits come sorted by dictionary: each dictionary's run, found in one pass (ten binary
// searches over a few hundred hits were half a percent of coding, in mispredicted branches).
using DictRanges = std::array<std::span<sw::match::Hit>, static_cast<size_t>(sw::match::Dict::kCount)>;
DictRanges SplitByDict(std::vector<sw::match::Hit>& hits) {
  DictRanges out;
  size_t i = 0;
  for (size_t d = 0; d < out.size(); ++d) {
    const size_t begin = i;
    while (i < hits.size() && static_cast<size_t>(hits[i].dict) == d) ++i;
    out[d] = std::span<sw::match::Hit>(hits.data() + begin, i - begin);
  }
  return out;
}

}  // namespace
}  // namespace detail

Coder::Coder(const Engine& engine) : impl_(std::make_unique<detail::CoderImpl>(*engine.impl_)) {}
Coder::Coder(Coder&&) noexcept = default;
Coder::~Coder() = default;

const Coding& Coder::Code(Document& doc) {
  detail::CoderImpl& c = *impl_;
  Coding& out = c.coding;
  out.repaired = sw::text::RepairUtf8(doc.text);
  sw::text::NormalizeNfc(doc.text);
  const std::string_view text = doc.text;

  c.lang = doc.lang.empty() ? sw::text::DetectLanguage(text) : doc.lang;
  out.lang = c.lang;
  const EngineOptions& on = c.engine.options;
  // Tone needs the tokens, whose number is the word count; otherwise counting is cheaper.
  const bool tokens = on.tone && sw::tone::ToneModel::LexiconFor(out.lang).has_value();
  if (tokens) {
    sw::text::Tokenize(text, c.tokens);
    out.words = static_cast<uint32_t>(c.tokens.size());
  } else {
    out.words = sw::text::CountWords(text);
  }
  c.engine.splitter.Split(text, c.sentences);
  out.sentences.clear();
  for (const auto& s : c.sentences) out.sentences.push_back({s.begin, s.end});

  c.hits.clear();
  // With tone alone no dictionary is compiled into the matcher: skip building the scan text.
  if (!c.engine.matcher.empty()) {
    sw::match::Canonicalize(text, c.scan, c.map);
    c.engine.matcher.Scan(text, c.scan, c.map, detail::DateKey(doc.date), c.scratch, c.hits);
  }

  using sw::match::Dict;
  const detail::DictRanges by_dict = detail::SplitByDict(c.hits);
  auto areas = by_dict[static_cast<size_t>(Dict::kArea)];
  auto entities = by_dict[static_cast<size_t>(Dict::kEntity)];
  auto stances = by_dict[static_cast<size_t>(Dict::kStance)];
  auto tone = by_dict[static_cast<size_t>(Dict::kTone)];
  auto commits = by_dict[static_cast<size_t>(Dict::kCommit)];
  for (auto range : {areas, entities, stances, tone, commits}) detail::AssignSentences(c.sentences, range);

  sw::code::CodeAreas(c.engine.codebook, areas, out);
  sw::code::CodeMentions(c.engine.kb, c.engine.stance_cues, entities, stances, out);
  out.tone = {};
  out.tone.words = out.words;
  out.sentence_tone.assign(c.sentences.size(), 0.0);
  out.commitments.clear();
  if (tokens) {
    c.engine.tone.ScoreTokens(text, out.lang, c.sentences, c.tokens, out);
  } else if (on.tone) {
    c.engine.tone.Score(text, out.lang, c.sentences, tone, out.words, out);
  }
  if (on.commitments) c.engine.commitments.Extract(doc, c.sentences, commits, out);
  return out;
}

}  // namespace summitwatch
