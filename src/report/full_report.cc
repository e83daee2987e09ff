// SPDX-License-Identifier: MIT
// The report: the seven questions of MISSION.md in order, each answered by its section
// (src/report/q<N>_*_section.cc), then the index of the documents the sections cite and a footer
// saying what the report was made from. Subjects the user did not name come from the knowledge
// base and the store (RegionalInstitutions, MostMentionedInitiatives), not from code.
#include <fmt/format.h>

#include <optional>

#include "analyze/doc_filter.h"
#include "kb/date.h"
#include "report/html.h"
#include "report/sections.h"
#include "store/store_impl.h"
#include "summitwatch/mention_network.h"

namespace summitwatch {
namespace {

// The press-tone section charts this many initiatives when none is named: enough to compare two,
// few enough to keep the section readable.
constexpr size_t kDefaultToneTargets = 2;

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// The last day of a YYYY, YYYY-MM or YYYY-MM-DD interval, as YYYY-MM-DD.
std::optional<std::string> LastDay(const std::string& date) {
  auto d = sw::kb::Date::Parse(date);
  if (!d) return std::nullopt;
  const int v = d->Last(), y = v / 10000, m = v / 100 % 100;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int last = m == 2 && Leap(y) ? 29 : kDays[m - 1];
  return fmt::format("{:04}-{:02}-{:02}", y, m, std::min(v % 100, last));
}

std::string FiltersText(const DocFilter& f) {
  std::string out;
  auto add = [&](const std::string& what, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string joined;
    for (const auto& v : values) joined += (joined.empty() ? "" : ", ") + v;
    out += fmt::format("{}{} {}", out.empty() ? "" : "; ", what, joined);
  };
  if (!f.from.empty()) out += "from " + f.from;
  if (!f.to.empty()) out += (out.empty() ? "to " : " to ") + f.to;
  add("formats", f.format);
  add("issuers", f.issuer);
  add("kinds", f.kind);
  add("languages", f.lang);
  add("countries", f.country);
  return out.empty() ? "none" : out;
}

Result<int64_t> CountSelected(const Store& store, const DocFilter& filter) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  sw::store::Stmt q(store.impl().db, "SELECT count(*) FROM documents d WHERE 1" + where->sql);
  where->Bind(q, 1);
  if (!q.Step()) return q.status().error();
  return q.Int(0);
}

using SectionFn = Result<sw::report::Section> (*)(sw::report::ReportContext&);
constexpr SectionFn kSections[] = {&sw::report::FormatsSection,      &sw::report::ProfilesSection,
                                   &sw::report::AcknowledgementSection, &sw::report::PressToneSection,
                                   &sw::report::CommitmentsSection,  &sw::report::DelegationSection,
                                   &sw::report::ConsensusSection};

// Which of the seven sections to render: "q3" or "q3-..." selects the third.
Result<std::vector<bool>> Wanted(const std::vector<std::string>& names) {
  std::vector<bool> out(std::size(kSections), names.empty());
  for (const auto& name : names) {
    bool found = false;
    for (size_t i = 0; i < std::size(kSections); ++i) {
      const std::string q = fmt::format("q{}", i + 1);
      if (name == q || name.rfind(q + "-", 0) == 0) {
        out[i] = true;
        found = true;
      }
    }
    if (!found) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("unknown report section '{}'; expected q1 to q{}.", name, std::size(kSections)));
    }
  }
  return out;
}

constexpr const char* kHowToRead =
    "<p class=\"how\">How to read this report. Each section answers one of the seven questions of the "
    "observatory with a chart, the table the chart is drawn from, and a note saying what the figures are. Under "
    "the figures, folded lists (click a line starting with ▸) give the sentences they were computed from; each "
    "excerpt links to its document in the index at the end. Every figure is also printed by a command with "
    "<code>--json</code> (named in the section's note), and every measure is defined, with its assumptions and "
    "limits, in <code>docs/METHODS.md</code>. Counts are of documents unless a column says otherwise; shares "
    "are percentages.</p>\n";

}  // namespace

Result<std::string> Report(const Store& store, const ReportOptions& in) {
  ReportOptions options = in;
  auto wanted = Wanted(options.sections);
  if (!wanted) return wanted.error();
  if (options.acknowledged.empty()) {
    auto regional = RegionalInstitutions(store);
    if (!regional) return regional.error();
    options.acknowledged = std::move(*regional);
  }
  if (options.tone_targets.empty()) {
    auto initiatives = MostMentionedInitiatives(store, kDefaultToneTargets);
    if (!initiatives) return initiatives.error();
    options.tone_targets = std::move(*initiatives);
  }
  auto selected = CountSelected(store, options.filter);  // also checks the dates
  if (!selected) return selected.error();
  std::string as_of = options.as_of;
  if (!as_of.empty()) {
    auto d = sw::kb::Date::Parse(as_of);
    if (!d || as_of.size() != 10) {
      return MakeError(ErrorCode::kInvalidInput, fmt::format("expected --as-of as YYYY-MM-DD, found '{}'.", as_of));
    }
  } else if (!options.filter.to.empty()) {
    as_of = LastDay(options.filter.to).value_or(sw::analyze::Today());
  } else {
    as_of = sw::analyze::Today();
  }
  auto summary = store.Describe();
  if (!summary) return summary.error();

  sw::report::ReportContext ctx{store, options, options.filter, as_of, {}};
  sw::report::Page page(options.title);
  page.Intro(kHowToRead + fmt::format("<p class=\"note\">{} of the store's {} documents selected; filters: {}; "
                                      "as of {}.</p>\n",
                                      *selected, summary->documents, sw::report::Escape(FiltersText(options.filter)),
                                      as_of));
  for (size_t i = 0; i < std::size(kSections); ++i) {
    if (!(*wanted)[i]) continue;
    auto s = kSections[i](ctx);
    if (!s) return s.error();
    page.AnchoredSection(s->id, s->heading, s->html, s->note);
  }

  std::string index;
  if (ctx.cited.empty()) {
    index = "<p>No document is cited.</p>\n";
  } else {
    auto html = sw::report::DocumentIndexHtml(store, ctx.cited);
    if (!html) return html.error();
    index = std::move(*html);
  }
  page.AnchoredSection("documents", "Documents cited", index,
                       fmt::format("The {} document{} whose sentences the sections cite, by date; evidence links "
                                   "point here.",
                                   ctx.cited.size(), ctx.cited.size() == 1 ? "" : "s"));
  page.Footer(fmt::format("<p>Store <code>{}</code> (schema {}), {} documents, {} knowledge-base entities. "
                          "Filters: {}. As of {}. Generated {} by summitwatch.</p>\n",
                          sw::report::Escape(summary->path), summary->schema_version, summary->documents,
                          summary->entities, sw::report::Escape(FiltersText(options.filter)), as_of,
                          sw::analyze::Today()));
  return page.Render();
}

}  // namespace summitwatch
