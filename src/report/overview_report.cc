// SPDX-License-Identifier: MIT
// The overview report (a first version; the full report is a later issue): the formats registry,
// area profiles by issuer and format with charts, and who acknowledges chosen entities.
#include <fmt/format.h>

#include <array>
#include <map>

#include "analyze/commitment_followup.h"
#include "analyze/doc_filter.h"
#include "report/html.h"
#include "report/line_chart.h"
#include "report/svg_chart.h"
#include "summitwatch/tone_series.h"

namespace summitwatch {

namespace {

Result<std::string> CommitmentsSection(const Store& store, const std::string& cues_path) {
  auto cues = LoadFollowupCues(cues_path);
  if (!cues) return cues.error();
  auto all = FollowCommitments(store, *cues, {});
  if (!all) return all.error();
  // Per format: total, then counts by proposed status.
  static const char* const kStatuses[] = {"done", "in-progress", "contradicted", "no-evidence"};
  std::map<std::string, std::array<int64_t, 5>> counts;
  for (const auto& c : *all) {
    auto& n = counts[c.format.empty() ? "(none)" : c.format];
    ++n[0];
    for (size_t i = 0; i < std::size(kStatuses); ++i) n[i + 1] += c.status == kStatuses[i];
  }
  using K = Column::Kind;
  Table t{"Commitments per format, by proposed follow-up status",
          {{"format", K::kText}, {"commitments", K::kInt}, {"with_evidence", K::kShare}, {"done", K::kInt},
           {"in_progress", K::kInt}, {"contradicted", K::kInt}, {"no_evidence", K::kInt}},
          {}};
  for (const auto& [format, n] : counts) {
    const double with = n[0] ? static_cast<double>(n[0] - n[4]) / static_cast<double>(n[0]) : 0.0;
    t.rows.push_back({format, n[0], with, n[1], n[2], n[3], n[4]});
  }
  std::string html = sw::report::TableHtml(t);
  auto compliance = Compliance(store, ComplianceBy::kFormat);
  if (!compliance) return compliance.error();
  html += compliance->rows.empty() ? std::string("<p>No analyst scores recorded yet (summitwatch commitments score).</p>")
                                   : sw::report::TableHtml(*compliance);
  return html;
}

}  // namespace

Result<std::string> OverviewReport(const Store& store, const ReportOptions& options) {
  auto summary = store.Describe();
  if (!summary) return summary.error();
  sw::report::Page page(options.title);
  page.Section("Store",
               fmt::format("<p>{} documents, {} knowledge-base entities; generated {} from <code>{}</code>.</p>\n",
                           summary->documents, summary->entities, sw::analyze::Today(),
                           sw::report::Escape(summary->path)));

  auto formats = FormatRegistry(store);
  if (!formats) return formats.error();
  page.Section("Formats and their activity", sw::report::TableHtml(*formats),
               "Meetings held by today; last activity is the latest of a meeting, a document of the format and a "
               "news item mentioning the format, its meetings or its bodies (docs/METHODS.md).");
  auto bodies = BodyRegistry(store);
  if (!bodies) return bodies.error();
  page.Section("Bodies", sw::report::TableHtml(*bodies),
               "Secretariats, councils and working groups, with the documents and news items that mention them. "
               "A body no news item mentions shows no sign of activity in the store.");

  for (auto [by, what] : {std::pair{GroupBy::kIssuer, "issuer"}, {GroupBy::kFormat, "format"}}) {
    auto profiles = AreaProfiles(store, by, {});
    if (!profiles) return profiles.error();
    std::string html = sw::report::StackedShareBars(
        *profiles, 0, {.title = fmt::format("Priority areas by {} (mean share of area-coded sentences)", what)});
    html += sw::report::TableHtml(*profiles);
    page.Section(fmt::format("Priority areas by {}", what), html,
                 fmt::format("Each document's area shares, averaged over the {}'s area-coded documents, each "
                             "document weighing the same. '(none)' gathers documents without one (news items).",
                             what));
  }

  for (const auto& entity : options.acknowledged) {
    auto table = MentionMatrix(store, GroupBy::kIssuer, entity, {});
    if (!table) return table.error();
    page.Section(fmt::format("Who acknowledges {}", entity), sw::report::TableHtml(*table, {.shade_shares = false}),
                 "Per issuer: its documents, those that mention the entity, and the stance taken in each mention. "
                 "Zeros are the finding where a partner stays silent.");
  }
  for (const auto& target : options.tone_targets) {
    ToneSeriesOptions tone;
    tone.target = target;
    tone.filter.kind = {"news"};
    auto series = ToneSeries(store, tone);
    if (!series) return series.error();
    std::string html = sw::report::ToneLines(
        *series, {.title = fmt::format("Press tone toward {} by country (target-directed compound, 95% interval)",
                                       target)});
    html += sw::report::TableHtml(*series, {.shade_shares = false});
    page.Section(fmt::format("Press tone toward {}", target), html,
                 "News items that mention the target, by the publishing country and year: the mean compound of the "
                 "sentences that mention it (target_tone, -1..1) beside GDELT's article tone (percent of words), with "
                 "95% bootstrap intervals over articles (docs/METHODS.md, Tone monitor).");
  }
  if (!options.followup_cues.empty()) {
    auto section = CommitmentsSection(store, options.followup_cues);
    if (!section) return section.error();
    page.Section("Commitments and their follow-up", *section,
                 "Commitments extracted from each format's documents; evidence is a later document's sentence "
                 "sharing the commitment's object and naming its actors or format; statuses are proposals from "
                 "that evidence, scores are analysts' (docs/METHODS.md, Commitments, Follow-up, Scoring).");
  }
  return page.Render();
}

}  // namespace summitwatch
