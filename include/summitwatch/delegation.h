// SPDX-License-Identifier: MIT
// How much of a region's institution-building is delegated to outside powers? For each year: of
// the region's cooperation formats existing that year, the meetings held that year and the bodies
// existing that year, how many an outside power initiated, hosts or runs, and how many the
// region's states run themselves; the shares, and one combined index (docs/METHODS.md,
// "Delegation index").
//
// "The region" is a region entity of the knowledge base (data/kb/regions.yaml): by default the one
// marked `focus: true`; its members are the countries whose `region` names it.
//
// Usage:
//   auto t = summitwatch::DelegationIndex(store, {.as_of = "2025-12-31"});   // one row per year
//   auto items = summitwatch::DelegationItems(store, {}, 2023);            // what 2023 counts
#pragma once

#include <string>

#include "summitwatch/error.h"
#include "summitwatch/store.h"

namespace summitwatch {

struct DelegationOptions {
  std::string as_of;   ///< YYYY, YYYY-MM or YYYY-MM-DD; today when empty. Later meetings do not count.
  int from_year = 0;   ///< 0: the first year one of the region's formats exists
  int to_year = 0;     ///< 0 (or later than the as-of year): the as-of year
  std::string region;  ///< a region id; empty: the knowledge base's focus region
};

/// One row per year: year, formats_total, formats_external, formats_regional, meetings_total,
/// meetings_hosted_external, meetings_hosted_regional, meetings_host_unknown, bodies_total,
/// bodies_external, bodies_regional, the external shares (share_formats_external,
/// share_meetings_external, share_bodies_external), index_external (their mean), the regional
/// shares and index_regional. A share is NULL in a year with nothing to count; an index is the
/// mean of the shares that exist. Errors: no focus region (kNotFound), a region without members.
Result<Table> DelegationIndex(const Store& store, const DelegationOptions& options);

/// What one year's figures count: kind (format, meeting, body), id, format, date (founded, held,
/// established), side (external, regional, unknown) and why.
Result<Table> DelegationItems(const Store& store, const DelegationOptions& options, int year);

}  // namespace summitwatch
