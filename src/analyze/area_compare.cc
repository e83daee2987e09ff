// SPDX-License-Identifier: MIT
// The bootstrap interval of a profile difference. Sentences are redrawn within each document,
// not pooled across the side: a profile weighs every document the same (docs/METHODS.md, "Area
// profiles"), and a stratified redraw keeps those weights, so the replicates scatter around the
// very difference `areas --compare` reports rather than around a sentence-weighted one.
#include "analyze/area_compare.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "analyze/bootstrap.h"
#include "analyze/doc_filter.h"

namespace sw::analyze {
namespace {

using store::Stmt;
using summitwatch::GroupBy;

// One side's coded documents: for each document the range of its coded sentences, for each
// sentence the range of its (area, weight) pairs.
struct Side {
  std::vector<size_t> doc_begin{0};       // into sentence_begin; documents.size() + 1 entries
  std::vector<size_t> sentence_begin{0};  // into areas/weights
  std::vector<size_t> areas;              // index into the area list
  std::vector<double> weights;
  size_t documents() const { return doc_begin.size() - 1; }
};

summitwatch::Result<Side> LoadSide(const store::Db& db, GroupBy by, const std::string& key,
                                   const summitwatch::DocFilter& filter, std::map<std::string, size_t>& area_index) {
  auto where = FilterSql(filter);
  if (!where) return where.error();
  Stmt q(db, "SELECT sa.doc, sa.sentence, sa.area, sa.weight FROM documents d "
             "JOIN sentence_areas sa ON sa.doc = d.doc WHERE " + SideSql(by) + where->sql +
             // Content-hash order, not the integer key (the order an ingest's threads happened
             // to finish in): the bootstrap then gives the same intervals in any store.
             " ORDER BY d.hash, sa.sentence");
  q.Bind(1, key);
  where->Bind(q, 2);
  Side s;
  int64_t last_doc = -1, last_sentence = -1;
  while (q.Step()) {
    const int64_t doc = q.Int(0), sentence = q.Int(1);
    if (doc != last_doc) {
      if (last_doc != -1) {
        s.sentence_begin.push_back(s.areas.size());
        s.doc_begin.push_back(s.sentence_begin.size() - 1);
      }
      last_doc = doc;
      last_sentence = sentence;
    } else if (sentence != last_sentence) {
      s.sentence_begin.push_back(s.areas.size());
      last_sentence = sentence;
    }
    auto [it, fresh] = area_index.try_emplace(std::string(q.Text(2)), area_index.size());
    s.areas.push_back(it->second);
    s.weights.push_back(q.Real(3));
  }
  if (!q.status()) return q.status().error();
  if (last_doc != -1) {
    s.sentence_begin.push_back(s.areas.size());
    s.doc_begin.push_back(s.sentence_begin.size() - 1);
  }
  return s;
}

// One replicate of a side's profile, added into `profile` (sized to the areas, zeroed by the caller).
void Replicate(const Side& s, SplitMix64& rng, std::vector<double>& profile) {
  const size_t docs = s.documents();
  if (docs == 0) return;
  const double per_doc = 1.0 / static_cast<double>(docs);
  for (size_t d = 0; d < docs; ++d) {
    const size_t first = s.doc_begin[d], n = s.doc_begin[d + 1] - first;
    const double per_sentence = per_doc / static_cast<double>(n);
    for (size_t k = 0; k < n; ++k) {
      const size_t sentence = first + rng.Below(n);
      for (size_t i = s.sentence_begin[sentence]; i < s.sentence_begin[sentence + 1]; ++i) {
        profile[s.areas[i]] += s.weights[i] * per_sentence;
      }
    }
  }
}

}  // namespace

GroupBy ResolveSides(const store::Db& db, std::optional<GroupBy> by, const std::string& a, const std::string& b) {
  if (by) return *by;
  auto is_format = [&](const std::string& id) {
    Stmt q(db, "SELECT EXISTS (SELECT 1 FROM formats WHERE id = ?1) OR "
               "EXISTS (SELECT 1 FROM documents WHERE format = ?1)");
    q.Bind(1, id);
    return q.Step() && q.Int(0) != 0;
  };
  auto is_issuer = [&](const std::string& id) {
    Stmt q(db, "SELECT EXISTS (SELECT 1 FROM document_issuers WHERE issuer = ?1)");
    q.Bind(1, id);
    return q.Step() && q.Int(0) != 0;
  };
  const bool fa = is_format(a), fb = is_format(b);
  // A format against an unknown key is a comparison of formats, so that the message about the
  // missing side names the unknown key, not the format taken as an issuer.
  if (fa && fb) return GroupBy::kFormat;
  if ((fa && !is_issuer(b)) || (fb && !is_issuer(a))) return GroupBy::kFormat;
  return GroupBy::kIssuer;
}

std::string SideSql(GroupBy by) {
  switch (by) {
    case GroupBy::kIssuer:
      return "(CASE WHEN ?1 = '' THEN NOT EXISTS (SELECT 1 FROM document_issuers x WHERE x.doc = d.doc) "
             "ELSE d.doc IN (SELECT doc FROM document_issuers WHERE issuer = ?1) END)";
    case GroupBy::kFormat: return "coalesce(d.format, '') = ?1";
    case GroupBy::kYear: return "coalesce(CAST(d.year AS TEXT), '') = ?1";
    case GroupBy::kCountry: return "coalesce(d.country, '') = ?1";
    case GroupBy::kDocument: break;
  }
  return "d.id = ?1";
}

summitwatch::Result<std::map<std::string, DiffInterval>> DifferenceIntervals(const store::Db& db, GroupBy by,
                                                                            const std::string& a, const std::string& b,
                                                                            const summitwatch::DocFilter& filter,
                                                                            int resamples, uint64_t seed) {
  if (resamples < 1) {
    return summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput, "the bootstrap needs at least one resample.");
  }
  std::map<std::string, size_t> area_index;
  auto side_a = LoadSide(db, by, a, filter, area_index);
  if (!side_a) return side_a.error();
  auto side_b = LoadSide(db, by, b, filter, area_index);
  if (!side_b) return side_b.error();

  const size_t areas = area_index.size();
  std::vector<std::vector<double>> diffs(areas);
  for (auto& d : diffs) d.reserve(static_cast<size_t>(resamples));
  SplitMix64 rng{seed};
  std::vector<double> pa(areas), pb(areas);
  for (int r = 0; r < resamples; ++r) {
    std::fill(pa.begin(), pa.end(), 0.0);
    std::fill(pb.begin(), pb.end(), 0.0);
    Replicate(*side_a, rng, pa);
    Replicate(*side_b, rng, pb);
    for (size_t i = 0; i < areas; ++i) diffs[i].push_back(pa[i] - pb[i]);
  }
  std::map<std::string, DiffInterval> out;
  for (const auto& [area, i] : area_index) {
    std::sort(diffs[i].begin(), diffs[i].end());
    out[area] = {Quantile(diffs[i], 0.025), Quantile(diffs[i], 0.975)};
  }
  return out;
}

}  // namespace sw::analyze
