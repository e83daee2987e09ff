// SPDX-License-Identifier: MIT
// The press-tone monitor: per cell of documents mentioning a target, the GDELT-style article
// mean and the target-directed mean, each with a percentile bootstrap interval over documents.
#include "summitwatch/tone_series.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "analyze/bootstrap.h"
#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::analyze::Quantile;
using sw::analyze::SplitMix64;
using sw::store::Stmt;

// One document of a cell: its GDELT tone and the mean compound of its sentences naming the target.
struct DocTone {
  double article = 0;
  double target = 0;
};

struct Cell {
  std::vector<DocTone> docs;
  int64_t sentences = 0;
};

// (country, year, source) as stored; '' where absent. Only the parts the grouping uses are set.
using Key = std::tuple<std::string, std::string, std::string>;

struct Interval {
  double lo = 0, hi = 0;
};

// 95% percentile intervals of the two means, from the same resamples of documents (paired).
// Every cell starts from the same seed, so a cell's interval does not depend on the other cells.
std::pair<Interval, Interval> Bootstrap(const std::vector<DocTone>& docs, int resamples, uint64_t seed) {
  SplitMix64 rng{seed};
  const size_t n = docs.size();
  std::vector<double> article, target;
  article.reserve(resamples);
  target.reserve(resamples);
  for (int b = 0; b < resamples; ++b) {
    double sa = 0, st = 0;
    for (size_t i = 0; i < n; ++i) {
      const DocTone& d = docs[rng.Below(n)];
      sa += d.article;
      st += d.target;
    }
    article.push_back(sa / static_cast<double>(n));
    target.push_back(st / static_cast<double>(n));
  }
  std::sort(article.begin(), article.end());
  std::sort(target.begin(), target.end());
  return {{Quantile(article, 0.025), Quantile(article, 0.975)}, {Quantile(target, 0.025), Quantile(target, 0.975)}};
}

Value TextOrNull(const std::string& s) { return s.empty() ? Value{} : Value{s}; }
Value YearOrNull(const std::string& s) { return s.empty() ? Value{} : Value{int64_t{std::atoll(s.c_str())}}; }

// Absent keys sort last, years as numbers (they are all four digits).
bool KeyLess(const Key& a, const Key& b) {
  auto part = [](const std::string& x, const std::string& y) { return x.empty() != y.empty() ? y.empty() : x < y; };
  if (std::get<0>(a) != std::get<0>(b)) return part(std::get<0>(a), std::get<0>(b));
  if (std::get<1>(a) != std::get<1>(b)) return part(std::get<1>(a), std::get<1>(b));
  return part(std::get<2>(a), std::get<2>(b));
}

}  // namespace

Result<Table> ToneSeries(const Store& store, const ToneSeriesOptions& options) {
  const auto& db = store.impl().db;
  if (options.resamples < 1) return MakeError(ErrorCode::kInvalidInput, "the bootstrap needs at least one resample.");
  {
    Stmt known(db, "SELECT 1 FROM entities WHERE id = ?");
    known.Bind(1, options.target);
    const bool found = known.Step();
    if (!known.status()) return known.status().error();
    if (!found) {
      return MakeError(ErrorCode::kNotFound,
                       fmt::format("no entity '{}' in the store's knowledge base.", options.target), options.target);
    }
  }
  auto where = sw::analyze::FilterSql(options.filter);
  if (!where) return where.error();

  // Per document mentioning the target: its GDELT tone and the mean compound of the distinct
  // sentences that name the target (a sentence counts once however often it names it). In
  // content-hash order, not by integer key (the order an ingest's threads happened to finish
  // in), so that the bootstrap gives the same intervals in any store of the same documents.
  Stmt q(db, "SELECT coalesce(d.country, ''), coalesce(CAST(d.year AS TEXT), ''), coalesce(d.source, ''), "
             "t.tone, avg(s.tone), count(*) FROM documents d "
             "JOIN (SELECT DISTINCT doc, sentence FROM mentions WHERE entity = ?) m ON m.doc = d.doc "
             "JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence "
             "JOIN tone t ON t.doc = d.doc WHERE 1" + where->sql + " GROUP BY d.doc ORDER BY d.hash");
  q.Bind(1, options.target);
  where->Bind(q, 2);
  std::map<Key, Cell, decltype(&KeyLess)> cells(&KeyLess);
  const ToneGroupBy by = options.by;
  while (q.Step()) {
    std::string country(q.Text(0)), year(q.Text(1)), source(q.Text(2));
    Key key;
    switch (by) {
      case ToneGroupBy::kCountryYear: key = {country, year, ""}; break;
      case ToneGroupBy::kYear: key = {year, "", ""}; break;
      case ToneGroupBy::kSource: key = {source, "", ""}; break;
      case ToneGroupBy::kCountry: key = {country, "", ""}; break;
    }
    Cell& c = cells[key];
    c.docs.push_back({q.Real(3), q.Real(4)});
    c.sentences += q.Int(5);
  }
  if (!q.status()) return q.status().error();

  Table t;
  using K = Column::Kind;
  const char* cells_name = "country and year";
  switch (by) {
    case ToneGroupBy::kCountryYear: t.columns = {{"country", K::kText}, {"year", K::kInt}}; break;
    case ToneGroupBy::kYear:
      t.columns = {{"year", K::kInt}};
      cells_name = "year";
      break;
    case ToneGroupBy::kSource:
      t.columns = {{"source", K::kText}};
      cells_name = "source";
      break;
    case ToneGroupBy::kCountry:
      t.columns = {{"country", K::kText}};
      cells_name = "country";
      break;
  }
  t.title = fmt::format(
      "Tone toward {} by {}{}: GDELT article tone (% of words) and target-directed compound (-1..1), "
      "means with 95% bootstrap intervals over articles",
      options.target, cells_name, sw::analyze::IsEmpty(options.filter) ? "" : ", filtered");
  for (const char* name : {"articles", "sentences"}) t.columns.push_back({name, K::kInt});
  for (const char* name : {"article_tone", "article_lo", "article_hi", "target_tone", "target_lo", "target_hi"}) {
    t.columns.push_back({name, K::kReal});
  }

  for (const auto& [key, c] : cells) {
    std::vector<Value> row;
    if (by == ToneGroupBy::kCountryYear) {
      row = {TextOrNull(std::get<0>(key)), YearOrNull(std::get<1>(key))};
    } else if (by == ToneGroupBy::kYear) {
      row = {YearOrNull(std::get<0>(key))};
    } else {
      row = {TextOrNull(std::get<0>(key))};
    }
    double article = 0, target = 0;
    for (const DocTone& d : c.docs) {
      article += d.article;
      target += d.target;
    }
    const double n = static_cast<double>(c.docs.size());
    row.emplace_back(static_cast<int64_t>(c.docs.size()));
    row.emplace_back(c.sentences);
    if (c.docs.size() >= 2) {
      const auto [ia, it] = Bootstrap(c.docs, options.resamples, options.seed);
      row.insert(row.end(), {article / n, ia.lo, ia.hi, target / n, it.lo, it.hi});
    } else {
      row.insert(row.end(), {article / n, Value{}, Value{}, target / n, Value{}, Value{}});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace summitwatch
