// SPDX-License-Identifier: MIT
// One document with its coding, read back from the store for `show`.
#include <fmt/format.h>

#include <algorithm>

#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;

bool LooksLikeHashPrefix(const std::string& s) {
  return s.size() >= 6 && s.size() <= 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The internal key of the document named by `key`: an exact id first, else a hash prefix.
Result<int64_t> Resolve(const sw::store::Db& db, const std::string& key) {
  std::vector<std::pair<int64_t, std::string>> found;
  Stmt by_id(db, "SELECT doc, hash FROM documents WHERE id = ? ORDER BY doc");
  by_id.Bind(1, key);
  while (by_id.Step()) found.emplace_back(by_id.Int(0), std::string(by_id.Text(1)));
  if (!by_id.status()) return by_id.status().error();
  if (found.empty() && LooksLikeHashPrefix(key)) {
    // Hex digits sort in ASCII order, so a prefix is a range of the hash index.
    Stmt by_hash(db, "SELECT doc, hash FROM documents WHERE hash >= ?1 AND hash < ?1 || 'g' ORDER BY doc LIMIT 10");
    by_hash.Bind(1, key);
    while (by_hash.Step()) found.emplace_back(by_hash.Int(0), std::string(by_hash.Text(1)));
    if (!by_hash.status()) return by_hash.status().error();
  }
  if (found.empty()) return MakeError(ErrorCode::kNotFound, fmt::format("no document '{}' in the store.", key), key);
  if (found.size() > 1) {
    std::string hashes;
    for (const auto& [doc, hash] : found) hashes += (hashes.empty() ? "" : ", ") + hash.substr(0, 12);
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("'{}' names {} documents; give a hash prefix instead: {}.", key, found.size(), hashes),
                     key);
  }
  return found.front().first;
}

std::string Str(const Stmt& q, int c) { return std::string(q.Text(c)); }

}  // namespace

Result<StoredDocument> GetDocument(const Store& store, const std::string& key) {
  const auto& db = store.impl().db;
  auto doc = Resolve(db, key);
  if (!doc) return doc.error();
  StoredDocument out;
  Document& d = out.doc;
  Stmt q(db, "SELECT id, title, date, kind, format, meeting, lang, country, source, hash, words, sw_text(text) "
             "FROM documents JOIN document_texts USING (doc) WHERE doc = ?");
  q.Bind(1, *doc);
  if (!q.Step()) return q.status() ? MakeError(ErrorCode::kInternal, "document text missing.") : q.status().error();
  for (auto [col, field] : {std::pair{0, &d.id}, {1, &d.title}, {2, &d.date}, {3, &d.kind}, {4, &d.format},
                            {5, &d.meeting}, {6, &d.lang}, {7, &d.country}, {8, &d.source}, {9, &out.hash},
                            {11, &d.text}}) {
    *field = Str(q, col);
  }
  out.words = static_cast<uint32_t>(q.Int(10));

  Stmt issuers(db, "SELECT issuer FROM document_issuers WHERE doc = ? ORDER BY position");
  issuers.Bind(1, *doc);
  while (issuers.Step()) d.issuer.push_back(Str(issuers, 0));

  Stmt areas(db, "SELECT area, share FROM document_areas WHERE doc = ? ORDER BY share DESC, area");
  areas.Bind(1, *doc);
  while (areas.Step()) out.areas.emplace_back(Str(areas, 0), areas.Real(1));

  Stmt sentences(db, "SELECT start, \"end\", tone FROM sentences WHERE doc = ? ORDER BY idx");
  sentences.Bind(1, *doc);
  while (sentences.Step()) {
    out.sentences.push_back({static_cast<uint32_t>(sentences.Int(0)), static_cast<uint32_t>(sentences.Int(1)),
                             sentences.Real(2), {}});
  }
  Stmt sa(db, "SELECT sentence, area, weight FROM sentence_areas WHERE doc = ? ORDER BY sentence, weight DESC, area");
  sa.Bind(1, *doc);
  while (sa.Step()) {
    const auto s = static_cast<size_t>(sa.Int(0));
    if (s < out.sentences.size()) out.sentences[s].areas.emplace_back(Str(sa, 1), sa.Real(2));
  }
  Stmt mentions(db, "SELECT entity, type, stance, start, \"end\", sentence FROM mentions WHERE doc = ? ORDER BY seq");
  mentions.Bind(1, *doc);
  while (mentions.Step()) {
    out.mentions.push_back({Str(mentions, 0), Str(mentions, 1), Str(mentions, 2),
                            static_cast<uint32_t>(mentions.Int(3)), static_cast<uint32_t>(mentions.Int(4)),
                            static_cast<uint32_t>(mentions.Int(5))});
  }
  Stmt tone(db, "SELECT tone, positive, negative, polarity, activity, self_group, words, compound FROM tone WHERE doc = ?");
  tone.Bind(1, *doc);
  if (tone.Step()) {
    out.tone = {tone.Real(0), tone.Real(1), tone.Real(2), tone.Real(3), tone.Real(4), tone.Real(5),
                static_cast<uint32_t>(tone.Int(6)), tone.Real(7)};
  }
  Stmt commitments(db, "SELECT seq, start, \"end\", sentence, modality, area, deadline FROM commitments "
                       "WHERE doc = ? ORDER BY seq");
  commitments.Bind(1, *doc);
  Stmt actors(db, "SELECT actor FROM commitment_actors WHERE doc = ? AND seq = ?");
  while (commitments.Step()) {
    StoredDocument::Commitment k{static_cast<uint32_t>(commitments.Int(1)), static_cast<uint32_t>(commitments.Int(2)),
                                 static_cast<uint32_t>(commitments.Int(3)), {}, Str(commitments, 4),
                                 Str(commitments, 5), Str(commitments, 6)};
    actors.Bind(1, *doc);
    actors.Bind(2, commitments.Int(0));
    while (actors.Step()) k.actors.push_back(Str(actors, 0));
    actors.Reset();
    out.commitments.push_back(std::move(k));
  }
  for (const Stmt* s : {&issuers, &areas, &sentences, &sa, &mentions, &tone, &commitments, &actors}) {
    if (!s->status()) return s->status().error();
  }
  return out;
}

}  // namespace summitwatch
