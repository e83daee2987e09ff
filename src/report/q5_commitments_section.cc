// SPDX-License-Identifier: MIT
// Question 5, what each format committed to and whether anything followed: per format the
// commitments made and their proposed follow-up status (FollowCommitments, what `summitwatch
// commitments` lists), as bars and a table; the analysts' compliance averages where scored; and
// per format example commitments with the follow-up sentences found for them.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "analyze/commitment_followup.h"
#include "analyze/cue_words.h"
#include "kb/date.h"
#include "report/html.h"
#include "report/sections.h"
#include "report/svg_chart.h"
#include "store/store_impl.h"

namespace sw::report {
namespace {

using sw::analyze::OneLine;  // the follow-up's own rule, so its sentences are found again
using summitwatch::Column;
using summitwatch::Table;

// The statuses FollowCommitments proposes, as column names.
constexpr std::array<std::pair<const char*, const char*>, 4> kStatuses = {
    {{"done", "done"}, {"in-progress", "in_progress"}, {"contradicted", "contradicted"}, {"no-evidence", "no_evidence"}}};
constexpr size_t kExamplesPerFormat = 5;

// Commitments and evidence name documents by id and sentences by text; the report cites
// (document, sentence) pairs so that the excerpt links to the document index.
class Locator {
 public:
  explicit Locator(const sw::store::Db& db)
      : commitment_(db, "SELECT c.doc, c.sentence FROM commitments c JOIN documents d ON d.doc = c.doc "
                        "WHERE d.id = ? AND c.seq = ? ORDER BY c.doc LIMIT 1"),
        sentences_(db, "SELECT d.doc, s.idx, substr(CAST(sw_text(t.text) AS BLOB), s.start + 1, s.\"end\" - s.start) "
                       "FROM documents d JOIN sentences s ON s.doc = d.doc JOIN document_texts t ON t.doc = d.doc "
                       "WHERE d.id = ? ORDER BY d.doc, s.idx") {}

  // "<document id>#<n>" -> the commitment's sentence.
  std::optional<SentenceRef> Commitment(const std::string& id) {
    const size_t hash = id.rfind('#');
    if (hash == std::string::npos) return std::nullopt;
    const std::string doc = id.substr(0, hash);
    const int64_t seq = std::atoll(id.c_str() + hash + 1) - 1;
    commitment_.Reset();
    commitment_.Bind(1, doc);
    commitment_.Bind(2, seq);
    if (!commitment_.Step()) return std::nullopt;
    return SentenceRef{commitment_.Int(0), static_cast<uint32_t>(commitment_.Int(1))};
  }

  // The sentence of document `doc_id` whose text is `sentence`; the document alone when none is.
  std::optional<SentenceRef> Sentence(const std::string& doc_id, const std::string& sentence) {
    sentences_.Reset();
    sentences_.Bind(1, doc_id);
    std::optional<SentenceRef> first;
    while (sentences_.Step()) {
      if (!first) first = SentenceRef{sentences_.Int(0), SentenceRef::kNoSentence};
      if (OneLine(sentences_.Text(2)) == sentence) {
        return SentenceRef{sentences_.Int(0), static_cast<uint32_t>(sentences_.Int(1))};
      }
    }
    return first;
  }

 private:
  sw::store::Stmt commitment_, sentences_;
};

// Whether a document dated `date` falls within the filter's dates (partial dates as intervals).
bool InDates(const std::string& date, const summitwatch::DocFilter& f) {
  auto iso = [](int v) { return fmt::format("{:04}-{:02}-{:02}", v / 10000, v / 100 % 100, v % 100); };
  if (!f.from.empty()) {
    auto d = sw::kb::Date::Parse(f.from);
    if (d && (date.empty() || date < iso(d->First()))) return false;
  }
  if (!f.to.empty()) {
    auto d = sw::kb::Date::Parse(f.to);
    if (d && (date.empty() || date > iso(d->Last()))) return false;
  }
  return true;
}

}  // namespace

summitwatch::Result<Section> CommitmentsSection(ReportContext& ctx) {
  if (ctx.options.followup_cues.empty()) {
    return summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput,
                                  "the commitments section needs the follow-up cues file (data/cues/followup.yaml).");
  }
  auto cues = summitwatch::LoadFollowupCues(ctx.options.followup_cues);
  if (!cues) return cues.error();
  summitwatch::CommitmentFilter which;
  which.format = ctx.filter.format;
  which.as_of = ctx.as_of;
  auto all = summitwatch::FollowCommitments(ctx.store, *cues, which);
  if (!all) return all.error();
  std::vector<const summitwatch::FollowedCommitment*> selected;
  for (const auto& c : *all) {
    if (InDates(c.date, ctx.filter)) selected.push_back(&c);
  }

  Section s;
  s.id = "q5-commitments";
  s.heading = "5. What did each format commit to, and did anything follow?";
  s.note = "Commitments extracted from each format's documents in the selection; evidence of follow-up is a later "
           "document's sentence sharing the commitment's object and naming its actors or format; the status is a "
           "proposal from that evidence (done, in progress, contradicted, no evidence), deadlines judged as of the "
           "report date. Compliance averages are analysts' scores (-1, 0, +1) where recorded; they follow the format "
           "filter, not the dates. \"summitwatch commitments --json\" lists the same commitments (docs/METHODS.md, "
           "\"Commitments\", \"Follow-up\", \"Scoring\").";

  // Per format: total, then counts by proposed status.
  std::map<std::string, std::array<int64_t, 5>> counts;
  std::map<std::string, std::vector<const summitwatch::FollowedCommitment*>> by_format;
  for (const auto* c : selected) {
    const std::string format = c->format.empty() ? "(no format)" : c->format;
    auto& n = counts[format];
    ++n[0];
    for (size_t i = 0; i < kStatuses.size(); ++i) n[i + 1] += c->status == kStatuses[i].first;
    by_format[format].push_back(c);
  }
  using K = Column::Kind;
  Table t{"Commitments per format, by proposed follow-up status",
          {{"format", K::kText}, {"commitments", K::kInt}, {"with_evidence", K::kShare}},
          {}};
  Table shares{"Share of each format's commitments by proposed follow-up status", {{"format", K::kText}}, {}};
  for (const auto& [status, column] : kStatuses) {
    t.columns.push_back({column, K::kInt});
    shares.columns.push_back({column, K::kShare});
  }
  for (const auto& [format, n] : counts) {
    const double total = static_cast<double>(n[0]);
    t.rows.push_back({format, n[0], total > 0 ? static_cast<double>(n[0] - n[4]) / total : 0.0, n[1], n[2], n[3], n[4]});
    std::vector<summitwatch::Value> row = {format};
    for (size_t i = 1; i < n.size(); ++i) row.emplace_back(total > 0 ? static_cast<double>(n[i]) / total : 0.0);
    shares.rows.push_back(std::move(row));
  }

  std::string html;
  if (selected.empty()) {
    html += "<p>No commitment in the selected documents.</p>\n";
  } else {
    html += StackedShareBars(shares, 0, {.title = "Commitments by proposed follow-up status, per format"});
    html += TableHtml(t);
  }

  auto compliance = summitwatch::Compliance(ctx.store, summitwatch::ComplianceBy::kFormat);
  if (!compliance) return compliance.error();
  if (!ctx.filter.format.empty()) {
    std::erase_if(compliance->rows, [&](const std::vector<summitwatch::Value>& row) {
      const auto* f = std::get_if<std::string>(&row[0]);
      return !f || std::find(ctx.filter.format.begin(), ctx.filter.format.end(), *f) == ctx.filter.format.end();
    });
  }
  html += "<h3>Compliance where scored</h3>\n";
  html += compliance->rows.empty()
              ? std::string("<p>No analyst scores recorded for these formats yet (<code>summitwatch commitments "
                            "score</code>).</p>\n")
              : TableHtml(*compliance);

  // Evidence: per format, example commitments (those with follow-up first) and the follow-up found.
  Locator locate(ctx.store.impl().db);
  html += "<h3>Commitments and their follow-up, by format</h3>\n";
  for (auto& [format, list] : by_format) {
    std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
      return a->evidence.empty() < b->evidence.empty();
    });
    std::vector<SentenceRef> made, followed;
    std::set<std::pair<int64_t, uint32_t>> seen;  // one sentence often follows up several commitments
    for (const auto* c : list) {
      if (auto ref = locate.Commitment(c->id)) made.push_back(*ref);
      for (const auto& ev : c->evidence) {
        auto ref = locate.Sentence(ev.document, ev.sentence);
        if (ref && seen.insert({ref->doc, ref->sentence}).second) followed.push_back(*ref);
      }
    }
    html += ctx.Evidence(made, fmt::format("{}: commitments made (those with follow-up first)", format),
                         kExamplesPerFormat);
    html += ctx.Evidence(followed, fmt::format("{}: follow-up sentences found in later documents", format),
                         kExamplesPerFormat);
  }
  s.html = std::move(html);
  return s;
}

}  // namespace sw::report
