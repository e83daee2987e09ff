// SPDX-License-Identifier: MIT
// Evidence within the report's filters: a section may compute a figure over the whole knowledge
// base (liveness, delegation) but cites only documents the reader asked for.
//
// Usage:
//   refs = sw::report::InScope(ctx.store, ctx.filter, std::move(refs));
#pragma once

#include <vector>

#include "report/evidence.h"
#include "summitwatch/store.h"

namespace sw::report {

/// The refs whose documents `filter` admits: dated within its from/to (partial dates as
/// intervals; undated documents kept) and, when it names formats, filed under one of them or
/// under none (news items). Its other fields are not applied.
std::vector<SentenceRef> InScope(const summitwatch::Store& store, const summitwatch::DocFilter& filter,
                                 std::vector<SentenceRef> refs);

}  // namespace sw::report
