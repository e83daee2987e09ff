// SPDX-License-Identifier: MIT
// What the comparison of two groups of documents needs beyond their profiles: which grouping the
// two keys belong to, SQL selecting one side's documents, and the bootstrap interval of the
// difference of the two profiles per area (docs/METHODS.md, "Comparing profiles and keyness").
//
// Usage:
//   GroupBy by = sw::analyze::ResolveSides(db, std::nullopt, "china-ca", "c5plus1");
//   Stmt q(db, "SELECT d.doc FROM documents d WHERE " + sw::analyze::SideSql(by) + where.sql);
//   q.Bind(1, "china-ca"); where.Bind(q, 2);
//   auto intervals = sw::analyze::DifferenceIntervals(db, by, "china-ca", "c5plus1", filter, 1000, seed);
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "store/sqlite_db.h"
#include "summitwatch/store.h"

namespace sw::analyze {

/// `by` when given; otherwise formats when both keys are formats (of the knowledge base or of
/// stored documents), or one is and the other issued nothing; else issuers.
summitwatch::GroupBy ResolveSides(const store::Db& db, std::optional<summitwatch::GroupBy> by, const std::string& a,
                                  const std::string& b);

/// A condition on documents aliased `d` with one parameter, the group key: the documents of that
/// issuer, format, year or country. An empty key selects the documents without one.
std::string SideSql(summitwatch::GroupBy by);

struct DiffInterval {
  double lo = 0, hi = 0;
};

/// Per area coded on either side, the 95% percentile interval of profile(A) − profile(B) over
/// `resamples` replicates; each replicate redraws every coded document's coded sentences with
/// replacement (as many as it has) and recomputes the document's shares, then the profiles.
summitwatch::Result<std::map<std::string, DiffInterval>> DifferenceIntervals(
    const store::Db& db, summitwatch::GroupBy by, const std::string& a, const std::string& b,
    const summitwatch::DocFilter& filter, int resamples, uint64_t seed);

}  // namespace sw::analyze
