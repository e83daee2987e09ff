// SPDX-License-Identifier: MIT
// The official texts of a selection: every document kind but news, whose items have no issuer
// and speak for no member. Questions about what the members prioritise look at these.
//
// Usage:
//   auto f = sw::report::OfficialTexts(store.impl().db, ctx.filter);   // f->kind lists the kinds
//   if (f && f->kind.empty()) { /* no official text in the store */ }
#pragma once

#include "store/sqlite_db.h"
#include "summitwatch/store.h"

namespace sw::report {

/// `filter` with `kind` replaced by its kinds other than news, or, when it names none, by every
/// kind other than news found in the store (sorted). Empty `kind` then means no official text.
summitwatch::Result<summitwatch::DocFilter> OfficialTexts(const sw::store::Db& db, const summitwatch::DocFilter& filter);

}  // namespace sw::report
