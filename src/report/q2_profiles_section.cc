// SPDX-License-Identifier: MIT
// Question 2, what each declaration prioritises and how the powers differ: area profiles of the
// official texts by issuer and by format (AreaProfiles, as `areas --by`), then for each pair of
// formats compared the difference per area with its bootstrap interval (CompareAreas, as `areas
// --compare`), the words that distinguish the two sides (ComputeKeyness, as `areas --compare
// --keyness`), and the sentences behind the largest differences and the key terms.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "analyze/area_compare.h"
#include "analyze/doc_filter.h"
#include "report/diff_chart.h"
#include "report/html.h"
#include "report/official_texts.h"
#include "report/sections.h"
#include "report/svg_chart.h"
#include "store/store_impl.h"
#include "summitwatch/compare.h"

namespace sw::report {
namespace {

using summitwatch::DocFilter;
using summitwatch::Table;
using summitwatch::Value;
using Pair = std::pair<std::string, std::string>;

constexpr size_t kMaxPairs = 4;
constexpr size_t kEvidenceAreas = 3;  // the areas that differ most, per pair
constexpr size_t kTermsShown = 10;    // key terms per side, in the table
constexpr size_t kTermsCited = 4;     // key terms per side with example sentences

// Each externally initiated format with area-coded documents against each regionally initiated
// one, the formats with the most documents first.
summitwatch::Result<std::vector<Pair>> DefaultPairs(const sw::store::Db& db, const DocFilter& f) {
  auto where = sw::analyze::FilterSql(f);
  if (!where) return where.error();
  sw::store::Stmt q(db, "SELECT fm.id, fm.initiator_kind, count(*) AS n FROM formats fm JOIN documents d ON d.format = "
                        "fm.id WHERE d.coded_sentences > 0" + where->sql +
                        " GROUP BY fm.id ORDER BY n DESC, fm.id");
  where->Bind(q, 1);
  std::vector<std::string> external, regional;
  while (q.Step()) {
    const std::string_view kind = q.Text(1);
    if (kind == "external") external.emplace_back(q.Text(0));
    if (kind == "regional") regional.emplace_back(q.Text(0));
  }
  if (!q.status()) return q.status().error();
  std::vector<Pair> pairs;
  for (const auto& e : external) {
    for (const auto& r : regional) {
      if (pairs.size() < kMaxPairs) pairs.emplace_back(e, r);
    }
  }
  return pairs;
}

// The language in which both sides have the most documents (the larger of the two smaller
// counts): keyness across languages would list one side's language as its key terms.
summitwatch::Result<std::string> SharedLanguage(const sw::store::Db& db, summitwatch::GroupBy by, const Pair& p,
                                                const DocFilter& f) {
  auto where = sw::analyze::FilterSql(f);
  if (!where) return where.error();
  sw::store::Stmt q(db, "SELECT coalesce(d.lang, ''), count(*) FROM documents d WHERE " + sw::analyze::SideSql(by) +
                            where->sql + " GROUP BY 1");
  std::map<std::string, int64_t> counts[2];
  for (int side = 0; side < 2; ++side) {
    q.Reset();
    q.Bind(1, side == 0 ? p.first : p.second);
    where->Bind(q, 2);
    while (q.Step()) counts[side][std::string(q.Text(0))] = q.Int(1);
    if (!q.status()) return q.status().error();
  }
  std::string best;
  int64_t best_n = 0;
  for (const auto& [lang, n] : counts[0]) {
    auto it = counts[1].find(lang);
    const int64_t m = it == counts[1].end() ? 0 : std::min(n, it->second);
    if (m > best_n && !lang.empty()) {
      best = lang;
      best_n = m;
    }
  }
  return best;
}

// Sentences of one side coded with `area`, the most strongly coded first.
summitwatch::Result<std::vector<SentenceRef>> AreaSentences(const sw::store::Db& db, summitwatch::GroupBy by,
                                                            const std::string& key, const std::string& area,
                                                            const DocFilter& f) {
  auto where = sw::analyze::FilterSql(f);
  if (!where) return where.error();
  sw::store::Stmt q(db, "SELECT sa.doc, sa.sentence FROM documents d JOIN sentence_areas sa ON sa.doc = d.doc WHERE " +
                            sw::analyze::SideSql(by) + where->sql +
                            " AND sa.area = ? ORDER BY sa.weight DESC, sa.score DESC, d.date, sa.doc, sa.sentence");
  q.Bind(1, key);
  const int next = where->Bind(q, 2);
  q.Bind(next, area);
  std::vector<SentenceRef> refs;
  while (q.Step()) refs.push_back({q.Int(0), static_cast<uint32_t>(q.Int(1))});
  if (!q.status()) return q.status().error();
  return refs;
}

const double* Real(const Value& v) { return std::get_if<double>(&v); }

// One sentence naming the areas whose interval excludes zero, by side.
std::string Finding(const Table& t, const Pair& p) {
  std::vector<std::string> more[2];
  for (const auto& row : t.rows) {
    if (row[6] != Value{int64_t{1}}) continue;
    const double d = *Real(row[3]);
    more[d > 0 ? 0 : 1].push_back(fmt::format("{} ({:+.1f} pp)", std::get<std::string>(row[0]), d * 100));
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s.empty() ? std::string("no area") : s;
  };
  return fmt::format(
      "<p>Areas whose 95% interval excludes zero: more in <b>{}</b>: {}; more in <b>{}</b>: {}. The other "
      "differences are within what redrawing each document's sentences produces.</p>\n",
      Escape(p.first), Escape(list(more[0])), Escape(p.second), Escape(list(more[1])));
}

summitwatch::Result<std::string> Comparison(ReportContext& ctx, const Pair& p, const DocFilter& f) {
  const auto& db = ctx.store.impl().db;
  std::string html = fmt::format("<h3>{} compared with {}</h3>\n", Escape(p.first), Escape(p.second));
  auto diff = summitwatch::CompareAreas(ctx.store, std::nullopt, p.first, p.second, f, summitwatch::CompareOptions{});
  if (!diff) {
    if (diff.error().code != summitwatch::ErrorCode::kNotFound) return diff.error();
    return html + "<p>" + Escape(diff.error().message) + "</p>\n";
  }
  const summitwatch::GroupBy by = sw::analyze::ResolveSides(db, std::nullopt, p.first, p.second);
  html += fmt::format("<p>{}.</p>\n", Escape(diff->title));
  html += DifferenceChart(*diff, {.title = fmt::format("Priority areas: {} − {} (95% bootstrap interval)", p.first,
                                                       p.second)});
  html += Finding(*diff, p);
  html += TableHtml(*diff, {.shade_shares = false});

  // Evidence for the areas that differ most: significant ones first, then by size.
  std::vector<const std::vector<Value>*> rows;
  for (const auto& row : diff->rows) rows.push_back(&row);
  std::stable_sort(rows.begin(), rows.end(), [](const auto* x, const auto* y) {
    return ((*x)[6] == Value{int64_t{1}}) > ((*y)[6] == Value{int64_t{1}});
  });
  for (size_t i = 0; i < rows.size() && i < kEvidenceAreas; ++i) {
    const std::string& area = std::get<std::string>((*rows[i])[0]);
    for (const auto* side : {&p.first, &p.second}) {
      auto refs = AreaSentences(db, by, *side, area, f);
      if (!refs) return refs.error();
      html += ctx.Evidence(*refs, fmt::format("{}: sentences coded {}, most strongly coded first", *side, area), 4);
    }
  }

  // Keyness, in the language both sides share most.
  DocFilter kf = f;
  std::string lang_note;
  if (kf.lang.empty()) {
    auto lang = SharedLanguage(db, by, p, f);
    if (!lang) return lang.error();
    if (lang->empty()) return html + "<p>The two sides share no language: no keyness.</p>\n";
    kf.lang = {*lang};
    lang_note = fmt::format(" (documents in '{}', the language both sides use most)", *lang);
  }
  summitwatch::KeynessOptions ko;
  ko.top = kTermsShown;
  ko.stopwords = ctx.options.stopwords;
  auto keys = summitwatch::ComputeKeyness(ctx.store, by, p.first, p.second, kf, ko);
  if (!keys) {
    if (keys.error().code != summitwatch::ErrorCode::kNotFound) return keys.error();
    return html + "<p>" + Escape(keys.error().message) + "</p>\n";
  }
  html += fmt::format("<h4>Words and phrases that distinguish them{}</h4>\n", Escape(lang_note));
  if (keys->terms.empty()) {
    html += "<p>No term reaches the keyness threshold (G² ≥ 3.84, at least three occurrences, in two documents of "
            "the side that uses it more).</p>\n";
    return html;
  }
  html += TableHtml(summitwatch::KeynessTable(*keys), {.shade_shares = false});
  size_t cited[2] = {0, 0};
  for (const auto& term : keys->terms) {
    const int side = term.g2 > 0 ? 0 : 1;
    if (cited[side] == kTermsCited) continue;
    ++cited[side];
    std::vector<SentenceRef> refs;
    for (const auto& e : term.examples) refs.push_back({e.doc, e.sentence});
    html += ctx.Evidence(refs,
                         fmt::format("“{}”: more in {} (G² {:.1f}, {} against {} occurrences)", term.term,
                                     side == 0 ? p.first : p.second, std::fabs(term.g2), term.freq_a, term.freq_b));
  }
  return html;
}

}  // namespace

summitwatch::Result<Section> ProfilesSection(ReportContext& ctx) {
  const auto& db = ctx.store.impl().db;
  Section s;
  s.id = "q2-profiles";
  s.heading = "2. What does each declaration prioritise, and how do the powers differ?";
  s.note =
      "Official texts only (every kind but news). A profile is the mean of its documents' area shares, each document "
      "weighing the same; a difference is A − B in percentage points, with a 95% interval from 1000 bootstrap "
      "replicates that redraw each document's coded sentences (fixed seed), bold when it excludes zero. Keyness is "
      "Dunning's log-likelihood G² of unigrams and bigrams, stop words left out, with the log ratio as effect size. "
      "`summitwatch areas --by issuer|format`, `areas --compare A B` and `areas --compare A B --keyness` give the "
      "same figures (docs/METHODS.md, \"Area profiles\", \"Comparing profiles and keyness\").";
  auto official = OfficialTexts(db, ctx.filter);
  if (!official) return official.error();
  if (official->kind.empty()) {
    s.html = "<p>No official texts (declarations, communiqués, statements...) in the selection.</p>\n";
    return s;
  }

  std::string html;
  for (auto [by, what] : {std::pair{summitwatch::GroupBy::kIssuer, "issuer"}, {summitwatch::GroupBy::kFormat, "format"}}) {
    auto profiles = summitwatch::AreaProfiles(ctx.store, by, *official);
    if (!profiles) return profiles.error();
    html += fmt::format("<h3>Priority areas by {}</h3>\n", what);
    html += StackedShareBars(*profiles, 0,
                             {.title = fmt::format("Priority areas by {} (mean share of area-coded sentences, official "
                                                   "texts)",
                                                   what)});
    html += TableHtml(*profiles);
  }

  std::vector<Pair> pairs = ctx.options.compare;
  if (pairs.empty()) {
    auto defaults = DefaultPairs(db, *official);
    if (!defaults) return defaults.error();
    pairs = std::move(*defaults);
    if (!pairs.empty()) {
      html += "<p>Compared: each externally initiated format with area-coded documents in the selection against the "
              "regionally initiated one (the knowledge base's <code>initiator_kind</code>), the formats with the "
              "most documents first; the report's <code>--compare</code> option chooses other pairs.</p>\n";
    }
  }
  if (pairs.empty()) {
    html += "<p>No pair of formats to compare: the selection needs documents of an externally and of a regionally "
            "initiated format.</p>\n";
  }
  for (const auto& p : pairs) {
    auto part = Comparison(ctx, p, *official);
    if (!part) return part.error();
    html += *part;
  }
  s.html = std::move(html);
  return s;
}

}  // namespace sw::report
