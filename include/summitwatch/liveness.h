// SPDX-License-Identifier: MIT
// Are the formats and their bodies alive? For each format and body of the knowledge base: the
// meetings held per year, the documents, the last sign of activity (a meeting held, a document of
// its own, a sentence of any stored document that mentions it and reports its work) and whether
// the time since then exceeds what its cadence allows (docs/METHODS.md, "Liveness and dormancy").
//
// Usage:
//   auto rules = summitwatch::LoadLivenessRules(data_dir + "/cues/liveness.yaml");
//   auto all = summitwatch::ComputeLiveness(store, *rules, {.as_of = "2025-12-31"});
//   for (const auto& e : *all) if (e.dormant.value_or(false)) ...
//   auto table = summitwatch::FormatLiveness(store, *rules, {});   // what `formats --json` prints
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "summitwatch/error.h"
#include "summitwatch/store.h"

namespace summitwatch {

/// data/cues/liveness.yaml in memory.
struct LivenessRules {
  double grace = 1.5;               ///< dormant after more than grace × cadence months without a sign
  int default_cadence_months = 24;  ///< for an entity with no cadence of its own or of its format
  /// A sentence that mentions the entity is a sign of its work when it contains an `activity`
  /// phrase and no `inactivity` phrase. Phrases as lower-cased words.
  std::vector<std::vector<std::string>> activity, inactivity;
};

/// Reads the rules. Errors name the file (and line) and what was expected.
Result<LivenessRules> LoadLivenessRules(const std::string& path);

struct LivenessOptions {
  /// YYYY, YYYY-MM or YYYY-MM-DD (a partial date means its last day); today when empty. Meetings
  /// and documents dated after it do not count.
  std::string as_of;
};

/// A sentence that mentions an entity (for a format: it, one of its meetings or bodies): `doc` is
/// the store's document key (documents.doc), `sentence` the sentence index.
struct MentionSentence {
  int64_t doc = 0;
  uint32_t sentence = 0;
  std::string date;
  bool news = false;      ///< in a news item (else an official text)
  bool activity = false;  ///< reports the entity's work (see LivenessRules)
};

struct Liveness {
  std::string id;
  std::string type;  ///< "format" or "body"
  std::string of;    ///< a body's format or organisation; empty for a format
  std::string name;
  std::string founded;                      ///< founded (format), established or else decided (body), as written
  std::map<int, int64_t> meetings_by_year;  ///< meetings held by as_of, per year
  int64_t meetings = 0;
  int64_t documents = 0;  ///< dated by as_of: of the format; issued by the body or filed under it
  std::map<int, int64_t> documents_by_year;
  std::map<int, int64_t> reports_by_year;  ///< documents with a sentence reporting its work
  std::string last_meeting;
  std::string last_document;          ///< its own, or an official text reporting its work
  std::string last_news;              ///< a news item reporting its work
  std::string last_activity;          ///< the latest of the three, or the founding date when there is none
  std::string activity_from;          ///< "meeting", "document", "news" or "founded"; empty: nothing dated
  std::optional<int> cadence_months;  ///< the shortest cadence that applies; none: default used
  /// "own", "format" (inherited), "default", or "none": a body of an organisation (not a format)
  /// without a cadence of its own, which is not assessed (no allowed_months, no dormant).
  std::string cadence_from;
  std::optional<int> allowed_months;             ///< ceil(grace × cadence)
  std::optional<int> months_since_activity;      ///< whole calendar months from last_activity to as_of
  std::optional<bool> dormant;                   ///< months_since_activity > allowed_months
  std::vector<MentionSentence> reports;          ///< the latest sentences reporting its work, latest first
  std::vector<MentionSentence> recent_mentions;  ///< the latest sentences mentioning it at all, latest first
};

/// Every format, then every body, of the knowledge base (in the registries' order).
Result<std::vector<Liveness>> ComputeLiveness(const Store& store, const LivenessRules& rules,
                                              const LivenessOptions& options);

/// FormatRegistry's columns (its `last_activity` and `activity_from` by the rules above) followed by
/// meetings_by_year ("2023:1 2024:2"), cadence_months, cadence_from, allowed_months,
/// months_since_activity and dormant (a kBool column).
Result<Table> FormatLiveness(const Store& store, const LivenessRules& rules, const LivenessOptions& options);

/// BodyRegistry's columns followed by documents, last_activity, activity_from, cadence_months,
/// cadence_from, allowed_months, months_since_activity and dormant.
Result<Table> BodyLiveness(const Store& store, const LivenessRules& rules, const LivenessOptions& options);

/// One row per format (or body) and year, from its founding (or first sign) to the as-of year:
/// meetings held, documents of its own, and documents reporting its work. For charts and pipelines.
Result<Table> LivenessByYear(const Store& store, const LivenessRules& rules, const LivenessOptions& options,
                             bool bodies);

/// The knowledge base's meetings held by `as_of` (today when empty), by date: meeting, format,
/// date, level, city, host.
Result<Table> MeetingsHeld(const Store& store, const std::string& as_of = {});

}  // namespace summitwatch
