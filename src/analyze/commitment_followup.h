// SPDX-License-Identifier: MIT
// Commitments read back from a store with their follow-up (evidence in later documents and a
// proposed status), the analysts' scores (append-only) and compliance averages. docs/METHODS.md,
// "Follow-up" and "Scoring".
//
// A commitment's id is "<document id>#<n>", n counting the document's commitments from 1 in text
// order (the store's `seq` + 1). A document id shared by several documents can be replaced with
// a prefix of the document's hash (6+ hex digits): "3fa2c19e#2".
//
// Usage:
//   auto cues = summitwatch::LoadFollowupCues(data_dir + "/cues/followup.yaml");
//   auto all = summitwatch::FollowCommitments(store, *cues, {});
//   auto one = summitwatch::FollowCommitment(store, *cues, "c5plus1-new-york-declaration-2023-en#4");
//   summitwatch::RecordScore(store, "…#4", {"KAZ", 1, "held in 2024", "news-2024-031"});
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace summitwatch {

/// data/cues/followup.yaml in memory.
struct FollowupCues {
  size_t min_letters = 3, stem_letters = 6, min_shared = 2, top = 5;
  double threshold = 0.35, actor_in_sentence = 0.2, actor_in_document = 0.1;
  std::vector<std::string> ignore;                            // lower-cased words
  std::vector<std::vector<std::string>> completion, progress, negation;  // phrases as words
};
Result<FollowupCues> LoadFollowupCues(const std::string& path);

struct Evidence {
  std::string document, date, kind;
  double score = 0;
  std::string sentence;  ///< the matching sentence's text
  std::string signal;    ///< "completion", "progress", "negation" or empty
  std::vector<std::string> shared;  ///< the object stems it shares with the commitment
};

struct FollowedCommitment {
  std::string id;  ///< "<document id>#<n>"
  std::string document, date, kind, format, modality, area, deadline, text;
  int64_t year = 0;
  std::vector<std::string> actors;
  bool deadline_passed = false;
  std::vector<Evidence> evidence;  ///< best first, at most cues.top
  std::string status;              ///< no-evidence, in-progress, done, contradicted
};

struct CommitmentFilter {
  std::vector<std::string> format, member, area, status;
  bool deadline_passed = false;
  std::string as_of;  ///< YYYY-MM-DD deciding whether deadlines passed; today when empty
};

/// Every commitment matching `filter`, in document date order, with its follow-up.
Result<std::vector<FollowedCommitment>> FollowCommitments(const Store& store, const FollowupCues& cues,
                                                          const CommitmentFilter& filter);
/// One commitment by id, with its follow-up.
Result<FollowedCommitment> FollowCommitment(const Store& store, const FollowupCues& cues, const std::string& id,
                                            const std::string& as_of = {});
/// The list as a table (id, document, date, actors, modality, area, deadline, status, evidence).
Table CommitmentsTable(const std::vector<FollowedCommitment>& commitments);

struct Score {
  std::string member;
  int score = 0;  ///< -1, 0 or 1
  std::string note, source;
  std::string recorded_at;  ///< set by the store, UTC ISO 8601
  std::string commitment;   ///< filled when read back
};
/// Appends an analyst's score. Errors: score not in {-1, 0, 1}; member not an entity of the
/// knowledge base; no such commitment.
Status RecordScore(const Store& store, const std::string& commitment_id, const Score& score);
/// Every score of a commitment, oldest first (the last per member is current).
Result<std::vector<Score>> ScoreHistory(const Store& store, const std::string& commitment_id);

enum class ComplianceBy { kFormat, kMember, kArea, kYear };
/// Current scores averaged per group; compliance % = (mean + 1) / 2 × 100.
Result<Table> Compliance(const Store& store, ComplianceBy by);

}  // namespace summitwatch
