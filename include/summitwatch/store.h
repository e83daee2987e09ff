// SPDX-License-Identifier: MIT
// The embedded store (SQLite underneath) and the questions answered from it.
//
// Usage:
//   auto store = summitwatch::Store::Open("summitwatch.db");      // Create() for `init`
//   if (!store) { report(store.error()); return; }
//   summitwatch::Ingester in(*store, engine);                     // code + write, batched
//   summitwatch::ReadDocuments(paths, {}, [&](Document&& d) { in.Add(std::move(d)); }, ...);
//   in.Finish();
//   auto profiles = summitwatch::AreaProfiles(*store, summitwatch::GroupBy::kYear, {});
//
// Documents are keyed by a SHA-256 of their repaired text and metadata, so ingesting the same
// input twice stores it once. Writes go in batched transactions of whole documents: a process
// killed at any moment leaves every document either fully stored or absent.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "summitwatch/coding.h"
#include "summitwatch/document.h"
#include "summitwatch/engine.h"
#include "summitwatch/error.h"

namespace summitwatch {

namespace detail {
struct StoreImpl;
struct IngesterImpl;
}  // namespace detail

class Store {
 public:
  /// Opens `path`, creating it when missing, and migrates it to the current schema.
  static Result<Store> Create(const std::string& path);
  /// Opens an existing store, migrating an older schema. Errors: no such file; not a database;
  /// a database that is not a store; a store written by a newer schema version.
  static Result<Store> Open(const std::string& path);
  /// The newest schema version this build reads and writes.
  static int SchemaVersion();

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  /// Replaces the knowledge-base tables with the YAML files of `kb_dir`; a no-op when the files
  /// are unchanged since the last load. Sets *changed when given.
  Status LoadKnowledgeBase(const std::string& kb_dir, bool* changed = nullptr);

  struct Summary {
    std::string path;
    int schema_version = 0;
    size_t documents = 0;
    size_t entities = 0;
  };
  Result<Summary> Describe() const;

  /// For the library's own modules (src/store, src/analyze, src/report).
  detail::StoreImpl& impl() const { return *impl_; }

 private:
  explicit Store(std::unique_ptr<detail::StoreImpl> impl);
  std::unique_ptr<detail::StoreImpl> impl_;
};

struct IngestStats {
  size_t read = 0;       ///< documents handed to Add()
  size_t added = 0;      ///< stored as new
  size_t duplicate = 0;  ///< already in the store (same content hash)
  uint64_t bytes = 0;    ///< text bytes of the documents read
};

struct IngestOptions {
  // Large batches: a commit writes every page dirtied since the last one, and the content-hash
  // index takes a random page per document, so the fewer the commits the fewer times each index
  // page is written (src/store/ingester.cc, "Batches").
  size_t batch_documents = 50000; ///< commit after this many documents...
  double batch_seconds = 4.0;     ///< ...or this long, whichever comes first
  size_t coding_threads = 0;      ///< 0: one per processor
};

/// Codes documents and writes them to a store: the caller's thread reads and hashes, coder
/// threads code, a writer thread commits. Add() blocks when the stages behind it fall behind, so
/// memory stays bounded. Documents are stored in the order they finish coding.
class Ingester {
 public:
  Ingester(Store& store, const Engine& engine, IngestOptions options = {});
  ~Ingester();  ///< Finish() when not called

  /// Repairs and hashes `doc`; codes and queues it unless the store holds it already. Returns
  /// how many invalid UTF-8 sequences were repaired, or the error that stopped the writer.
  Result<size_t> Add(Document&& doc);
  /// Commits everything queued and stops the writer.
  Status Finish();
  /// A consistent snapshot; safe to call while documents are being added.
  IngestStats stats() const;

 private:
  std::unique_ptr<detail::IngesterImpl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Questions answered from a store. Each returns one table, which the command line prints aligned,
// as JSON, CSV or JSON Lines, and the report renders as HTML.

/// A cell: absent, an integer, a real number or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

struct Column {
  /// kShare: a fraction, shown as a percentage. kBool: an integer 0/1 cell, true/false in JSON
  /// (so that `jq 'select(.dormant)'` works: 0 is true to jq), yes/no for people.
  enum class Kind { kText, kInt, kReal, kShare, kBool };
  std::string name;
  Kind kind = Kind::kText;
};

struct Table {
  std::string title;  ///< one line saying what the rows are
  std::vector<Column> columns;
  std::vector<std::vector<Value>> rows;
};

/// Which documents a question looks at. Each list matches any of its values; empty lists and
/// dates match everything. Dates are YYYY, YYYY-MM or YYYY-MM-DD, inclusive.
struct DocFilter {
  std::vector<std::string> format, issuer, kind, lang, country;
  std::string from, to;
};

enum class GroupBy { kDocument, kIssuer, kFormat, kYear, kCountry };

/// The documents, newest first (`limit` 0: all).
Result<Table> ListDocuments(const Store& store, const DocFilter& filter, size_t limit = 0);

/// Area profile of each group: the mean of its documents' area shares (docs/METHODS.md).
Result<Table> AreaProfiles(const Store& store, GroupBy by, const DocFilter& filter);

/// Two groups' profiles side by side, the areas that differ most first, with the bootstrap
/// interval of each difference (summitwatch/compare.h says how). Without `by`, A and B are taken
/// as formats when both are (or one is and the other issued nothing), else as issuers.
Result<Table> CompareAreas(const Store& store, std::optional<GroupBy> by, const std::string& a, const std::string& b,
                           const DocFilter& filter);

/// Who mentions whom: per group and mentioned entity, documents, mentions and stance counts.
/// With `entity`, one row per group that has documents, mentioning it or not.
Result<Table> MentionMatrix(const Store& store, GroupBy by, const std::string& entity, const DocFilter& filter);

/// The formats of the knowledge base with their activity. `as_of` (YYYY-MM-DD; today when empty)
/// separates meetings held from meetings planned.
Result<Table> FormatRegistry(const Store& store, const std::string& as_of = {});

/// The bodies of the knowledge base (secretariats, councils, working groups) with the documents
/// and news items that mention them.
Result<Table> BodyRegistry(const Store& store);

/// One stored document with its coding, for display.
struct StoredDocument {
  struct Sentence {
    uint32_t start = 0, end = 0;
    double tone = 0;
    std::vector<std::pair<std::string, double>> areas;  ///< (area, weight), heaviest first
  };
  struct Mention {
    std::string entity, type, stance;
    uint32_t start = 0, end = 0, sentence = 0;
  };
  struct Commitment {
    uint32_t start = 0, end = 0, sentence = 0;
    std::vector<std::string> actors;
    std::string modality, area, deadline;
  };
  Document doc;
  std::string hash;
  uint32_t words = 0;
  std::vector<std::pair<std::string, double>> areas;  ///< document shares, largest first
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  Tone tone;
  std::vector<Commitment> commitments;
};

/// Finds a document by id or by a prefix of its hash (at least 6 hex digits).
Result<StoredDocument> GetDocument(const Store& store, const std::string& id_or_hash);

struct ReportOptions {
  std::string title = "summitwatch report";
  /// Which documents the report looks at (`report --from --to --format`); every section applies
  /// it as far as its documents carry the field (news items have no format, see each section).
  DocFilter filter;
  /// YYYY-MM-DD deciding meetings held and deadlines passed; empty: the end of filter.to when
  /// given, else today.
  std::string as_of;
  /// Only these questions' sections ("q3", or a section id such as "q3-acknowledgement"), in
  /// the report's order; empty: all seven.
  std::vector<std::string> sections;
  /// Institutions whose silences the acknowledgement network lists (question 3), e.g.
  /// {"ca-consultative-meeting"}; empty: RegionalInstitutions() (include/summitwatch/mention_network.h).
  std::vector<std::string> acknowledged;
  /// Entities whose press tone (ToneSeries by country and year, news items) gets a line chart,
  /// table and evidence each (question 4), e.g. {"bri"}; empty: MostMentionedInitiatives(store, 2).
  std::vector<std::string> tone_targets;
  /// data/cues/followup.yaml, which the commitments section (question 5: per format, commitments
  /// made, share with evidence of follow-up, proposed statuses; compliance where scored) needs.
  std::string followup_cues;
  /// Pairs of formats or issuers whose profiles and keyness the report compares (question 2);
  /// empty: each externally initiated format with documents against the regional one(s).
  std::vector<std::pair<std::string, std::string>> compare;
  /// data/text/stopwords.yaml, for the keyness of the comparisons; empty: no stop words.
  std::string stopwords;
};

/// The report: one self-contained HTML page (inline SVG, no scripts, nothing fetched) answering
/// the seven questions of MISSION.md, a section each with charts, tables and the sentences behind
/// them, then the index of the documents cited and a footer with the store and the filters.
/// Fails with the first section's error, if any.
Result<std::string> Report(const Store& store, const ReportOptions& options);

}  // namespace summitwatch
