// SPDX-License-Identifier: MIT
// Two groups of documents compared: their area profiles with the difference per area and its
// bootstrap interval, and the words and phrases that distinguish them (log-likelihood keyness).
// docs/METHODS.md, "Comparing profiles and keyness".
//
// Usage:
//   auto diff = summitwatch::CompareAreas(*store, std::nullopt, "china-ca", "c5plus1", filter,
//                                         summitwatch::CompareOptions{});
//   summitwatch::KeynessOptions k;
//   k.stopwords = "data/text/stopwords.yaml";
//   auto keys = summitwatch::ComputeKeyness(*store, std::nullopt, "china-ca", "c5plus1", filter, k);
//   summitwatch::Table t = summitwatch::KeynessTable(*keys);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace summitwatch {

struct CompareOptions {
  int resamples = 1000;              ///< bootstrap replicates
  uint64_t seed = 0x5eed'2026'0002;  ///< fixed, so the intervals are the same run after run
};

/// CompareAreas of store.h (columns area, A, B, difference) with three more per area: `diff_lo`
/// and `diff_hi`, the 95% percentile interval of A − B from a bootstrap over each document's
/// coded sentences, and `significant` (1 when the interval excludes zero, else 0).
Result<Table> CompareAreas(const Store& store, std::optional<GroupBy> by, const std::string& a, const std::string& b,
                           const DocFilter& filter, const CompareOptions& options);

/// A sentence of a stored document, for citing: the integer key (documents.doc), the document's
/// id and the sentence index (sentences.idx, from 0).
struct SentenceCite {
  int64_t doc = 0;
  std::string document;
  uint32_t sentence = 0;
};

struct KeynessOptions {
  size_t top = 20;           ///< terms per side
  int64_t min_freq = 3;      ///< occurrences on both sides together
  int64_t min_docs = 2;      ///< documents of the over-using side that contain the term
  double min_g2 = 3.84;      ///< G² of one degree of freedom at p < 0.05
  size_t examples = 2;       ///< example sentences per term, from different documents when possible
  std::string stopwords;     ///< data/text/stopwords.yaml; empty: no stop words
};

struct KeyTerm {
  std::string term;  ///< case-folded; a bigram is two words joined by one space
  int words = 1;
  int64_t freq_a = 0, freq_b = 0;  ///< occurrences
  int64_t docs_a = 0, docs_b = 0;  ///< documents containing it
  double g2 = 0;                   ///< Dunning's G², positive when A uses the term more, negative when B does
  double log_ratio = 0;            ///< log2 of A's relative frequency over B's (zeros taken as 0.5)
  std::vector<SentenceCite> examples;  ///< from the side that uses it more
};

struct Keyness {
  std::string column;  ///< what A and B are: "format", "issuer", "year" or "country"
  std::string a, b;
  int64_t docs_a = 0, docs_b = 0;
  int64_t words_a = 0, words_b = 0;      ///< word tokens (numbers left out): the unigram totals
  int64_t bigrams_a = 0, bigrams_b = 0;  ///< adjacent word pairs within sentences: the bigram totals
  std::vector<KeyTerm> terms;            ///< A's terms by G² (largest first), then B's
};

/// The terms (unigrams and bigrams of case-folded word tokens) that A's documents use
/// significantly more than B's, and those B's use more. Sides are resolved as in CompareAreas.
Result<Keyness> ComputeKeyness(const Store& store, std::optional<GroupBy> by, const std::string& a,
                               const std::string& b, const DocFilter& filter, const KeynessOptions& options);

/// One row per term: term, words, favours, g2, log_ratio, freq_a, freq_b, per_10k_a, per_10k_b,
/// docs_a, docs_b, examples ("<document id>:<sentence index>; ...").
Table KeynessTable(const Keyness& k);

}  // namespace summitwatch
