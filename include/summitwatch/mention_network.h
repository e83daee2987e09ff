// SPDX-License-Identifier: MIT
// Who acknowledges whom (MISSION.md, question 3): the network of issuers and the formats,
// institutions and agreements their documents mention, with the stance taken, and the silences
// (docs/METHODS.md, "Acknowledgement network").
//
// Usage:
//   auto regional = summitwatch::RegionalInstitutions(*store);     // the default subjects
//   auto net = summitwatch::MentionNetwork(*store, filter, *regional);
//   // one row per (issuer, entity) mentioned, then one per (issuer, acknowledged entity) never
//   // mentioned by that issuer's documents: `edge` is "mention" or "silence".
#pragma once

#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace summitwatch {

/// What the region built itself, from the knowledge base: the regionally initiated formats
/// (initiator_kind: regional), their bodies, and the agreements signed at their meetings; sorted.
Result<std::vector<std::string>> RegionalInstitutions(const Store& store);

/// The knowledge base's initiatives that the store's news items mention most, most mentioned
/// first (documents, then mentions), at most `n`; initiatives no news item mentions are left out.
Result<std::vector<std::string>> MostMentionedInitiatives(const Store& store, size_t n);

/// The acknowledgement network. Sources are the groups of `by` (issuers by default; documents
/// without one are left out); targets are formats, bodies, organisations, agreements and
/// initiatives, a meeting counting for its format. Columns: source, entity, entity_type,
/// source_documents, documents (mentioning), mentions, one column per stance, no_stance,
/// dominant (the stance most mentions take; empty when none takes one), edge ("mention" or
/// "silence"). Mentions come first (by source, most documents first), then for each entity of
/// `acknowledged` (in its order) every source with documents that never mention it.
/// Errors: an acknowledged id that is not in the knowledge base (kNotFound); a bad date.
Result<Table> MentionNetwork(const Store& store, const DocFilter& filter, const std::vector<std::string>& acknowledged,
                             GroupBy by = GroupBy::kIssuer);

}  // namespace summitwatch
