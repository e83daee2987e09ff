// SPDX-License-Identifier: MIT
// Keyness: the unigrams and bigrams that one group of documents uses significantly more than
// another, by Dunning's log-likelihood, with example sentences (docs/METHODS.md, "Comparing
// profiles and keyness"). Documents are read sentence by sentence, so a bigram never spans a
// sentence boundary and every count can point back at a sentence.
#include "analyze/keyness.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "analyze/area_compare.h"
#include "analyze/doc_filter.h"
#include "analyze/stopwords.h"
#include "store/store_impl.h"
#include "summitwatch/compare.h"
#include "text/lowercase.h"
#include "text/words.h"

namespace sw::analyze {

namespace {

// x ln(x / e), with 0 ln 0 = 0.
double Term(double x, double e) { return x > 0 ? x * std::log(x / e) : 0.0; }

}  // namespace

double SignedG2(int64_t a, int64_t b, int64_t total_a, int64_t total_b) {
  if (total_a <= 0 || total_b <= 0) return 0;
  const double n = static_cast<double>(total_a + total_b);
  const double k = static_cast<double>(a + b);
  const double ea = static_cast<double>(total_a) * k / n, eb = static_cast<double>(total_b) * k / n;
  const double ra = static_cast<double>(total_a) - ea, rb = static_cast<double>(total_b) - eb;
  const double g2 = 2 * (Term(static_cast<double>(a), ea) + Term(static_cast<double>(b), eb) +
                         Term(static_cast<double>(total_a - a), ra) + Term(static_cast<double>(total_b - b), rb));
  const bool a_more = static_cast<double>(a) * static_cast<double>(total_b) >=
                      static_cast<double>(b) * static_cast<double>(total_a);
  // Rounding can leave a tiny negative G² for identical rates.
  return std::max(g2, 0.0) * (a_more ? 1 : -1);
}

double LogRatio(int64_t a, int64_t b, int64_t total_a, int64_t total_b) {
  if (total_a <= 0 || total_b <= 0) return 0;
  const double fa = a > 0 ? static_cast<double>(a) : 0.5, fb = b > 0 ? static_cast<double>(b) : 0.5;
  return std::log2((fa / static_cast<double>(total_a)) / (fb / static_cast<double>(total_b)));
}

std::string KeynessTerm(std::string_view token) {
  bool letter = false;
  for (unsigned char c : token) {
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      letter = true;
      break;
    }
  }
  if (!letter) return {};
  std::string lower;
  text::AppendLowercase(token, lower);
  // The tokenizer joins words across ’ ‘ (U+2019, U+2018) and the Unicode hyphens U+2010/U+2011;
  // one spelling per word keeps "Xi’an" and "Xi'an" one term.
  std::string out;
  out.reserve(lower.size());
  for (size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 3, "\xE2\x80\x99") == 0 || lower.compare(i, 3, "\xE2\x80\x98") == 0) {
      out += '\'';
      i += 2;
    } else if (lower.compare(i, 3, "\xE2\x80\x90") == 0 || lower.compare(i, 3, "\xE2\x80\x91") == 0) {
      out += '-';
      i += 2;
    } else {
      out += lower[i];
    }
  }
  if (out.size() > 2 && out.ends_with("'s")) out.resize(out.size() - 2);
  if (out.size() > 1 && out.back() == '\'') out.pop_back();
  return out;
}

}  // namespace sw::analyze

namespace summitwatch {
namespace {

using sw::store::Stmt;

struct Stats {
  int64_t freq[2] = {0, 0};
  int64_t docs[2] = {0, 0};
  int64_t last_doc[2] = {-1, -1};
  int words = 1;
  std::vector<SentenceCite> examples[2];
};

struct Counter {
  const std::unordered_set<std::string>& stop;
  size_t max_examples;
  std::unordered_map<std::string, Stats> terms;
  int64_t docs[2] = {0, 0}, words[2] = {0, 0}, bigrams[2] = {0, 0};

  void Add(const std::string& term, int n, int side, int64_t doc, const std::string& id, uint32_t sentence) {
    Stats& s = terms[term];
    s.words = n;
    ++s.freq[side];
    if (s.last_doc[side] != doc) {
      s.last_doc[side] = doc;
      ++s.docs[side];
      // One example per document, so that a term's examples show it in different texts.
      if (s.examples[side].size() < max_examples) s.examples[side].push_back({doc, id, sentence});
    }
  }

  void Sentence(std::string_view text, int side, int64_t doc, const std::string& id, uint32_t sentence,
                std::vector<sw::Span>& tokens) {
    sw::text::Tokenize(text, tokens);
    std::string prev;  // the previous word of the sentence, '' after a number or at the start
    for (const auto& span : tokens) {
      std::string term = sw::analyze::KeynessTerm(text.substr(span.begin, span.size()));
      if (term.empty()) {
        prev.clear();
        continue;
      }
      ++words[side];
      const bool stop_word = stop.count(term) != 0;
      if (!stop_word) Add(term, 1, side, doc, id, sentence);
      if (!prev.empty()) {
        ++bigrams[side];
        if (!stop_word && !stop.count(prev)) Add(prev + " " + term, 2, side, doc, id, sentence);
      }
      prev = std::move(term);
    }
  }
};

Status CountSide(const sw::store::Db& db, GroupBy by, const std::string& key, const DocFilter& filter, int side,
                 Counter& c) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  Stmt docs(db, "SELECT d.doc, d.id, sw_text(t.text) FROM documents d JOIN document_texts t ON t.doc = d.doc WHERE " +
                    sw::analyze::SideSql(by) + where->sql + " ORDER BY d.doc");
  docs.Bind(1, key);
  where->Bind(docs, 2);
  Stmt sentences(db, "SELECT idx, start, \"end\" FROM sentences WHERE doc = ? ORDER BY idx");
  std::vector<sw::Span> tokens;
  while (docs.Step()) {
    const int64_t doc = docs.Int(0);
    const std::string id(docs.Text(1));
    const std::string_view text = docs.Text(2);
    ++c.docs[side];
    sentences.Reset();
    sentences.Bind(1, doc);
    while (sentences.Step()) {
      const auto start = static_cast<size_t>(sentences.Int(1)), end = static_cast<size_t>(sentences.Int(2));
      if (start > end || end > text.size()) continue;
      c.Sentence(text.substr(start, end - start), side, doc, id, static_cast<uint32_t>(sentences.Int(0)), tokens);
    }
    if (!sentences.status()) return sentences.status().error();
  }
  if (!docs.status()) return docs.status().error();
  return {};
}

}  // namespace

Result<Keyness> ComputeKeyness(const Store& store, std::optional<GroupBy> by, const std::string& a,
                               const std::string& b, const DocFilter& filter, const KeynessOptions& options) {
  const auto& db = store.impl().db;
  const GroupBy side_by = sw::analyze::ResolveSides(db, by, a, b);
  if (side_by == GroupBy::kDocument) {
    return MakeError(ErrorCode::kInvalidInput, "--compare takes two issuers, formats, years or countries, not documents.");
  }
  std::unordered_set<std::string> stop;
  if (!options.stopwords.empty()) {
    auto loaded = sw::analyze::LoadStopwords(options.stopwords);
    if (!loaded) return loaded.error();
    stop = std::move(*loaded);
  }
  Counter c{stop, options.examples, {}};
  const std::string column = sw::analyze::GroupingFor(side_by).column;
  for (int side = 0; side < 2; ++side) {
    const std::string& key = side == 0 ? a : b;
    if (auto s = CountSide(db, side_by, key, filter, side, c); !s) return s.error();
    if (c.docs[side] == 0) {
      return MakeError(ErrorCode::kNotFound,
                       fmt::format("no documents for {} '{}' in the store{}.", column, key,
                                   sw::analyze::IsEmpty(filter) ? "" : " with these filters"),
                       key);
    }
  }

  Keyness k;
  k.column = column;
  k.a = a;
  k.b = b;
  k.docs_a = c.docs[0];
  k.docs_b = c.docs[1];
  k.words_a = c.words[0];
  k.words_b = c.words[1];
  k.bigrams_a = c.bigrams[0];
  k.bigrams_b = c.bigrams[1];
  std::vector<KeyTerm> sides[2];
  for (auto& [term, s] : c.terms) {
    if (s.freq[0] + s.freq[1] < options.min_freq) continue;
    const int64_t ta = s.words == 1 ? c.words[0] : c.bigrams[0], tb = s.words == 1 ? c.words[1] : c.bigrams[1];
    const double g2 = sw::analyze::SignedG2(s.freq[0], s.freq[1], ta, tb);
    if (std::fabs(g2) < options.min_g2 || g2 == 0) continue;
    const int side = g2 > 0 ? 0 : 1;
    if (s.docs[side] < options.min_docs) continue;
    KeyTerm t;
    t.term = term;
    t.words = s.words;
    t.freq_a = s.freq[0];
    t.freq_b = s.freq[1];
    t.docs_a = s.docs[0];
    t.docs_b = s.docs[1];
    t.g2 = g2;
    t.log_ratio = sw::analyze::LogRatio(s.freq[0], s.freq[1], ta, tb);
    t.examples = std::move(s.examples[side]);
    sides[side].push_back(std::move(t));
  }
  for (auto& v : sides) {
    // Largest |G²| first; ties (common with small counts) by the term, so the order is stable.
    std::sort(v.begin(), v.end(), [](const KeyTerm& x, const KeyTerm& y) {
      if (std::fabs(x.g2) != std::fabs(y.g2)) return std::fabs(x.g2) > std::fabs(y.g2);
      return x.term < y.term;
    });
    if (v.size() > options.top) v.resize(options.top);
    for (auto& t : v) k.terms.push_back(std::move(t));
  }
  return k;
}

Table KeynessTable(const Keyness& k) {
  using K = Column::Kind;
  Table t;
  t.title = fmt::format(
      "Keyness of {} {} ({} documents, {} words) against {} ({} documents, {} words): the terms each side uses "
      "significantly more, by log-likelihood G² (positive: {})",
      k.column, k.a, k.docs_a, k.words_a, k.b, k.docs_b, k.words_b, k.a);
  t.columns = {{"term", K::kText},      {"words", K::kInt},     {"favours", K::kText},   {"g2", K::kReal},
               {"log_ratio", K::kReal}, {"freq_a", K::kInt},    {"freq_b", K::kInt},     {"per_10k_a", K::kReal},
               {"per_10k_b", K::kReal}, {"docs_a", K::kInt},    {"docs_b", K::kInt},     {"examples", K::kText}};
  for (const auto& term : k.terms) {
    const int64_t ta = term.words == 1 ? k.words_a : k.bigrams_a, tb = term.words == 1 ? k.words_b : k.bigrams_b;
    auto per_10k = [](int64_t f, int64_t total) {
      return total > 0 ? static_cast<double>(f) * 10000.0 / static_cast<double>(total) : 0.0;
    };
    std::string examples;
    for (const auto& e : term.examples) {
      examples += fmt::format("{}{}:{}", examples.empty() ? "" : "; ", e.document, e.sentence);
    }
    t.rows.push_back({term.term, int64_t{term.words}, term.g2 > 0 ? k.a : k.b, term.g2, term.log_ratio, term.freq_a,
                      term.freq_b, per_10k(term.freq_a, ta), per_10k(term.freq_b, tb), term.docs_a, term.docs_b,
                      examples});
  }
  return t;
}

}  // namespace summitwatch
