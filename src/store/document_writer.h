// SPDX-License-Identifier: MIT
// Writes one coded document and all its rows, and keeps the aggregate tables in step.
//
// Usage (inside a transaction the caller opens and commits):
//   DocumentWriter w(db);
//   auto added = w.Insert(doc, coding, lang, hash, repaired);   // false: a duplicate
//   w.FlushTotals();                                             // just before COMMIT
//
// The many small rows of sentences, areas and mentions are queued across documents and sent in
// full multi-row groups: sending each document's rows on their own ran four statements a
// document, and the set-up of each (cursor, statement bookkeeping) cost as much as the rows.
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/multi_insert.h"
#include "store/sqlite_db.h"
#include "summitwatch/coding.h"
#include "summitwatch/document.h"

namespace sw::store {

class DocumentWriter {
 public:
  explicit DocumentWriter(Db& db);

  /// Inserts `doc` with its coding; false when a document with `hash` is stored already.
  /// `lang` is the coding's language (detected when the document gave none). `packed_text`,
  /// when not empty, is the text as PackText() made it, stored in place of `doc.text`.
  summitwatch::Result<bool> Insert(const summitwatch::Document& doc, const summitwatch::Coding& coding,
                                   std::string_view lang, const std::string& hash, size_t repaired,
                                   std::string_view packed_text = {});
  /// Sends the queued rows and adds the aggregates of the documents inserted since the last
  /// flush to the aggregate tables. Call inside the same transaction, just before committing it.
  summitwatch::Status FlushTotals();
  /// Forgets queued rows and pending aggregates (after a rollback).
  void DiscardTotals();

 private:
  summitwatch::Status InsertRows(int64_t doc, const summitwatch::Document& d, const summitwatch::Coding& c,
                                 std::string_view packed_text);
  void Accumulate(const summitwatch::Document& d, const summitwatch::Coding& c, bool coded);
  /// The tables whose rows are queued across documents.
  std::array<MultiInsert*, 4> Queued() { return {&sentences_, &sentence_areas_, &document_areas_, &mentions_}; }

  Db& db_;
  Stmt document_, issuer_, text_, tone_, commitment_, commitment_actor_, group_total_, area_total_, entity_activity_;
  MultiInsert sentences_, sentence_areas_, document_areas_, mentions_;

  // Area and entity ids are views into the Engine, which outlives every writer of an ingest.
  struct Group {
    std::string dim, key;
    int64_t documents = 0, coded = 0;
    // A codebook has a dozen areas: a short list searched in order beats hashing each id.
    std::vector<std::pair<std::string_view, double>> area_share;
  };
  struct Activity {
    int64_t documents = 0, mentions = 0;
    uint64_t last_doc = 0;  // the document that last counted here: counts each once
    std::string last_date, last_news_date;
  };
  std::unordered_map<std::string, Group> groups_;  // by dim + '\x1f' + key
  // Keys are copies: a mention's id is a view, and the totals must not depend on its buffer
  // outliving the batch (a few thousand entities, one copy each per batch).
  std::unordered_map<std::string, Activity> activity_;
  // activity_ by the address of an entity id: every mention of an entity points at the Engine's
  // one copy of its id, so hashing a pointer finds it without hashing the id's bytes, which was
  // 3 % of the writer's time. The entry keeps activity_'s own copy of the key, compared with the
  // mention's id on every use; an id seen at a new address, or new bytes at an old one (a caller's
  // reused buffer), go through activity_.
  struct IdAddress {
    const char* data;
    size_t size;
    bool operator==(const IdAddress&) const = default;
  };
  struct IdAddressHash {
    size_t operator()(const IdAddress& a) const { return std::hash<const char*>()(a.data) ^ a.size; }
  };
  std::unordered_map<IdAddress, std::pair<std::string_view, Activity*>, IdAddressHash> activity_by_address_;
  std::string group_key_;            // reused lookup buffer
  uint64_t accumulated_ = 0;         // documents accumulated, the stamp of Activity::last_doc
  std::vector<uint8_t> coded_mark_;  // per sentence of the current document: coded with an area
};

}  // namespace sw::store
