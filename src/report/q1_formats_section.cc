// SPDX-License-Identifier: MIT
// Question 1: which formats exist, who runs them, are they alive? The timeline of formats, bodies
// and meetings, the liveness tables (the figures of `formats --json` and `formats --bodies
// --json`), and for each format and body the sentences behind its last sign of activity.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "report/evidence_scope.h"
#include "report/html.h"
#include "report/sections.h"
#include "report/table_select.h"
#include "report/timeline_chart.h"
#include "store/store_impl.h"
#include "summitwatch/liveness.h"

namespace sw::report {
namespace {

using summitwatch::Liveness;
using summitwatch::Table;
using summitwatch::Value;

// The rules file sits beside the follow-up cues that the report is given (data/cues/).
summitwatch::Result<summitwatch::LivenessRules> Rules(const ReportContext& ctx, bool& read_news) {
  read_news = !ctx.options.followup_cues.empty();
  if (!read_news) return summitwatch::LivenessRules{};  // meetings and documents only
  const auto path = std::filesystem::path(ctx.options.followup_cues).parent_path() / "liveness.yaml";
  return summitwatch::LoadLivenessRules(path.string());
}

// Rows whose `column` is one of `keep` (all rows when `keep` is empty).
Table Only(Table t, const std::string& column, const std::set<std::string>& keep) {
  if (keep.empty()) return t;
  size_t c = 0;
  while (c < t.columns.size() && t.columns[c].name != column) ++c;
  if (c == t.columns.size()) return t;
  std::erase_if(t.rows, [&](const std::vector<Value>& row) {
    const auto* s = std::get_if<std::string>(&row[c]);
    return !s || !keep.count(*s);
  });
  return t;
}

int YearOf(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

// The latest document of a format (or filed under a body) by the as-of date.
std::optional<int64_t> LatestDocument(const summitwatch::Store& store, const std::string& id,
                                      const std::string& as_of) {
  sw::store::Stmt q(store.impl().db,
                    "SELECT doc FROM documents WHERE format = ?1 AND date <= ?2 ORDER BY date DESC, doc DESC LIMIT 1");
  q.Bind(1, id);
  q.Bind(2, as_of);
  if (q.Step()) return q.Int(0);
  return std::nullopt;
}

std::string EntityEvidence(ReportContext& ctx, const Liveness& l) {
  std::vector<SentenceRef> refs;
  if (l.activity_from == "document" || l.activity_from == "meeting") {
    if (auto doc = LatestDocument(ctx.store, l.id, ctx.as_of)) refs.push_back({*doc, SentenceRef::kNoSentence});
  }
  for (const auto& s : l.reports) refs.push_back({s.doc, s.sentence});
  size_t silent = 0;
  if (l.dormant.value_or(false)) {
    for (const auto& s : l.recent_mentions) {
      if (s.activity) continue;
      refs.push_back({s.doc, s.sentence});
      ++silent;
    }
  }
  const size_t before = refs.size();
  refs = InScope(ctx.store, ctx.filter, std::move(refs));
  if (refs.size() < before) silent = 0;  // which were dropped is not worth tracking: say less
  const std::string state = !l.dormant ? "" : *l.dormant ? " — dormant" : " — alive";
  if (refs.empty()) {
    std::string why;
    if (l.activity_from == "meeting") {
      why = fmt::format("last sign its meeting of {} (knowledge base); no stored text of it", l.last_activity);
    } else if (l.activity_from == "founded") {
      why = fmt::format("no meeting, document or text reporting its work by {}; counted from its founding ({})",
                        ctx.as_of, l.last_activity);
    } else if (l.activity_from.empty()) {
      why = "nothing dated is known of it";
    } else {
      why = fmt::format("last sign {} ({}), outside the report's filters", l.last_activity, l.activity_from);
    }
    return fmt::format("<p class=\"evidence-none\">{}{}: {}.</p>\n", Escape(l.name), Escape(state), Escape(why));
  }
  std::string summary =
      fmt::format("{}{}: last sign {} ({})", l.name, state, l.last_activity.empty() ? "none" : l.last_activity,
                  l.activity_from.empty() ? "nothing dated" : l.activity_from);
  if (silent) summary += "; the latest texts mentioning it report no work";
  return ctx.Evidence(refs, summary, 6);
}

}  // namespace

summitwatch::Result<Section> FormatsSection(ReportContext& ctx) {
  bool read_news = false;
  auto rules = Rules(ctx, read_news);
  if (!rules) return rules.error();
  const summitwatch::LivenessOptions options{ctx.as_of};
  auto all = summitwatch::ComputeLiveness(ctx.store, *rules, options);
  if (!all) return all.error();
  auto formats = summitwatch::FormatLiveness(ctx.store, *rules, options);
  if (!formats) return formats.error();
  auto bodies = summitwatch::BodyLiveness(ctx.store, *rules, options);
  if (!bodies) return bodies.error();
  auto meetings = summitwatch::MeetingsHeld(ctx.store, ctx.as_of);
  if (!meetings) return meetings.error();

  const std::set<std::string> wanted(ctx.filter.format.begin(), ctx.filter.format.end());
  const int first_year = ctx.filter.from.empty() ? 0 : YearOf(ctx.filter.from);
  std::map<std::string, std::vector<TimelineDot>> dots;  // format -> meetings held
  for (const auto& row : meetings->rows) {
    auto text = [&](size_t c) {
      const auto* s = std::get_if<std::string>(&row[c]);
      return s ? *s : std::string();
    };
    if (!ctx.filter.from.empty() && text(2) < ctx.filter.from) continue;
    dots[text(1)].push_back({text(0), text(2), text(4)});
  }

  // The timeline: each format, then its bodies.
  std::vector<TimelineRow> rows;
  std::vector<const Liveness*> shown;
  for (const Liveness& f : *all) {
    if (f.type != "format" || (!wanted.empty() && !wanted.count(f.id))) continue;
    rows.push_back({f.id, f.name, 0, f.founded, f.last_activity, f.dormant.value_or(false), dots[f.id]});
    shown.push_back(&f);
    for (const Liveness& b : *all) {
      if (b.type != "body" || b.of != f.id) continue;
      rows.push_back(
          {b.id, b.name, 1, b.founded.empty() ? f.founded : b.founded, b.last_activity, b.dormant.value_or(false), {}});
      shown.push_back(&b);
    }
  }
  std::set<std::string> format_ids;
  for (const auto* l : shown) {
    if (l->type == "format") format_ids.insert(l->id);
  }

  Section s;
  s.id = "q1-formats";
  s.heading = "1. Which formats exist, who runs them, are they alive?";
  TimelineOptions chart;
  chart.title = "Formats, their bodies and meetings (bar: founding to last sign of activity)";
  chart.as_of = ctx.as_of;
  chart.first_year = first_year;
  s.html = TimelineChart(rows, chart);
  s.html += "<h3>Formats</h3>\n";
  s.html += TableHtml(SelectColumns(
      Only(*formats, "format", format_ids),
      {"format", "initiator", "initiator_kind", "members", "secretariat", "cadence", "founded", "meetings_by_year",
       "documents", "last_activity", "activity_from", "months_since_activity", "allowed_months", "dormant"}));
  s.html += "<h3>Bodies</h3>\n";
  s.html +=
      TableHtml(SelectColumns(wanted.empty() ? *bodies : Only(*bodies, "of", format_ids),
                              {"body", "kind", "of", "since", "how", "seat", "documents", "last_activity",
                               "activity_from", "cadence_from", "months_since_activity", "allowed_months", "dormant"}));
  s.html += "<h3>Why each counts as alive or dormant</h3>\n";
  for (const Liveness& l : *all) {
    const bool in_chart = std::find(shown.begin(), shown.end(), &l) != shown.end();
    if (in_chart || (wanted.empty() && l.type == "body")) s.html += EntityEvidence(ctx, l);
  }
  s.note = fmt::format(
      "As of {}. A format or body is dormant when its last sign of activity (a meeting held, a document of its own, "
      "a sentence of any stored text that reports its work; with none, its founding) is more than {:g} × its "
      "shortest cadence old ({} months when none is recorded; a body without its own takes its format's; bodies of "
      "organisations without one are not assessed). Dormant means no sign in the knowledge base or the store, not "
      "proof of inactivity. See docs/METHODS.md, \"Liveness and dormancy\".{}",
      ctx.as_of, rules->grace, rules->default_cadence_months,
      read_news ? "" : " Texts were not read for signs: the report was given no data directory.");
  return s;
}

}  // namespace sw::report
