// SPDX-License-Identifier: MIT
#include "store/migrations.h"

#include <fmt/format.h>

#include <string_view>

namespace sw::store {
namespace {

// Version 1. Child tables refer to documents by the integer `doc` and cluster on it (WITHOUT
// ROWID), so a document's rows are contiguous on disk and appending a document appends pages.
// Ids of areas, entities and stances are stored as text: a store is meant to be read with the
// sqlite3 shell too, and the dictionary of ids would save little once pages are compressed by
// the file system.
constexpr std::string_view kSchema1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,          -- SHA-256 (hex) of the repaired text and the metadata
  id TEXT NOT NULL,
  title TEXT, date TEXT, year INTEGER, kind TEXT, format TEXT, meeting TEXT,
  lang TEXT, country TEXT, source TEXT,
  words INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  coded_sentences INTEGER NOT NULL,   -- sentences coded with at least one area
  bytes INTEGER NOT NULL,
  repaired INTEGER NOT NULL           -- invalid UTF-8 sequences replaced on the way in
);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_format ON documents (format) WHERE format IS NOT NULL;

CREATE TABLE document_issuers (
  doc INTEGER NOT NULL, issuer TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (doc, issuer)) WITHOUT ROWID;
CREATE INDEX document_issuers_issuer ON document_issuers (issuer, doc);

-- The text apart, so that scans of documents stay small.
CREATE TABLE document_texts (doc INTEGER PRIMARY KEY, text TEXT NOT NULL);

CREATE TABLE sentences (
  doc INTEGER NOT NULL, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  tone REAL NOT NULL,                 -- compound, in [-1, 1]
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;

CREATE TABLE sentence_areas (
  doc INTEGER NOT NULL, sentence INTEGER NOT NULL, area TEXT NOT NULL,
  weight REAL NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (doc, sentence, area)) WITHOUT ROWID;

CREATE TABLE document_areas (
  doc INTEGER NOT NULL, area TEXT NOT NULL, share REAL NOT NULL,
  PRIMARY KEY (doc, area)) WITHOUT ROWID;

CREATE TABLE mentions (
  doc INTEGER NOT NULL, seq INTEGER NOT NULL,
  entity TEXT NOT NULL, type TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
  stance TEXT,
  PRIMARY KEY (doc, seq)) WITHOUT ROWID;
-- No index on entity: maintaining one cost a fifth of ingest's writing time (a tree descent per
-- mention), while a question about one entity reads the mentions once (about a second per million
-- documents) and the registry reads entity_activity.

CREATE TABLE tone (
  doc INTEGER PRIMARY KEY,
  tone REAL NOT NULL, positive REAL NOT NULL, negative REAL NOT NULL, polarity REAL NOT NULL,
  activity REAL NOT NULL, self_group REAL NOT NULL, words INTEGER NOT NULL, compound REAL NOT NULL);

CREATE TABLE commitments (
  doc INTEGER NOT NULL, seq INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
  modality TEXT NOT NULL, area TEXT, deadline TEXT,
  PRIMARY KEY (doc, seq)) WITHOUT ROWID;
CREATE TABLE commitment_actors (
  doc INTEGER NOT NULL, seq INTEGER NOT NULL, actor TEXT NOT NULL,
  PRIMARY KEY (doc, seq, actor)) WITHOUT ROWID;
CREATE INDEX commitment_actors_actor ON commitment_actors (actor);

-- Aggregates maintained by ingest, in the same transactions as the documents, so that questions
-- over millions of documents read a few hundred rows. dim is 'year', 'issuer' or 'format'; key
-- is '' for documents without one.
CREATE TABLE group_totals (
  dim TEXT NOT NULL, key TEXT NOT NULL,
  documents INTEGER NOT NULL, coded INTEGER NOT NULL,   -- coded: with at least one area
  PRIMARY KEY (dim, key)) WITHOUT ROWID;
CREATE TABLE area_totals (
  dim TEXT NOT NULL, key TEXT NOT NULL, area TEXT NOT NULL,
  share_sum REAL NOT NULL,             -- sum over the group's documents of the area's share
  PRIMARY KEY (dim, key, area)) WITHOUT ROWID;
CREATE TABLE entity_activity (
  entity TEXT PRIMARY KEY,
  documents INTEGER NOT NULL, mentions INTEGER NOT NULL,
  last_date TEXT, last_news_date TEXT) WITHOUT ROWID;

-- The knowledge base, as loaded from data/kb by init and ingest.
CREATE TABLE entities (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, file TEXT, line INTEGER) WITHOUT ROWID;
CREATE TABLE aliases (
  entity TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL,
  valid_from INTEGER, valid_to INTEGER);   -- yyyymmdd, inclusive; NULL when unbounded
CREATE INDEX aliases_entity ON aliases (entity);
CREATE TABLE formats (
  id TEXT PRIMARY KEY, initiator TEXT, initiator_kind TEXT, founded TEXT,
  secretariat TEXT, host_rotation TEXT) WITHOUT ROWID;
CREATE TABLE bodies (
  id TEXT PRIMARY KEY, kind TEXT, of TEXT, established TEXT, decided TEXT,
  seat TEXT, seat_country TEXT) WITHOUT ROWID;
CREATE TABLE members (
  entity TEXT NOT NULL, member TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (entity, member)) WITHOUT ROWID;
CREATE TABLE cadences (
  entity TEXT NOT NULL, level TEXT NOT NULL, every_months INTEGER);
CREATE TABLE meetings (
  id TEXT PRIMARY KEY, format TEXT, number INTEGER, level TEXT,
  date TEXT, end_date TEXT, city TEXT, host TEXT) WITHOUT ROWID;
CREATE INDEX meetings_format ON meetings (format, date);
)sql";

// Version 2. Analysts' commitment scores (docs/METHODS.md, "Scoring"): append-only, the latest
// row per (commitment, member) is current. A commitment is named by its document's content hash
// and its seq, which survive re-ingesting into a new store; `commitment` keeps the id shown.
constexpr std::string_view kSchema2 = R"sql(
CREATE TABLE commitment_scores (
  id INTEGER PRIMARY KEY,             -- order of recording
  commitment TEXT NOT NULL,           -- '<document id>#<n>' as shown, n = seq + 1
  doc_hash TEXT NOT NULL, seq INTEGER NOT NULL,
  member TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score IN (-1, 0, 1)),
  note TEXT, source TEXT,
  recorded_at TEXT NOT NULL);         -- UTC, ISO 8601
CREATE INDEX commitment_scores_key ON commitment_scores (doc_hash, seq, member, id);
CREATE TRIGGER commitment_scores_no_update BEFORE UPDATE ON commitment_scores
  BEGIN SELECT RAISE(ABORT, 'commitment scores are append-only'); END;
CREATE TRIGGER commitment_scores_no_delete BEFORE DELETE ON commitment_scores
  BEGIN SELECT RAISE(ABORT, 'commitment scores are append-only'); END;
)sql";

// Version 3. Agreements of the knowledge base with the meeting they were signed at, so that the
// report can name by default what a regional format produced (docs/METHODS.md, "Acknowledgement
// network"). The fingerprint is dropped so that the next knowledge-base load fills the table.
constexpr std::string_view kSchema3 = R"sql(
CREATE TABLE agreements (
  id TEXT PRIMARY KEY, kind TEXT, signed TEXT, meeting TEXT) WITHOUT ROWID;
DELETE FROM meta WHERE key = 'kb_fingerprint';
)sql";

// Version 4. document_texts.text may hold a BLOB with the text as one zstd frame (src/store/
// text_codec.h); readers go through sw_text(). Rows written before stay TEXT and read the same,
// so nothing is rewritten; the version is raised so that older builds, which would hand out the
// compressed bytes as text, refuse the store instead.
constexpr std::string_view kSchema4 = R"sql(
INSERT OR REPLACE INTO meta (key, value) VALUES ('text_encoding', 'zstd frame (BLOB) or plain (TEXT); read with sw_text');
)sql";

// Version 5. No index on documents.date: every document inserted a random entry into it, and on
// the million-document benchmark its upkeep was an eighth of ingest's time (74 s → 65 s). Date
// filters (--from, --to) now read the documents table, which they mostly did anyway next to the
// other filters: a few tenths of a second per million documents.
constexpr std::string_view kSchema5 = R"sql(
DROP INDEX IF EXISTS documents_date;
)sql";

constexpr std::string_view kMigrations[] = {kSchema1, kSchema2, kSchema3, kSchema4, kSchema5};

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

summitwatch::Status Migrate(Db& db, int from) {
  for (int v = from + 1; v <= LatestSchemaVersion(); ++v) {
    const std::string doing = fmt::format("migrating to schema version {}", v);
    if (auto s = db.Exec("BEGIN IMMEDIATE", doing); !s) return s;
    summitwatch::Status s = db.Exec(kMigrations[v - 1], doing);
    if (s) s = db.Exec(fmt::format("PRAGMA user_version = {}", v), doing);
    if (s) s = db.Exec("COMMIT", doing);
    if (!s) {
      (void)db.Exec("ROLLBACK");
      return s;
    }
  }
  return {};
}

}  // namespace sw::store
