// SPDX-License-Identifier: MIT
// The report's sections, one per question of MISSION.md, each in its own file
// (src/report/q<N>_*_section.cc), assembled by src/report/full_report.cc.
//
// Every section builds its figures with the same library function that its command prints with
// --json (FormatLiveness for `formats`, CompareAreas for `areas --compare`, ...), so the report
// and the command cannot disagree; after each figure it cites the sentences behind it with
// ctx.Evidence(), which also lists their documents in the report's document index.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "report/evidence.h"
#include "summitwatch/store.h"

namespace sw::report {

struct ReportContext {
  const summitwatch::Store& store;
  const summitwatch::ReportOptions& options;
  summitwatch::DocFilter filter;  ///< --from, --to, --format of `report`
  std::string as_of;              ///< YYYY-MM-DD: --to when given, else today
  std::set<int64_t> cited;        ///< documents cited so far, for the document index

  /// EvidenceHtml(store, refs, summary), remembering the documents cited.
  std::string Evidence(const std::vector<SentenceRef>& refs, const std::string& summary, size_t max_items = 8) {
    for (const auto& r : refs) cited.insert(r.doc);
    return EvidenceHtml(store, refs, summary, max_items);
  }
};

struct Section {
  std::string id;       ///< anchor, e.g. "q1-formats"
  std::string heading;  ///< e.g. "1. Which formats exist, and are they alive?"
  std::string html;     ///< charts, tables and evidence
  std::string note;     ///< one paragraph: what the figures are, pointing at docs/METHODS.md
};

summitwatch::Result<Section> FormatsSection(ReportContext& ctx);          // Q1
summitwatch::Result<Section> ProfilesSection(ReportContext& ctx);         // Q2
summitwatch::Result<Section> AcknowledgementSection(ReportContext& ctx);  // Q3
summitwatch::Result<Section> PressToneSection(ReportContext& ctx);        // Q4
summitwatch::Result<Section> CommitmentsSection(ReportContext& ctx);      // Q5
summitwatch::Result<Section> DelegationSection(ReportContext& ctx);       // Q6
summitwatch::Result<Section> ConsensusSection(ReportContext& ctx);        // Q7

}  // namespace sw::report
