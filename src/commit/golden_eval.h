// SPDX-License-Identifier: MIT
// Validation of the commitment extractor against golden sentences (tests/golden/commitments).
//
// A golden file has one sentence a line, tab-separated (lines starting with '#' are comments):
//   label (yes|no)  modality ('-' for none)  deadline ('-' for none)  date (YYYY-MM-DD)  sentence  reason
// Each sentence is coded as a one-sentence declaration of that date whose issuers are the five
// Central Asian states; it is a predicted commitment when at least one commitment is extracted
// from it, and the first one gives the predicted modality and deadline.
//
// Usage:
//   std::vector<GoldenCase> cases;
//   if (auto st = ReadGoldenFile("tests/golden/commitments/dev-en.tsv", cases); !st) ...;
//   Scores s = Evaluate(engine, cases, &outcomes);   // s.precision(), s.recall(), ...
#pragma once

#include <string>
#include <vector>

#include "summitwatch/engine.h"
#include "summitwatch/error.h"

namespace sw::commit {

struct GoldenCase {
  std::string file;
  int line = 0;
  bool commitment = false;
  std::string modality;  // empty for none
  std::string deadline;  // empty for none
  std::string date;
  std::string sentence;
  std::string reason;
};

/// Appends the cases of `path`; a malformed line is an error naming file and line.
summitwatch::Status ReadGoldenFile(const std::string& path, std::vector<GoldenCase>& out);

struct CaseOutcome {
  bool commitment = false;
  std::string modality;
  std::string deadline;
};

struct Scores {
  size_t n = 0, tp = 0, fp = 0, fn = 0, tn = 0;
  size_t modality_ok = 0, deadline_ok = 0;  // among true positives
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double modality_accuracy() const { return tp ? double(modality_ok) / double(tp) : 0; }
  double deadline_accuracy() const { return tp ? double(deadline_ok) / double(tp) : 0; }
  void Add(const GoldenCase& gold, const CaseOutcome& got);
};

/// Codes every case; `outcomes` (optional) receives one outcome per case, in order.
Scores Evaluate(const summitwatch::Engine& engine, const std::vector<GoldenCase>& cases,
                std::vector<CaseOutcome>* outcomes = nullptr);

}  // namespace sw::commit
