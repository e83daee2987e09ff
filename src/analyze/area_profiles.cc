// SPDX-License-Identifier: MIT
// Area profiles: what each group of documents prioritises (docs/METHODS.md, "Profiles and
// registry"). A group's profile is the mean of its area-coded documents' shares, each document
// weighing the same however long it is.
//
// Without a filter, groups by year, issuer, format and country are read from the aggregate tables
// that ingest maintains (a few hundred rows whatever the corpus size); with one, they are
// computed from document_areas. CompareAreas sets two profiles side by side with the bootstrap
// interval of each difference (area_compare.cc).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "analyze/area_compare.h"
#include "analyze/doc_filter.h"
#include "store/store_impl.h"
#include "summitwatch/compare.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;

struct Profile {
  int64_t documents = 0, coded = 0;
  std::map<std::string, double, std::less<>> sums;  // area -> sum of shares over the coded documents
  int64_t last_doc = -1;                              // while counting: the last document seen
};
using Profiles = std::map<std::string, Profile, std::less<>>;

Result<Profiles> FromTotals(const sw::store::Db& db, const std::string& dim) {
  Profiles out;
  Stmt g(db, "SELECT key, documents, coded FROM group_totals WHERE dim = ?");
  g.Bind(1, dim);
  while (g.Step()) out[std::string(g.Text(0))] = {g.Int(1), g.Int(2), {}, -1};
  if (!g.status()) return g.status().error();
  Stmt a(db, "SELECT key, area, share_sum FROM area_totals WHERE dim = ?");
  a.Bind(1, dim);
  while (a.Step()) out[std::string(a.Text(0))].sums[std::string(a.Text(1))] = a.Real(2);
  if (!a.status()) return a.status().error();
  return out;
}

Result<Profiles> Compute(const sw::store::Db& db, GroupBy by, const DocFilter& filter) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  if (sw::analyze::IsEmpty(filter) && by != GroupBy::kDocument) return FromTotals(db, sw::analyze::GroupingFor(by).dim);
  const auto g = sw::analyze::GroupingFor(by);
  // One pass over the selected documents and their shares, summed here: GROUP BY would sort every
  // (document, area) row in a temporary B-tree, several times slower at a million documents.
  Stmt q(db, fmt::format("SELECT d.doc, {}, d.coded_sentences > 0, a.area, a.share FROM documents d{} "
                         "LEFT JOIN document_areas a ON a.doc = d.doc WHERE 1{} ORDER BY d.doc",
                         g.key, g.join, where->sql));
  where->Bind(q, 1);
  Profiles out;
  Profile* p = nullptr;
  std::string key;
  while (q.Step()) {
    if (!p || q.Text(1) != key) {
      key = q.Text(1);
      auto it = out.find(key);
      p = it != out.end() ? &it->second : &out[key];
    }
    const int64_t doc = q.Int(0);
    if (p->last_doc != doc) {
      p->last_doc = doc;
      ++p->documents;
      p->coded += q.Int(2);
    }
    if (q.IsNull(3)) continue;
    const std::string_view area = q.Text(3);
    auto a = p->sums.find(area);
    if (a == p->sums.end()) a = p->sums.emplace(std::string(area), 0.0).first;
    a->second += q.Real(4);
  }
  if (!q.status()) return q.status().error();
  return out;
}

// Areas in order of their mean share over all the groups' coded documents, largest first.
std::vector<std::string> AreaOrder(const Profiles& p) {
  std::map<std::string, double> total;
  for (const auto& [key, prof] : p) {
    for (const auto& [area, sum] : prof.sums) total[area] += sum;
  }
  std::vector<std::string> areas;
  for (const auto& [area, sum] : total) areas.push_back(area);
  std::stable_sort(areas.begin(), areas.end(), [&](const auto& a, const auto& b) { return total[a] > total[b]; });
  return areas;
}

double Share(const Profile& p, const std::string& area) {
  auto it = p.sums.find(area);
  return it == p.sums.end() || p.coded == 0 ? 0.0 : it->second / static_cast<double>(p.coded);
}

Result<Table> DocumentProfiles(const sw::store::Db& db, const DocFilter& filter) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  Stmt q(db, "SELECT d.doc, d.id, d.date, d.coded_sentences, a.area, a.share FROM documents d "
             "JOIN document_areas a ON a.doc = d.doc WHERE 1" + where->sql +
             " ORDER BY d.date IS NULL, d.date, d.id, d.doc");
  where->Bind(q, 1);
  struct Row {
    std::string id, date;
    int64_t coded;
    std::map<std::string, double> shares;
  };
  std::vector<Row> rows;
  std::map<std::string, double> total;
  int64_t last = -1;
  while (q.Step()) {
    if (q.Int(0) != last) {
      last = q.Int(0);
      rows.push_back({std::string(q.Text(1)), std::string(q.Text(2)), q.Int(3), {}});
    }
    rows.back().shares[std::string(q.Text(4))] = q.Real(5);
    total[std::string(q.Text(4))] += q.Real(5);
  }
  if (!q.status()) return q.status().error();
  std::vector<std::string> areas;
  for (const auto& [a, s] : total) areas.push_back(a);
  std::stable_sort(areas.begin(), areas.end(), [&](const auto& a, const auto& b) { return total[a] > total[b]; });

  Table t;
  t.title = "Area shares of each document's area-coded sentences";
  t.columns = {{"document", Column::Kind::kText}, {"date", Column::Kind::kText}, {"coded", Column::Kind::kInt}};
  for (const auto& a : areas) t.columns.push_back({a, Column::Kind::kShare});
  for (auto& r : rows) {
    std::vector<Value> row{r.id, r.date.empty() ? Value{} : Value{r.date}, r.coded};
    for (const auto& a : areas) row.emplace_back(r.shares.count(a) ? r.shares[a] : 0.0);
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

Result<Table> AreaProfiles(const Store& store, GroupBy by, const DocFilter& filter) {
  const auto& db = store.impl().db;
  if (by == GroupBy::kDocument) return DocumentProfiles(db, filter);
  auto profiles = Compute(db, by, filter);
  if (!profiles) return profiles.error();
  const auto g = sw::analyze::GroupingFor(by);

  std::vector<const std::pair<const std::string, Profile>*> order;
  for (const auto& kv : *profiles) order.push_back(&kv);
  // Years in time order; other groups largest first, documents without one last.
  std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) {
    if (a->first.empty() != b->first.empty()) return b->first.empty();
    if (by == GroupBy::kYear) return a->first < b->first;
    return a->second.documents > b->second.documents;
  });
  const auto areas = AreaOrder(*profiles);
  Table t;
  t.title = fmt::format("Area profiles by {}: mean share of each area over the group's area-coded documents",
                        g.column);
  t.columns = {{g.column, by == GroupBy::kYear ? Column::Kind::kInt : Column::Kind::kText},
               {"documents", Column::Kind::kInt},
               {"coded", Column::Kind::kInt}};
  for (const auto& a : areas) t.columns.push_back({a, Column::Kind::kShare});
  for (const auto* kv : order) {
    std::vector<Value> row{sw::analyze::KeyValue(by, kv->first), kv->second.documents, kv->second.coded};
    for (const auto& a : areas) row.emplace_back(Share(kv->second, a));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<Table> CompareAreas(const Store& store, std::optional<GroupBy> by, const std::string& a, const std::string& b,
                           const DocFilter& filter) {
  return CompareAreas(store, by, a, b, filter, CompareOptions{});
}

Result<Table> CompareAreas(const Store& store, std::optional<GroupBy> by, const std::string& a, const std::string& b,
                           const DocFilter& filter, const CompareOptions& options) {
  const auto& db = store.impl().db;
  by = sw::analyze::ResolveSides(db, by, a, b);
  if (*by == GroupBy::kDocument) {
    return MakeError(ErrorCode::kInvalidInput, "--compare takes two issuers, formats, years or countries, not documents.");
  }
  auto profiles = Compute(db, *by, filter);
  if (!profiles) return profiles.error();
  const auto g = sw::analyze::GroupingFor(*by);
  for (const auto* key : {&a, &b}) {
    auto it = profiles->find(*key);
    if (it == profiles->end() || it->second.coded == 0) {
      return MakeError(ErrorCode::kNotFound,
                       fmt::format("no area-coded documents for {} '{}' in the store{}.", g.column, *key,
                                   sw::analyze::IsEmpty(filter) ? "" : " with these filters"),
                       *key);
    }
  }
  const Profile& pa = profiles->at(a);
  const Profile& pb = profiles->at(b);
  Profiles both{{a, pa}, {b, pb}};
  std::vector<std::string> areas = AreaOrder(both);
  std::stable_sort(areas.begin(), areas.end(), [&](const auto& x, const auto& y) {
    return std::fabs(Share(pa, x) - Share(pb, x)) > std::fabs(Share(pa, y) - Share(pb, y));
  });
  Table t;
  t.title = fmt::format("Area profiles of {} {} ({} documents) and {} ({} documents); the areas that differ most first",
                        g.column, a, pa.coded, b, pb.coded);
  t.columns = {{"area", Column::Kind::kText},
               {a, Column::Kind::kShare},
               {b, Column::Kind::kShare},
               {"difference", Column::Kind::kShare},
               {"diff_lo", Column::Kind::kShare},
               {"diff_hi", Column::Kind::kShare},
               {"significant", Column::Kind::kInt}};
  auto intervals = sw::analyze::DifferenceIntervals(db, *by, a, b, filter, options.resamples, options.seed);
  if (!intervals) return intervals.error();
  for (const auto& area : areas) {
    const auto iv = intervals->find(area);
    const sw::analyze::DiffInterval ci = iv == intervals->end() ? sw::analyze::DiffInterval{} : iv->second;
    const bool significant = ci.lo > 0 || ci.hi < 0;
    t.rows.push_back({area, Share(pa, area), Share(pb, area), Share(pa, area) - Share(pb, area), ci.lo, ci.hi,
                      int64_t{significant}});
  }
  return t;
}

}  // namespace summitwatch
