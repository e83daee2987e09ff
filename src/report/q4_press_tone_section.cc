// SPDX-License-Identifier: MIT
// Question 4, how the press in each country sees an initiative over time: per target the tone
// monitor's series (ToneSeries, the table `summitwatch tone` prints) as lines with their 95%
// intervals and the article counts under the axis, the table, and per country the most positive
// and the most negative sentence naming the target.
#include <fmt/format.h>

#include <map>

#include "analyze/doc_filter.h"
#include "report/html.h"
#include "report/line_chart.h"
#include "report/sections.h"
#include "store/store_impl.h"
#include "summitwatch/tone_series.h"

namespace sw::report {
namespace {

struct Extreme {
  SentenceRef best, worst;
  double high = -2, low = 2;
  int64_t sentences = 0;
};

// Per publishing country, the target's sentences with the highest and the lowest compound, from
// the same documents the series counts (news items of the filter that mention the target).
summitwatch::Result<std::map<std::string, Extreme>> Extremes(const summitwatch::Store& store,
                                                             const summitwatch::DocFilter& filter,
                                                             const std::string& target) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  sw::store::Stmt q(store.impl().db,
                    "SELECT coalesce(d.country, ''), m.doc, m.sentence, s.tone FROM documents d "
                    "JOIN (SELECT DISTINCT doc, sentence FROM mentions WHERE entity = ?) m ON m.doc = d.doc "
                    "JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence WHERE 1" +
                        where->sql + " ORDER BY d.doc, m.sentence");
  q.Bind(1, target);
  where->Bind(q, 2);
  std::map<std::string, Extreme> out;
  while (q.Step()) {
    if (q.Text(0).empty()) continue;
    Extreme& e = out[std::string(q.Text(0))];
    const SentenceRef ref{q.Int(1), static_cast<uint32_t>(q.Int(2))};
    const double tone = q.Real(3);
    ++e.sentences;
    if (tone > e.high) {
      e.high = tone;
      e.best = ref;
    }
    if (tone < e.low) {
      e.low = tone;
      e.worst = ref;
    }
  }
  if (!q.status()) return q.status().error();
  return out;
}

}  // namespace

summitwatch::Result<Section> PressToneSection(ReportContext& ctx) {
  Section s;
  s.id = "q4-press-tone";
  s.heading = "4. How does the press in each country see an initiative over time?";
  s.note = "News items that mention the target, by publishing country and year: the mean compound of the sentences "
           "that name it (target tone, -1..1) with its 95% bootstrap interval over articles (the shaded band; none "
           "for a single article) and the number of articles under the axis; the table adds GDELT's article tone "
           "(percent of words). The date filter applies; the format filter does not, since news items belong to no "
           "format. \"summitwatch tone --target ID --kind news\" prints the same table (docs/METHODS.md, "
           "\"Tone monitor\").";
  // News items carry no issuer and no format: only the date, language and country parts apply.
  summitwatch::DocFilter news = ctx.filter;
  news.kind = {"news"};
  news.format.clear();
  news.issuer.clear();

  std::string html;
  if (ctx.options.tone_targets.empty()) {
    html += "<p>No target: none was named and no news item in the store mentions an initiative of the knowledge "
            "base.</p>\n";
  }
  for (const auto& target : ctx.options.tone_targets) {
    summitwatch::ToneSeriesOptions tone;
    tone.target = target;
    tone.filter = news;
    auto series = summitwatch::ToneSeries(ctx.store, tone);
    if (!series) return series.error();
    html += fmt::format("<h3>{}</h3>\n", Escape(target));
    html += ToneLines(*series, {.title = fmt::format("Press tone toward {} by country (target-directed compound, "
                                                     "95% interval)",
                                                     target),
                                .count_rows = true});
    html += fmt::format("<details class=\"table\"><summary>The series as a table ({} country-year cells, with "
                        "GDELT's article tone)</summary>\n{}</details>\n",
                        series->rows.size(), TableHtml(*series, {.shade_shares = false}));
    auto extremes = Extremes(ctx.store, news, target);
    if (!extremes) return extremes.error();
    if (extremes->empty()) continue;
    html += fmt::format("<details class=\"country-evidence\"><summary>The most positive and most negative sentence "
                        "naming {} in each country's press ({} countr{})</summary>\n",
                        Escape(target), extremes->size(), extremes->size() == 1 ? "y" : "ies");
    for (const auto& [country, e] : *extremes) {
      std::vector<SentenceRef> refs = {e.best};
      if (e.worst.doc != e.best.doc || e.worst.sentence != e.best.sentence) refs.push_back(e.worst);
      html += ctx.Evidence(refs, fmt::format("{}: most positive {:+.2f}, most negative {:+.2f} (of {} sentence{})",
                                             country, e.high, e.low, e.sentences, e.sentences == 1 ? "" : "s"));
    }
    html += "</details>\n";
  }
  s.html = std::move(html);
  return s;
}

}  // namespace sw::report
