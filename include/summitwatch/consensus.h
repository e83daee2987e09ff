// SPDX-License-Identifier: MIT
// Consensus space: how much common agenda a group of members shares, from the area profiles of
// the documents behind each member (docs/METHODS.md, "Consensus space"). Without a group, the
// region's own states (the countries of the knowledge base's focus region) alone and together
// with each outside partner that has documents in the store.
//
// Usage:
//   summitwatch::ConsensusOptions o;
//   o.filter.kind = {"declaration", "statement"};
//   auto c = summitwatch::ComputeConsensus(*store, o);
//   if (c) print(summitwatch::ConsensusTable(*c));
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace summitwatch {

/// Which documents make a member's profile.
enum class ProfileBasis {
  kIssuer,  ///< every document that lists the member among its issuers
  kHost,    ///< documents of the meetings it hosted, and documents it issued alone
};

struct ConsensusOptions {
  DocFilter filter;
  std::vector<std::string> members;  ///< one group of these; empty: the region alone and with each partner
  ProfileBasis basis = ProfileBasis::kIssuer;
  double threshold = 0.10;  ///< a member prioritises an area when its profile gives it at least this share
  int resamples = 1000;     ///< bootstrap replicates over documents
  uint64_t seed = 0x5eed'2026'0007;
};

struct MemberProfile {
  std::string member;
  std::vector<int64_t> docs;              ///< documents.doc of the area-coded documents behind it
  std::map<std::string, double> shares;   ///< area -> mean share over those documents
};

struct ConsensusFigure {
  double value = 0, lo = 0, hi = 0;
  bool known = false;  ///< false when a member has no documents, or (lo, hi) when no replicate counted
};

struct ConsensusGroup {
  std::string label;    ///< "region", "region+<partner>" or "members"
  std::string partner;  ///< the outside partner added to the region; empty otherwise
  std::vector<std::string> members;
  std::vector<std::string> missing;  ///< members without an area-coded document: no figures then
  int64_t documents = 0;             ///< distinct documents behind the members' profiles
  ConsensusFigure common;           ///< Σ_a min over members of share(a)
  ConsensusFigure overlap;          ///< mean over pairs of members of Σ_a min(share_m(a), share_n(a))
  ConsensusFigure partner_overlap;  ///< mean overlap of the partner with each of the region's states
  ConsensusFigure partner_gap;      ///< partner_overlap minus the states' mean overlap among themselves
  std::vector<std::string> shared;   ///< areas every member gives at least the threshold, largest minimum first
  int replicates = 0;                ///< bootstrap replicates in which every member drew a document
};

struct Consensus {
  ProfileBasis basis = ProfileBasis::kIssuer;
  double threshold = 0;
  std::vector<std::string> region;  ///< the region's own states, in knowledge-base order
  std::string region_entity;        ///< the focus region they were taken from, if the knowledge base marks one
  std::vector<std::string> regional_formats;  ///< else the regionally initiated formats whose members they are
  std::vector<MemberProfile> profiles;        ///< every member of every group, region first
  std::vector<ConsensusGroup> groups;
};

Result<Consensus> ComputeConsensus(const Store& store, const ConsensusOptions& options);

/// One row per group: group, partner, members, missing, documents, common (+ _lo, _hi), overlap
/// (+ _lo, _hi), partner_overlap (partner_lo, partner_hi), partner_gap (gap_lo, gap_hi),
/// shared_areas, replicates.
Table ConsensusTable(const Consensus& c);

/// One row per member: member, documents, then each area's share (largest overall first).
Table MemberProfilesTable(const Consensus& c);

}  // namespace summitwatch
