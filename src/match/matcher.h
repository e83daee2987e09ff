// SPDX-License-Identifier: MIT
// One compiled matcher over every dictionary (knowledge-base aliases, area terms, stance cues,
// and whatever later coders add). A document is scanned once; each hit says which dictionary
// and entry it belongs to and where it is.
//
// Usage:
//   sw::match::MatcherBuilder b;
//   b.Add({.dict = sw::match::Dict::kEntity, .entry = 7}, "China–Central Asia Secretariat");
//   auto matcher = std::move(b).Build();
//   sw::match::Scratch scratch(*matcher);
//   matcher->Scan(text, scan, map, 20230519, scratch, hits);
//
// Pattern syntax is docs/KB.md's: case-insensitive (unless exact_case), whole words, '*' ends a
// stem. Within one dictionary overlapping hits resolve leftmost-longest, so "China–Central Asia
// Secretariat" is one entity hit and not "China" plus "Central Asia"; different dictionaries
// keep their own hits over the same text ("Middle Corridor" is an entity and an area term).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "kb/date.h"
#include "match/canonical.h"
#include "match/token_trie.h"
#include "summitwatch/error.h"

struct hs_database;
struct hs_scratch;

namespace sw::match {

enum class Dict : uint8_t { kEntity, kArea, kStance, kTone, kCommit, kCount };

/// What a pattern stands for. One pattern text may stand for several targets.
struct Target {
  Dict dict = Dict::kEntity;
  uint32_t entry = 0;      // index into the dictionary's own table
  float weight = 1.0f;
  int from = kb::kNoStart;  // yyyymmdd validity, inclusive
  int to = kb::kNoEnd;
  bool exact_case = false;
};

struct Hit {
  Dict dict;
  uint32_t entry;
  float weight;
  uint32_t begin;  // byte offsets into the original text
  uint32_t end;
  uint32_t scan_begin;  // and into the scan buffer
  uint32_t scan_end;
  uint32_t sentence = 0;  // filled in by the coder
};

class Matcher;

/// Per-thread Hyperscan scratch space.
class Scratch {
 public:
  explicit Scratch(const Matcher& m);
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

 private:
  friend class Matcher;
  hs_scratch* scratch_ = nullptr;
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> raw_tuples_;  // (pattern, from, to)
  size_t hyperscan_tuples_ = 0;  // how many of raw_tuples_, at the front, came from Hyperscan
  std::vector<struct Hit> by_dict_;  // Resolve's bucketing space
  std::vector<uint32_t> word_starts_;  // WalkWords' list of where words begin
};

class Matcher {
 public:
  Matcher() = default;  // matches nothing until built by a MatcherBuilder
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;
  ~Matcher();

  /// Scans `scan` (Canonicalize(text)) and appends hits sorted by dictionary, then position.
  /// `doc_date` is yyyymmdd, or 0 when unknown (time-bounded targets then never match).
  void Scan(std::string_view text, std::string_view scan, const OffsetMap& map, int doc_date,
            Scratch& scratch, std::vector<Hit>& out) const;

  size_t pattern_count() const { return rules_.size(); }
  /// True when built from no patterns: Scan would find nothing, so callers may skip it.
  bool empty() const { return rules_.empty(); }

 private:
  friend class MatcherBuilder;
  friend class Scratch;
  struct Pattern {
    std::string canon;        // the regex source for Hyperscan, or the trie's bytes
    std::string exact_text;   // canonical text without case folding, for exact-case targets
    uint32_t literal_len = 0; // 0 for regexes (start offset then comes from Hyperscan)
    bool stem = false;        // trailing '*': extend the match to the end of the word
    bool in_trie = false;     // begins with a word character: found through trie_, not Hyperscan
    std::vector<Target> targets;
  };
  // What Resolve reads of a pattern, packed. PERF: every hit looks its pattern up, in no
  // particular order; Pattern (96 bytes, its targets on the heap) made that lookup and the one of
  // its targets a cache miss each (Resolve was 15% of areas + mentions on the bench corpus, most
  // of it in those two loads). The flat copies are a fraction of the size.
  struct Rule {
    uint32_t literal_len;
    uint32_t first_target;       // targets_[first_target, first_target + target_count)
    uint32_t target_count : 31;
    uint32_t stem : 1;
  };
  void Flatten(std::vector<Pattern>&& patterns);
  void Resolve(std::string_view text, std::string_view scan, const OffsetMap& map, int doc_date,
               Scratch& scratch, std::vector<Hit>& out) const;

  void WalkWords(std::string_view scan, Scratch& scratch,
                 std::vector<std::tuple<uint32_t, uint32_t, uint32_t>>& raw) const;

  hs_database* db_ = nullptr;
  TokenTrie trie_;
  std::vector<Rule> rules_;                // by pattern id
  std::vector<Target> targets_;            // every pattern's targets, each pattern's together
  std::vector<std::string> exact_texts_;   // by pattern id: Pattern::exact_text
};

class MatcherBuilder {
 public:
  /// Adds `pattern` for `target`. Returns an error message (empty on success) if the pattern is
  /// empty after normalisation or malformed; the caller adds file and line.
  std::string Add(const Target& target, std::string_view pattern);
  /// Compiles the patterns. With a `cache_dir`, a database compiled earlier from the very same
  /// patterns is loaded from there instead (and a fresh compile is saved there): compiling a few
  /// thousand patterns takes about a second, loading takes milliseconds. The word trie is cached
  /// there the same way (trie_cache.h).
  summitwatch::Result<Matcher> Build(const std::string& cache_dir = {}) &&;

 private:
  void BuildTrie(const std::string& cache_dir, TokenTrie& trie) const;
  std::vector<Matcher::Pattern> patterns_;
  std::unordered_map<std::string, uint32_t> index_;  // canonical key → pattern id
};

}  // namespace sw::match
