// SPDX-License-Identifier: MIT
#include "store/document_writer.h"

#include <algorithm>

namespace sw::store {

using summitwatch::Coding;
using summitwatch::Document;
using summitwatch::Status;

// Row inserts are OR FAIL rather than the default OR ABORT: an aborting multi-row statement must
// be able to undo its own rows, so SQLite opened a statement journal for each one and copied every
// page it touched into it. No constraint fails in practice (the keys are unique by construction),
// and when one does the ingest rolls the whole batch back anyway.
DocumentWriter::DocumentWriter(Db& db)
    : db_(db),
      document_(db, "INSERT OR FAIL INTO documents (hash, id, title, date, year, kind, format, meeting, lang, country, "
                    "source, words, sentences, coded_sentences, bytes, repaired) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"),
      issuer_(db, "INSERT OR IGNORE INTO document_issuers (doc, issuer, position) VALUES (?, ?, ?)"),
      text_(db, "INSERT OR FAIL INTO document_texts (doc, text) VALUES (?, ?)"),
      tone_(db, "INSERT OR FAIL INTO tone (doc, tone, positive, negative, polarity, activity, self_group, words, compound) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      commitment_(db, "INSERT OR FAIL INTO commitments (doc, seq, start, \"end\", sentence, modality, area, deadline) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      commitment_actor_(db, "INSERT OR IGNORE INTO commitment_actors (doc, seq, actor) VALUES (?, ?, ?)"),
      group_total_(db, "INSERT INTO group_totals (dim, key, documents, coded) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (dim, key) DO UPDATE SET documents = documents + excluded.documents, "
                       "coded = coded + excluded.coded"),
      area_total_(db, "INSERT INTO area_totals (dim, key, area, share_sum) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (dim, key, area) DO UPDATE SET share_sum = share_sum + excluded.share_sum"),
      entity_activity_(db, "INSERT INTO entity_activity (entity, documents, mentions, last_date, last_news_date) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity) DO UPDATE SET "
                           "documents = documents + excluded.documents, mentions = mentions + excluded.mentions, "
                           "last_date = nullif(max(coalesce(last_date, ''), coalesce(excluded.last_date, '')), ''), "
                           "last_news_date = nullif(max(coalesce(last_news_date, ''), "
                           "coalesce(excluded.last_news_date, '')), '')"),
      sentences_(db, "INSERT OR FAIL INTO sentences (doc, idx, start, \"end\", tone)", 5),
      sentence_areas_(db, "INSERT OR FAIL INTO sentence_areas (doc, sentence, area, weight, score)", 5),
      document_areas_(db, "INSERT OR FAIL INTO document_areas (doc, area, share)", 3),
      mentions_(db, "INSERT OR FAIL INTO mentions (doc, seq, entity, type, start, \"end\", sentence, stance)", 8) {}

summitwatch::Result<bool> DocumentWriter::Insert(const Document& d, const Coding& c, std::string_view lang,
                                                 const std::string& hash, size_t repaired,
                                                 std::string_view packed_text) {
  size_t coded_sentences = 0;
  coded_mark_.assign(c.sentences.size(), 0);
  for (const auto& sa : c.sentence_areas) {
    if (sa.sentence >= coded_mark_.size()) coded_mark_.resize(sa.sentence + 1, 0);
    coded_sentences += coded_mark_[sa.sentence] == 0;
    coded_mark_[sa.sentence] = 1;
  }
  const std::string_view year = d.date.size() >= 4 ? std::string_view(d.date).substr(0, 4) : std::string_view();

  Stmt& q = document_;
  q.Bind(1, hash);
  q.Bind(2, d.id);
  q.BindOrNull(3, d.title);
  q.BindOrNull(4, d.date);
  if (year.empty()) q.BindNull(5); else q.Bind(5, std::atoi(std::string(year).c_str()));
  q.BindOrNull(6, d.kind);
  q.BindOrNull(7, d.format);
  q.BindOrNull(8, d.meeting);
  q.BindOrNull(9, lang);
  q.BindOrNull(10, d.country);
  q.BindOrNull(11, d.source);
  q.Bind(12, c.words);
  q.Bind(13, c.sentences.size());
  q.Bind(14, coded_sentences);
  q.Bind(15, d.text.size());
  q.Bind(16, repaired);
  if (auto s = q.Run(); !s) return s.error();
  if (sqlite3_changes(db_.get()) == 0) return false;
  const int64_t doc = sqlite3_last_insert_rowid(db_.get());
  if (auto s = InsertRows(doc, d, c, packed_text); !s) return s.error();
  Accumulate(d, c, coded_sentences > 0);
  return true;
}

Status DocumentWriter::InsertRows(int64_t doc, const Document& d, const Coding& c, std::string_view packed_text) {
  int pos = 0;
  for (const auto& issuer : d.issuer) {
    issuer_.Bind(1, doc);
    issuer_.Bind(2, issuer);
    issuer_.Bind(3, pos++);
    if (auto s = issuer_.Run(); !s) return s;
  }
  text_.Bind(1, doc);
  if (packed_text.empty()) {
    text_.Bind(2, d.text);
  } else {
    text_.BindBlob(2, packed_text.data(), packed_text.size());
  }
  if (auto s = text_.Run(); !s) return s;
  // The cells hold numbers and ids that are views into the Engine, so queued rows outlive the
  // document; FlushTotals() sends what is left.
  auto I = [](auto v) { return Cell{static_cast<int64_t>(v)}; };
  for (size_t i = 0; i < c.sentences.size(); ++i) {
    const double tone = i < c.sentence_tone.size() ? c.sentence_tone[i] : 0.0;
    if (auto s = sentences_.Add({doc, I(i), I(c.sentences[i].start), I(c.sentences[i].end), tone}); !s) return s;
  }
  for (const auto& sa : c.sentence_areas) {
    if (auto s = sentence_areas_.Add({doc, I(sa.sentence), sa.area, sa.weight, sa.score}); !s) return s;
  }
  for (const auto& a : c.areas) {
    if (auto s = document_areas_.Add({doc, a.area, a.share}); !s) return s;
  }
  for (size_t i = 0; i < c.mentions.size(); ++i) {
    const auto& m = c.mentions[i];
    const Cell stance = m.stance.empty() ? Cell{} : Cell{m.stance};
    if (auto s = mentions_.Add({doc, I(i), m.entity, m.type, I(m.start), I(m.end), I(m.sentence), stance}); !s) {
      return s;
    }
  }
  const auto& t = c.tone;
  tone_.Bind(1, doc);
  tone_.Bind(2, t.tone);
  tone_.Bind(3, t.positive);
  tone_.Bind(4, t.negative);
  tone_.Bind(5, t.polarity);
  tone_.Bind(6, t.activity);
  tone_.Bind(7, t.self_group);
  tone_.Bind(8, t.words);
  tone_.Bind(9, t.compound);
  if (auto s = tone_.Run(); !s) return s;
  for (size_t i = 0; i < c.commitments.size(); ++i) {
    const auto& k = c.commitments[i];
    commitment_.Bind(1, doc);
    commitment_.Bind(2, i);
    commitment_.Bind(3, k.start);
    commitment_.Bind(4, k.end);
    commitment_.Bind(5, k.sentence);
    commitment_.Bind(6, k.modality);
    commitment_.BindOrNull(7, k.area);
    commitment_.BindOrNull(8, k.deadline);
    if (auto s = commitment_.Run(); !s) return s;
    for (const auto& actor : k.actors) {
      commitment_actor_.Bind(1, doc);
      commitment_actor_.Bind(2, i);
      commitment_actor_.Bind(3, actor);
      if (auto s = commitment_actor_.Run(); !s) return s;
    }
  }
  return {};
}

void DocumentWriter::Accumulate(const Document& d, const Coding& c, bool coded) {
  auto add = [&](std::string_view dim, std::string_view key) {
    group_key_.assign(dim);
    group_key_ += '\x1f';
    group_key_ += key;
    auto it = groups_.find(group_key_);
    if (it == groups_.end()) it = groups_.emplace(group_key_, Group{std::string(dim), std::string(key), 0, 0, {}}).first;
    Group& g = it->second;
    ++g.documents;
    if (!coded) return;
    ++g.coded;
    for (const auto& a : c.areas) {
      auto at = std::find_if(g.area_share.begin(), g.area_share.end(), [&](const auto& e) { return e.first == a.area; });
      if (at == g.area_share.end()) {
        g.area_share.emplace_back(a.area, a.share);
      } else {
        at->second += a.share;
      }
    }
  };
  add("year", d.date.size() >= 4 ? std::string_view(d.date).substr(0, 4) : std::string_view());
  add("format", d.format);
  add("country", d.country);
  if (d.issuer.empty()) add("issuer", {});
  for (size_t i = 0; i < d.issuer.size(); ++i) {
    // Count a document once per issuer even when its list repeats one.
    if (std::find(d.issuer.begin(), d.issuer.begin() + i, d.issuer[i]) == d.issuer.begin() + i) add("issuer", d.issuer[i]);
  }
  const uint64_t stamp = ++accumulated_;
  for (const auto& m : c.mentions) {
    // The bytes are compared too: an address says where an id is, not which (a caller may reuse
    // a buffer), and a short compare is still cheaper than hashing.
    auto& [id, slot] = activity_by_address_[IdAddress{m.entity.data(), m.entity.size()}];
    if (!slot || id != m.entity) {
      const auto it = activity_.try_emplace(std::string(m.entity)).first;
      id = it->first;
      slot = &it->second;
    }
    Activity& a = *slot;
    ++a.mentions;
    if (a.last_doc == stamp) continue;
    a.last_doc = stamp;
    ++a.documents;
    if (d.date > a.last_date) a.last_date = d.date;
    if (d.kind == "news" && d.date > a.last_news_date) a.last_news_date = d.date;
  }
}

Status DocumentWriter::FlushTotals() {
  for (MultiInsert* m : Queued()) {
    if (auto s = m->Flush(); !s) return s;
  }
  for (const auto& [k, g] : groups_) {
    group_total_.Bind(1, g.dim);
    group_total_.Bind(2, g.key);
    group_total_.Bind(3, g.documents);
    group_total_.Bind(4, g.coded);
    if (auto s = group_total_.Run(); !s) return s;
    for (const auto& [area, sum] : g.area_share) {
      area_total_.Bind(1, g.dim);
      area_total_.Bind(2, g.key);
      area_total_.Bind(3, area);
      area_total_.Bind(4, sum);
      if (auto s = area_total_.Run(); !s) return s;
    }
  }
  for (const auto& [entity, a] : activity_) {
    entity_activity_.Bind(1, entity);
    entity_activity_.Bind(2, a.documents);
    entity_activity_.Bind(3, a.mentions);
    entity_activity_.BindOrNull(4, a.last_date);
    entity_activity_.BindOrNull(5, a.last_news_date);
    if (auto s = entity_activity_.Run(); !s) return s;
  }
  DiscardTotals();
  return {};
}

void DocumentWriter::DiscardTotals() {
  for (MultiInsert* m : Queued()) m->Clear();
  groups_.clear();
  activity_.clear();
  activity_by_address_.clear();
}

}  // namespace sw::store
