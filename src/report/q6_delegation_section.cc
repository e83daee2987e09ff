// SPDX-License-Identifier: MIT
// Question 6: how much of the region's institution-building is delegated to outside powers? The
// delegation index over the years (the figures of `delegation --json`) as a chart and a table, and
// what the latest year with meetings counts: its formats, meetings and bodies, with the stored
// documents of those meetings as evidence.
#include <fmt/format.h>

#include "report/evidence_scope.h"
#include "report/html.h"
#include "report/sections.h"
#include "report/share_lines.h"
#include "report/table_select.h"
#include "store/store_impl.h"
#include "summitwatch/delegation.h"

namespace sw::report {
namespace {

using summitwatch::Table;
using summitwatch::Value;

int64_t IntAt(const Table& t, const std::vector<Value>& row, std::string_view column) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name != column) continue;
    const auto* i = std::get_if<int64_t>(&row[c]);
    return i ? *i : 0;
  }
  return 0;
}

// The stored documents filed under the meetings of `items`, dated by `as_of`.
std::vector<SentenceRef> MeetingDocuments(const summitwatch::Store& store, const Table& items,
                                          const std::string& as_of) {
  sw::store::Stmt q(store.impl().db,
                    "SELECT doc FROM documents WHERE meeting = ?1 AND (date IS NULL OR date <= ?2) ORDER BY date, doc");
  std::vector<SentenceRef> refs;
  for (const auto& row : items.rows) {
    const auto* kind = std::get_if<std::string>(&row[0]);
    const auto* id = std::get_if<std::string>(&row[1]);
    if (!kind || !id || *kind != "meeting") continue;
    q.Reset();
    q.Bind(1, *id);
    q.Bind(2, as_of);
    while (q.Step()) refs.push_back({q.Int(0), SentenceRef::kNoSentence});
  }
  return refs;
}

}  // namespace

summitwatch::Result<Section> DelegationSection(ReportContext& ctx) {
  summitwatch::DelegationOptions options;
  options.as_of = ctx.as_of;
  if (ctx.filter.from.size() >= 4) options.from_year = std::atoi(ctx.filter.from.substr(0, 4).c_str());
  auto index = summitwatch::DelegationIndex(ctx.store, options);
  if (!index) return index.error();

  Section s;
  s.id = "q6-delegation";
  s.heading = "6. How much of the region's institution-building is delegated to outside powers?";
  ShareLinesOptions chart;
  chart.title = "Share initiated, hosted or run by outside powers";
  chart.series = {{"share_formats_external", "formats initiated", "formats_external", "formats_total", false},
                  {"share_meetings_external", "meetings hosted", "meetings_hosted_external", "meetings_total", false},
                  {"share_bodies_external", "bodies run", "bodies_external", "bodies_total", false},
                  {"index_external", "delegation index", "", "", true}};
  s.html = ShareLines(*index, chart);
  s.html += TableHtml(
      SelectColumns(*index, {"year", "formats_total", "formats_external", "formats_regional", "meetings_total",
                             "meetings_hosted_external", "meetings_hosted_regional", "meetings_host_unknown",
                             "bodies_total", "bodies_external", "bodies_regional", "share_formats_external",
                             "share_meetings_external", "share_bodies_external", "index_external", "index_regional"}));

  // The latest year with meetings held: the as-of year is often still without any.
  int latest = 0;
  for (const auto& row : index->rows) {
    if (IntAt(*index, row, "meetings_total") > 0) latest = static_cast<int>(IntAt(*index, row, "year"));
  }
  if (latest) {
    auto items = summitwatch::DelegationItems(ctx.store, options, latest);
    if (!items) return items.error();
    s.html += fmt::format("<h3>What {} counts</h3>\n", latest);
    s.html += TableHtml(*items);
    s.html += ctx.Evidence(InScope(ctx.store, ctx.filter, MeetingDocuments(ctx.store, *items, ctx.as_of)),
                           fmt::format("Documents of the meetings held in {}", latest), 12);
  }
  s.note = fmt::format(
      "As of {}. For each year: the region's formats existing (founded by then), the meetings held and the bodies "
      "existing; external when an outside power initiated the format, hosts the meeting, or runs the body (its "
      "format is externally initiated or its seat is outside the region). The delegation index is the mean of the "
      "three external shares. From the knowledge base only; see docs/METHODS.md, \"Delegation index\".",
      ctx.as_of);
  return s;
}

}  // namespace sw::report
