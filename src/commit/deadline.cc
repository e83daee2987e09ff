// SPDX-License-Identifier: MIT
#include "commit/deadline.h"

#include <fmt/format.h>

#include "kb/dictionaries.h"

namespace sw::commit {
namespace {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string StemKey(const std::string& word) { return word.substr(0, 2); }

int YearOf(const std::string& s) {
  if (s.size() != 4 || !AllDigits(s)) return 0;
  int y = std::stoi(s);
  return y >= 1900 && y <= 2100 ? y : 0;
}

int DayOf(const std::string& s) {
  if (s.size() > 2 || !AllDigits(s)) return 0;
  int d = std::stoi(s);
  return d >= 1 && d <= 31 ? d : 0;
}

// Reads a list of terms into word phrases, reporting empty ones.
void ReadPhrases(const YAML::Node& node, const std::string& file, std::vector<WordPhrase>& out,
                 std::vector<kb::Issue>& issues) {
  std::vector<kb::Term> terms;
  kb::ReadTerms(node, file, terms, issues);
  for (const auto& t : terms) {
    WordPhrase p = WordPhrase::Parse(t.text);
    if (p.empty()) {
      issues.push_back({file, t.line, fmt::format("pattern '{}' is empty after normalisation.", t.text)});
      continue;
    }
    out.push_back(std::move(p));
  }
}

bool ReadInt(const YAML::Node& n, int lo, int hi, int& v) {
  return n && n.IsScalar() && YAML::convert<int>::decode(n, v) && v >= lo && v <= hi;
}

std::string Format(int y, int m, int d) {
  if (d) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
  if (m) return fmt::format("{:04}-{:02}", y, m);
  return fmt::format("{:04}", y);
}

}  // namespace

void DeadlineRules::Load(const YAML::Node& node, const std::string& file, std::vector<kb::Issue>& issues) {
  if (!node || !node.IsMap()) {
    issues.push_back({file, node ? kb::LineOf(node) : 0,
                      "expected 'deadlines' to be a map with 'prepositions', 'months' and 'phrases'."});
    return;
  }
  ReadPhrases(node["prepositions"], file, prepositions_, issues);
  const YAML::Node months = node["months"];
  if (!months || !months.IsSequence()) {
    issues.push_back({file, kb::LineOf(node), "expected 'deadlines.months' to be a list of {month, terms}."});
  } else {
    for (const YAML::Node& m : months) {
      int month = 0;
      if (!m.IsMap() || !ReadInt(m["month"], 1, 12, month)) {
        issues.push_back({file, kb::LineOf(m), "expected a month entry {month: 1..12, terms: {...}}."});
        continue;
      }
      std::vector<WordPhrase> names;
      ReadPhrases(m["terms"], file, names, issues);
      for (auto& n : names) months_.emplace_back(std::move(n), month);
    }
  }
  const YAML::Node phrases = node["phrases"];
  if (!phrases || !phrases.IsSequence()) {
    issues.push_back({file, kb::LineOf(node), "expected 'deadlines.phrases' to be a list."});
    BuildIndex();
    return;
  }
  for (const YAML::Node& p : phrases) {
    Phrase proto;
    if (p.IsMap() && p["value"] && p["value"].IsScalar() && !p["value"].Scalar().empty()) {
      proto.value = p["value"].Scalar();
    } else if (p.IsMap() && (p["years"] || p["months"])) {
      proto.relative = true;
      if ((p["years"] && !ReadInt(p["years"], 0, 100, proto.years)) ||
          (p["months"] && !ReadInt(p["months"], 0, 1200, proto.months))) {
        issues.push_back({file, kb::LineOf(p), "expected 'years' and 'months' to be whole numbers from 0."});
        continue;
      }
    } else {
      issues.push_back({file, p.IsDefined() ? kb::LineOf(p) : 0,
                        "expected a deadline phrase with 'value' (a cadence) or 'years'/'months' (an offset), and 'terms'."});
      continue;
    }
    std::vector<WordPhrase> words;
    ReadPhrases(p["terms"], file, words, issues);
    for (auto& w : words) {
      Phrase ph = proto;
      ph.words = std::move(w);
      phrases_.push_back(std::move(ph));
    }
  }
  BuildIndex();
}

void DeadlineRules::BuildIndex() {
  phrases_by_word_.clear();
  phrases_by_stem_.clear();
  months_by_word_.clear();
  months_by_stem_.clear();
  for (uint32_t i = 0; i < phrases_.size(); ++i) {
    const WordPhrase& p = phrases_[i].words;
    if (p.first_is_stem()) {
      phrases_by_stem_[StemKey(p.first())].push_back(i);
    } else {
      phrases_by_word_[p.first()].push_back(i);
    }
  }
  for (uint32_t i = 0; i < months_.size(); ++i) {
    const WordPhrase& p = months_[i].first;
    if (p.first_is_stem()) {
      months_by_stem_[StemKey(p.first())].push_back(i);
    } else {
      months_by_word_[p.first()].push_back(i);
    }
  }
}

// Entries of `by_word` for the word itself, then entries of `by_stem` for its first two bytes.
template <typename F>
void DeadlineRules::ForCandidates(const Index& by_word, const Index& by_stem, const std::string& word, F&& f) {
  if (auto it = by_word.find(word); it != by_word.end()) {
    for (uint32_t k : it->second) {
      if (f(k)) return;
    }
  }
  if (auto it = by_stem.find(StemKey(word)); it != by_stem.end()) {
    for (uint32_t k : it->second) {
      if (f(k)) return;
    }
  }
}

int DeadlineRules::MonthAt(const ClauseWords& w, size_t i) const {
  int month = 0;
  ForCandidates(months_by_word_, months_by_stem_, w.words[i], [&](uint32_t k) {
    if (months_[k].first.MatchesAt(w, i)) month = months_[k].second;
    return month != 0;
  });
  return month;
}

bool DeadlineRules::PrepositionEndsAt(const ClauseWords& w, size_t j) const {
  for (const auto& p : prepositions_) {
    if (p.EndsAt(w, j)) return true;
  }
  return false;
}

void DeadlineRules::Find(std::string_view clause, const std::optional<kb::Date>& doc_date,
                         std::vector<DateFound>& out) const {
  Find(ClauseWords(clause), doc_date, out);
}

void DeadlineRules::Find(const ClauseWords& w, const std::optional<kb::Date>& doc_date,
                         std::vector<DateFound>& out) const {
  const int dy = doc_date ? doc_date->year : 0;
  const int dm = doc_date && doc_date->month ? doc_date->month : 1;
  const int dd = doc_date && doc_date->day ? doc_date->day : 1;
  auto emit = [&](size_t first, size_t last, std::string value, bool past) {
    out.push_back({w.spans[first].begin, w.spans[last].end, std::move(value), past});
  };
  for (size_t i = 0; i < w.size(); ++i) {
    // Phrases first, longest at this word: "by the end of next year" before "next year".
    const Phrase* best = nullptr;
    auto consider = [&](uint32_t k) {
      const Phrase& p = phrases_[k];
      if (p.words.MatchesAt(w, i) && (!best || p.words.size() > best->words.size())) best = &p;
    };
    ForCandidates(phrases_by_word_, phrases_by_stem_, w.words[i], [&](uint32_t k) {
      consider(k);
      return false;
    });
    if (best) {
      const size_t last = i + best->words.size() - 1;
      if (!best->relative) {
        emit(i, last, best->value, false);
      } else if (doc_date) {
        int months = dm - 1 + best->months;
        int y = dy + best->years + months / 12;
        emit(i, last, best->months ? Format(y, months % 12 + 1, 0) : Format(y, 0, 0), false);
      }
      i = last;
      continue;
    }
    if (int year = YearOf(w.words[i])) {
      size_t first = i;
      int month = 0, day = 0;
      if (i >= 1 && (month = MonthAt(w, i - 1))) {          // "May 2024", "20 May 2024"
        first = i - 1;
        if (i >= 2 && (day = DayOf(w.words[i - 2]))) first = i - 2;
      } else if (i >= 2 && DayOf(w.words[i - 1]) && (month = MonthAt(w, i - 2))) {  // "May 20, 2024"
        day = DayOf(w.words[i - 1]);
        first = i - 2;
      }
      if (day || (first > 0 && PrepositionEndsAt(w, first - 1))) {
        bool past = false;
        if (doc_date) {
          if (day) past = year * 10000 + month * 100 + day < dy * 10000 + dm * 100 + dd;
          else if (month) past = year * 100 + month < dy * 100 + dm;
          else past = year < dy;
        }
        emit(first, i, Format(year, month, day), past);
      }
      continue;
    }
    if (int month = MonthAt(w, i)) {
      // A month followed by a year (or by a day and a year) is read when the year is reached.
      if (i + 1 < w.size() && YearOf(w.words[i + 1])) continue;
      if (i + 2 < w.size() && DayOf(w.words[i + 1]) && YearOf(w.words[i + 2])) continue;
      size_t first = i, last = i;
      int day = 0;
      if (i >= 1 && (day = DayOf(w.words[i - 1]))) {
        first = i - 1;
      } else if (i + 1 < w.size() && (day = DayOf(w.words[i + 1]))) {
        last = i + 1;
      }
      if (!doc_date || !(day || (first > 0 && PrepositionEndsAt(w, first - 1)))) continue;
      // The next such month (or day) from the document date: declarations speak of the future.
      int y = dy;
      if (month * 100 + day < dm * 100 + (day ? dd : 0)) ++y;
      emit(first, last, Format(y, month, day), false);
      i = last;
    }
  }
}

}  // namespace sw::commit
