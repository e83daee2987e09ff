// SPDX-License-Identifier: MIT
// Deadlines: the dates and cadences of one clause, normalised against the document date.
//
// "by 2030" → 2030; "in October 2023" → 2023-10; "in October" (document of 2023-09-19) →
// 2023-10, (document of 2023-11-02) → 2024-10; "on 20 May 2024", «20 мая 2024 года» →
// 2024-05-20; "annually", «ежегодно» → annually; "within a year" → document date + 12 months.
// A year, a month name or a day with a month is a date only after one of the listed
// prepositions, or with a day ("the 2019 agreement" and "70 billion" are not dates).
//
// Usage:
//   DeadlineRules rules;
//   rules.Load(yaml["deadlines"], "data/cues/commitments.yaml", issues);
//   std::vector<DateFound> found;
//   rules.Find("We will meet in October.", kb::Date::Parse("2023-09-19"), found);
//   // found[0].value == "2023-10", found[0].past == false
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "commit/word_phrase.h"
#include "kb/date.h"
#include "kb/model.h"

namespace sw::commit {

struct DateFound {
  uint32_t begin = 0;  // byte offsets into the clause given to Find
  uint32_t end = 0;
  std::string value;   // YYYY, YYYY-MM, YYYY-MM-DD, or a cadence ("annually")
  bool past = false;   // a date before the document date: a past marker, not a deadline
};

class DeadlineRules {
 public:
  /// Reads the `deadlines` map of the cue file; problems go to `issues` with file and line.
  void Load(const YAML::Node& node, const std::string& file, std::vector<kb::Issue>& issues);

  /// Appends the dates of `clause` in text order. Relative dates ("in October", "next year")
  /// need `doc_date` and are skipped without one; so is the past test.
  void Find(std::string_view clause, const std::optional<kb::Date>& doc_date, std::vector<DateFound>& out) const;
  void Find(const ClauseWords& words, const std::optional<kb::Date>& doc_date, std::vector<DateFound>& out) const;

 private:
  struct Phrase {
    WordPhrase words;
    std::string value;  // for cadences
    int years = 0;      // for offsets from the document date
    int months = 0;
    bool relative = false;
  };
  int MonthAt(const ClauseWords& w, size_t i) const;  // 1..12, or 0
  bool PrepositionEndsAt(const ClauseWords& w, size_t j) const;
  using Index = std::unordered_map<std::string, std::vector<uint32_t>>;
  void BuildIndex();
  template <typename F>
  static void ForCandidates(const Index& by_word, const Index& by_stem, const std::string& word, F&& f);

  std::vector<WordPhrase> prepositions_;
  std::vector<std::pair<WordPhrase, int>> months_;
  std::vector<Phrase> phrases_;
  // Every word of a clause is tried as the start of a phrase or a month: index them by their
  // first word so that a word costs two hash lookups instead of a pass over every entry.
  // Stems are keyed by their first two bytes (one Cyrillic letter, or two Latin ones).
  Index phrases_by_word_, phrases_by_stem_;
  Index months_by_word_, months_by_stem_;
};

}  // namespace sw::commit
