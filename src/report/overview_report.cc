// SPDX-License-Identifier: MIT
// The overview report (a first version; the full report is a later issue): the formats registry,
// area profiles by issuer and format with charts, and who acknowledges chosen entities.
#include <fmt/format.h>

#include "analyze/doc_filter.h"
#include "report/html.h"
#include "report/line_chart.h"
#include "report/svg_chart.h"
#include "summitwatch/tone_series.h"

namespace summitwatch {

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
  return page.Render();
}

}  // namespace summitwatch
