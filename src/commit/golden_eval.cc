// SPDX-License-Identifier: MIT
#include "commit/golden_eval.h"

#include <fmt/format.h>

#include <fstream>

#include "kb/date.h"
#include "text/escapes.h"

namespace sw::commit {
namespace {

bool IsModality(const std::string& m) {
  for (const char* k : {"commit", "intend", "agree", "decide", "recommend", "will", "continue"}) {
    if (m == k) return true;
  }
  return false;
}

}  // namespace

summitwatch::Status ReadGoldenFile(const std::string& path, std::vector<GoldenCase>& out) {
  using summitwatch::ErrorCode;
  using summitwatch::MakeError;
  std::ifstream in(path);
  if (!in) return MakeError(ErrorCode::kNotFound, fmt::format("cannot open golden file '{}'.", path), path);
  std::string line;
  for (int no = 1; std::getline(in, line); ++no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", path, no);
    auto cols = sw::text::SplitFields(line, '\t');
    if (cols.size() != 6) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("{}: expected 6 tab-separated fields (label, modality, deadline, date, sentence, "
                                   "reason), found {}.", where, cols.size()), where);
    }
    GoldenCase c;
    c.file = path;
    c.line = no;
    if (cols[0] != "yes" && cols[0] != "no") {
      return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: expected label 'yes' or 'no', found '{}'.", where, cols[0]), where);
    }
    c.commitment = cols[0] == "yes";
    c.modality = cols[1] == "-" ? "" : cols[1];
    if (c.commitment != !c.modality.empty() || (!c.modality.empty() && !IsModality(c.modality))) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("{}: expected a modality (commit intend agree decide recommend will continue) for "
                                   "'yes' and '-' for 'no', found '{}'.", where, cols[1]), where);
    }
    c.deadline = cols[2] == "-" ? "" : cols[2];
    if (!sw::kb::Date::Parse(cols[3]) || cols[3].size() != 10) {
      return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: expected a date YYYY-MM-DD, found '{}'.", where, cols[3]), where);
    }
    c.date = cols[3];
    c.sentence = sw::text::DecodeEscapes(cols[4]);
    c.reason = cols[5];
    out.push_back(std::move(c));
  }
  return {};
}

void Scores::Add(const GoldenCase& gold, const CaseOutcome& got) {
  ++n;
  if (gold.commitment && got.commitment) {
    ++tp;
    modality_ok += gold.modality == got.modality;
    deadline_ok += gold.deadline == got.deadline;
  } else if (got.commitment) {
    ++fp;
  } else if (gold.commitment) {
    ++fn;
  } else {
    ++tn;
  }
}

Scores Evaluate(const summitwatch::Engine& engine, const std::vector<GoldenCase>& cases,
                std::vector<CaseOutcome>* outcomes) {
  summitwatch::Coder coder(engine);
  Scores s;
  for (const auto& gold : cases) {
    summitwatch::Document doc;
    doc.id = fmt::format("{}:{}", gold.file, gold.line);
    doc.kind = "declaration";
    doc.date = gold.date;
    doc.issuer = {"KAZ", "KGZ", "TJK", "TKM", "UZB"};
    doc.text = gold.sentence;
    const summitwatch::Coding& c = coder.Code(doc);
    CaseOutcome got;
    if (!c.commitments.empty()) {
      got.commitment = true;
      got.modality = std::string(c.commitments.front().modality);
      got.deadline = c.commitments.front().deadline;
    }
    s.Add(gold, got);
    if (outcomes) outcomes->push_back(std::move(got));
  }
  return s;
}

}  // namespace sw::commit
