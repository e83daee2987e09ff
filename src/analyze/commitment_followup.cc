// SPDX-License-Identifier: MIT
// Commitment follow-up, analyst scores and compliance (docs/METHODS.md, "Follow-up" and
// "Scoring"). The follow-up is computed on every call from the stored commitments, sentences
// and mentions; only the analysts' scores are stored (table commitment_scores, append-only).
#include "analyze/commitment_followup.h"
#include "kb/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "analyze/cue_words.h"
#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::analyze::HasPhrase;
using sw::analyze::LowerWords;
using sw::analyze::OneLine;
using sw::store::Stmt;

size_t CodePoints(std::string_view w) {
  size_t n = 0;
  for (unsigned char c : w) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Prefix(std::string_view w, size_t letters) {
  size_t seen = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if ((static_cast<unsigned char>(w[i]) & 0xC0) != 0x80 && seen++ == letters) return std::string(w.substr(0, i));
  }
  return std::string(w);
}

bool IsNumber(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A deadline passes at the end of the period it names; "annually" and the like never pass.
bool DeadlinePassed(const std::string& d, const std::string& as_of) {
  auto digits = [&](size_t from, size_t len) {
    return d.size() >= from + len && IsNumber(std::string_view(d).substr(from, len));
  };
  std::string end;
  if (d.size() == 4 && digits(0, 4)) end = d + "-12-31";
  else if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) end = d + "-31";
  else if (d.size() == 10 && digits(0, 4) && d[4] == '-' && d[7] == '-') end = d;
  else return false;
  return end < as_of;
}

struct Doc {
  std::string id, hash, date, kind, format, text;
  int64_t year = 0;
  std::set<std::string> entities;  // issuers, format and every mention
};

struct Sent {
  int64_t doc;
  uint32_t start, end;
  std::vector<int> stems;            // sorted ids
  std::set<std::string> entities;    // mentioned in the sentence
};

struct Raw {
  int64_t doc, seq;
  uint32_t start, end;
  std::string modality, area, deadline;
  std::vector<std::string> actors;
};

class Corpus {
 public:
  Corpus(const sw::store::Db& db, const FollowupCues& cues) : db_(db), cues_(cues) {
    ignore_.insert(cues.ignore.begin(), cues.ignore.end());
  }

  Status Load() {
    Stmt d(db_, "SELECT doc, id, hash, date, kind, format, year, sw_text(text) FROM documents JOIN document_texts USING (doc)");
    while (d.Step()) {
      Doc x{std::string(d.Text(1)), std::string(d.Text(2)), std::string(d.Text(3)), std::string(d.Text(4)),
            std::string(d.Text(5)), std::string(d.Text(7)), d.Int(6), {}};
      if (!x.format.empty()) x.entities.insert(x.format);
      docs_.emplace(d.Int(0), std::move(x));
    }
    if (!d.status()) return d.status().error();
    Stmt iss(db_, "SELECT doc, issuer FROM document_issuers");
    while (iss.Step()) docs_[iss.Int(0)].entities.insert(std::string(iss.Text(1)));
    if (!iss.status()) return iss.status().error();

    std::map<std::pair<int64_t, int64_t>, size_t> index;
    Stmt s(db_, "SELECT s.doc, s.idx, s.start, s.\"end\" FROM sentences s JOIN documents d ON d.doc = s.doc "
                "WHERE d.date IS NOT NULL AND d.date <> '' ORDER BY d.date, s.doc, s.idx");
    std::unordered_map<int, int> df;
    while (s.Step()) {
      const auto& doc = docs_[s.Int(0)];
      Sent x{s.Int(0), static_cast<uint32_t>(s.Int(2)), static_cast<uint32_t>(s.Int(3)), {}, {}};
      if (x.end > doc.text.size() || x.start > x.end) continue;
      x.stems = Stems(std::string_view(doc.text).substr(x.start, x.end - x.start), true);
      for (int id : x.stems) ++df[id];
      index[{s.Int(0), s.Int(1)}] = sents_.size();
      sents_.push_back(std::move(x));
    }
    if (!s.status()) return s.status().error();
    Stmt m(db_, "SELECT doc, sentence, entity FROM mentions");
    while (m.Step()) {
      std::string e(m.Text(2));
      docs_[m.Int(0)].entities.insert(e);
      if (auto it = index.find({m.Int(0), m.Int(1)}); it != index.end()) sents_[it->second].entities.insert(e);
    }
    if (!m.status()) return m.status().error();
    const double n = static_cast<double>(std::max<size_t>(sents_.size(), 1));
    idf_.assign(stem_ids_.size(), std::log(1 + n));
    for (auto [id, f] : df) idf_[static_cast<size_t>(id)] = std::log(1 + n / f);
    return {};
  }

  // The object stems of `text`, sorted and unique. Stems not seen in the corpus get ids too
  // (when `add`) or are kept with the largest weight (else).
  std::vector<int> Stems(std::string_view text, bool add) {
    std::vector<int> out;
    for (const auto& w : LowerWords(text)) {
      if (CodePoints(w) < cues_.min_letters || IsNumber(w) || ignore_.count(w)) continue;
      std::string stem = Prefix(w, cues_.stem_letters);
      auto it = stem_ids_.find(stem);
      if (it == stem_ids_.end()) {
        if (!add) {
          unseen_.push_back(stem);
          it = stem_ids_.emplace(stem, static_cast<int>(stem_ids_.size())).first;
          idf_.push_back(std::log(1 + static_cast<double>(std::max<size_t>(sents_.size(), 1))));
        } else {
          it = stem_ids_.emplace(stem, static_cast<int>(stem_ids_.size())).first;
        }
        stems_.push_back(stem);
      }
      out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  Result<std::vector<Raw>> Commitments(int64_t only_doc = -1, int64_t only_seq = -1) {
    std::vector<Raw> out;
    Stmt c(db_, "SELECT c.doc, c.seq, c.start, c.\"end\", c.modality, c.area, c.deadline FROM commitments c "
                "JOIN documents d ON d.doc = c.doc WHERE (?1 < 0 OR c.doc = ?1) AND (?2 < 0 OR c.seq = ?2) "
                "ORDER BY d.date IS NULL, d.date, d.id, c.doc, c.seq");
    c.Bind(1, only_doc);
    c.Bind(2, only_seq);
    Stmt a(db_, "SELECT actor FROM commitment_actors WHERE doc = ? AND seq = ? ORDER BY actor");
    while (c.Step()) {
      Raw r{c.Int(0), c.Int(1), static_cast<uint32_t>(c.Int(2)), static_cast<uint32_t>(c.Int(3)),
            std::string(c.Text(4)), std::string(c.Text(5)), std::string(c.Text(6)), {}};
      a.Bind(1, r.doc);
      a.Bind(2, r.seq);
      while (a.Step()) r.actors.emplace_back(a.Text(0));
      a.Reset();
      out.push_back(std::move(r));
    }
    if (!c.status()) return c.status().error();
    if (!a.status()) return a.status().error();
    return out;
  }

  FollowedCommitment Follow(const Raw& r, const std::string& as_of) {
    const Doc& d = docs_[r.doc];
    FollowedCommitment f;
    f.id = fmt::format("{}#{}", d.id, r.seq + 1);
    f.document = d.id;
    f.date = d.date;
    f.kind = d.kind;
    f.format = d.format;
    f.year = d.year;
    f.modality = r.modality;
    f.area = r.area;
    f.deadline = r.deadline;
    f.actors = r.actors;
    if (r.end <= d.text.size() && r.start <= r.end) f.text = OneLine(std::string_view(d.text).substr(r.start, r.end - r.start));
    f.deadline_passed = DeadlinePassed(r.deadline, as_of);

    std::set<std::string> who(r.actors.begin(), r.actors.end());
    if (!d.format.empty()) who.insert(d.format);
    const std::vector<int> object = Stems(f.text, false);
    double total = 0;
    for (int id : object) total += idf_[static_cast<size_t>(id)];

    std::vector<Evidence> found;
    if (!d.date.empty() && total > 0) {
      std::vector<int> shared;
      for (const Sent& s : sents_) {
        const Doc& e = docs_[s.doc];
        if (s.doc == r.doc || e.date <= d.date) continue;
        shared.clear();
        std::set_intersection(object.begin(), object.end(), s.stems.begin(), s.stems.end(), std::back_inserter(shared));
        if (shared.size() < cues_.min_shared) continue;
        auto meets = [&](const std::set<std::string>& ents) {
          return std::any_of(ents.begin(), ents.end(), [&](const std::string& x) { return who.count(x) > 0; });
        };
        double bonus;
        if (meets(s.entities)) bonus = cues_.actor_in_sentence;
        else if (meets(e.entities)) bonus = cues_.actor_in_document;
        else continue;
        double got = 0;
        for (int id : shared) got += idf_[static_cast<size_t>(id)];
        const double score = got / total + bonus;
        if (score < cues_.threshold) continue;
        Evidence ev;
        ev.document = e.id;
        ev.date = e.date;
        ev.kind = e.kind;
        ev.score = score;
        ev.sentence = OneLine(std::string_view(e.text).substr(s.start, s.end - s.start));
        const auto words = LowerWords(ev.sentence);
        if (HasPhrase(words, cues_.negation)) ev.signal = "negation";
        else if (HasPhrase(words, cues_.completion)) ev.signal = "completion";
        else if (HasPhrase(words, cues_.progress)) ev.signal = "progress";
        for (int id : shared) ev.shared.push_back(stems_[static_cast<size_t>(id)]);
        found.push_back(std::move(ev));
      }
    }
    // Status from every item above the threshold: the latest completion or negation decides.
    f.status = found.empty() ? "no-evidence" : "in-progress";
    std::string latest;
    for (const auto& ev : found) {
      if ((ev.signal == "completion" || ev.signal == "negation") && ev.date >= latest) {
        latest = ev.date;
        f.status = ev.signal == "completion" ? "done" : "contradicted";
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const Evidence& a, const Evidence& b) {
      if (a.score != b.score) return a.score > b.score;
      return a.date < b.date;
    });
    if (found.size() > cues_.top) found.resize(cues_.top);
    f.evidence = std::move(found);
    return f;
  }

 private:
  const sw::store::Db& db_;
  const FollowupCues& cues_;
  std::set<std::string, std::less<>> ignore_;
  std::map<int64_t, Doc> docs_;
  std::vector<Sent> sents_;
  std::unordered_map<std::string, int> stem_ids_;
  std::vector<std::string> stems_;
  std::vector<std::string> unseen_;
  std::vector<double> idf_;
};

bool LooksLikeHashPrefix(const std::string& s) {
  return s.size() >= 6 && s.size() <= 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

struct Ref {
  int64_t doc = 0, seq = 0;
  std::string hash, id;  // id: canonical "<document id>#<n>"
};

// "<document id or hash prefix>#<n>" to the stored commitment.
Result<Ref> ResolveCommitment(const sw::store::Db& db, const std::string& key) {
  const auto hash_at = key.rfind('#');
  const std::string doc_key = hash_at == std::string::npos ? key : key.substr(0, hash_at);
  const std::string n = hash_at == std::string::npos ? "" : key.substr(hash_at + 1);
  if (doc_key.empty() || n.empty() || n.size() > 6 || !IsNumber(n) || std::stoi(n) < 1) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("'{}' is not a commitment id: give <document id>#<n>, n from 1, as listed by "
                                 "`summitwatch commitments`.", key), key);
  }
  std::vector<std::tuple<int64_t, std::string, std::string>> found;
  Stmt by_id(db, "SELECT doc, hash, id FROM documents WHERE id = ? ORDER BY doc");
  by_id.Bind(1, doc_key);
  while (by_id.Step()) found.emplace_back(by_id.Int(0), by_id.Text(1), by_id.Text(2));
  if (!by_id.status()) return by_id.status().error();
  if (found.empty() && LooksLikeHashPrefix(doc_key)) {
    Stmt by_hash(db, "SELECT doc, hash, id FROM documents WHERE hash >= ?1 AND hash < ?1 || 'g' ORDER BY doc LIMIT 10");
    by_hash.Bind(1, doc_key);
    while (by_hash.Step()) found.emplace_back(by_hash.Int(0), by_hash.Text(1), by_hash.Text(2));
    if (!by_hash.status()) return by_hash.status().error();
  }
  if (found.empty()) return MakeError(ErrorCode::kNotFound, fmt::format("no document '{}' in the store.", doc_key), key);
  if (found.size() > 1) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("'{}' names {} documents; give a hash prefix instead of the document id.", doc_key,
                                 found.size()), key);
  }
  Ref r{std::get<0>(found[0]), std::stoi(n) - 1, std::get<1>(found[0]), {}};
  r.id = fmt::format("{}#{}", std::get<2>(found[0]), r.seq + 1);
  Stmt c(db, "SELECT count(*) FROM commitments WHERE doc = ?");
  c.Bind(1, r.doc);
  const int64_t count = c.Step() ? c.Int(0) : 0;
  if (!c.status()) return c.status().error();
  if (r.seq >= count) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("no commitment {} in the store: document '{}' has {} commitment{}.", key, doc_key, count,
                                 count == 1 ? "" : "s"), key);
  }
  return r;
}

template <typename T>
bool AnyOf(const std::vector<T>& want, const std::string& v) {
  return want.empty() || std::find(want.begin(), want.end(), v) != want.end();
}

std::vector<std::vector<std::string>> Phrases(const YAML::Node& n) {
  std::vector<std::vector<std::string>> out;
  if (n && n.IsSequence()) {
    for (const auto& p : n) out.push_back(LowerWords(p.as<std::string>()));
  }
  return out;
}

}  // namespace

Result<FollowupCues> LoadFollowupCues(const std::string& path) {
  FollowupCues c;
  try {
    YAML::Node y = sw::kb::LoadYaml(path);
    auto num = [&](const char* k, auto& v) {
      if (y[k]) v = y[k].as<std::remove_reference_t<decltype(v)>>();
    };
    num("min_letters", c.min_letters);
    num("stem_letters", c.stem_letters);
    num("min_shared", c.min_shared);
    num("top", c.top);
    num("threshold", c.threshold);
    num("actor_in_sentence", c.actor_in_sentence);
    num("actor_in_document", c.actor_in_document);
    if (y["ignore"]) {
      for (const auto& w : y["ignore"]) {
        for (auto& x : LowerWords(w.as<std::string>())) c.ignore.push_back(std::move(x));
      }
    }
    c.completion = Phrases(y["completion"]);
    c.progress = Phrases(y["progress"]);
    c.negation = Phrases(y["negation"]);
  } catch (const YAML::BadFile&) {
    return MakeError(ErrorCode::kNotFound, fmt::format("cannot read the follow-up word lists {}.", path), path);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: {}.", path, e.what()), path);
  }
  if (c.stem_letters == 0 || c.top == 0) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: stem_letters and top must be positive.", path), path);
  }
  return c;
}

Result<std::vector<FollowedCommitment>> FollowCommitments(const Store& store, const FollowupCues& cues,
                                                          const CommitmentFilter& filter) {
  const std::string as_of = filter.as_of.empty() ? sw::analyze::Today() : filter.as_of;
  Corpus corpus(store.impl().db, cues);
  if (auto s = corpus.Load(); !s) return s.error();
  auto raw = corpus.Commitments();
  if (!raw) return raw.error();
  std::vector<FollowedCommitment> out;
  for (const Raw& r : *raw) {
    FollowedCommitment f = corpus.Follow(r, as_of);
    if (!AnyOf(filter.format, f.format) || !AnyOf(filter.area, f.area)) continue;
    if (filter.deadline_passed && !f.deadline_passed) continue;
    if (!filter.member.empty() && std::none_of(f.actors.begin(), f.actors.end(), [&](const std::string& a) {
          return AnyOf(filter.member, a);
        })) {
      continue;
    }
    if (!AnyOf(filter.status, f.status)) continue;
    out.push_back(std::move(f));
  }
  return out;
}

Result<FollowedCommitment> FollowCommitment(const Store& store, const FollowupCues& cues, const std::string& id,
                                            const std::string& as_of) {
  const auto& db = store.impl().db;
  auto ref = ResolveCommitment(db, id);
  if (!ref) return ref.error();
  Corpus corpus(db, cues);
  if (auto s = corpus.Load(); !s) return s.error();
  auto raw = corpus.Commitments(ref->doc, ref->seq);
  if (!raw) return raw.error();
  if (raw->empty()) return MakeError(ErrorCode::kNotFound, fmt::format("no commitment {} in the store.", id), id);
  return corpus.Follow(raw->front(), as_of.empty() ? sw::analyze::Today() : as_of);
}

Table CommitmentsTable(const std::vector<FollowedCommitment>& list) {
  Table t;
  t.title = "Commitments with their proposed follow-up status (docs/METHODS.md, \"Follow-up\")";
  using K = Column::Kind;
  t.columns = {{"id", K::kText},       {"document", K::kText}, {"date", K::kText},     {"actors", K::kText},
               {"modality", K::kText}, {"area", K::kText},     {"deadline", K::kText}, {"status", K::kText},
               {"evidence", K::kInt}};
  auto opt = [](const std::string& s) { return s.empty() ? Value{} : Value{s}; };
  for (const auto& f : list) {
    std::string actors;
    for (const auto& a : f.actors) actors += (actors.empty() ? "" : " ") + a;
    t.rows.push_back({f.id, f.document, opt(f.date), opt(actors), f.modality, opt(f.area),
                      opt(f.deadline + (f.deadline_passed ? " (passed)" : "")), f.status,
                      static_cast<int64_t>(f.evidence.size())});
  }
  return t;
}

Status RecordScore(const Store& store, const std::string& commitment_id, const Score& score) {
  auto& db = store.impl().db;
  if (score.score < -1 || score.score > 1) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("--score must be -1, 0 or 1, not '{}'.", score.score));
  }
  Stmt m(db, "SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?1 AND type IN ('country', 'organisation')) OR "
             "EXISTS (SELECT 1 FROM members WHERE member = ?1)");
  m.Bind(1, score.member);
  const bool known = m.Step() && m.Int(0) != 0;
  if (!m.status()) return m.status().error();
  if (!known) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("unknown member '{}': give the id of a country or organisation of the knowledge "
                                 "base (e.g. KAZ).", score.member), score.member);
  }
  auto ref = ResolveCommitment(db, commitment_id);
  if (!ref) return ref.error();
  Stmt ins(db, "INSERT INTO commitment_scores (commitment, doc_hash, seq, member, score, note, source, recorded_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
  ins.Bind(1, ref->id);
  ins.Bind(2, ref->hash);
  ins.Bind(3, ref->seq);
  ins.Bind(4, score.member);
  ins.Bind(5, score.score);
  ins.BindOrNull(6, score.note);
  ins.BindOrNull(7, score.source);
  return ins.Run();
}

Result<std::vector<Score>> ScoreHistory(const Store& store, const std::string& commitment_id) {
  const auto& db = store.impl().db;
  auto ref = ResolveCommitment(db, commitment_id);
  if (!ref) return ref.error();
  Stmt q(db, "SELECT member, score, note, source, recorded_at FROM commitment_scores WHERE doc_hash = ? AND seq = ? "
             "ORDER BY id");
  q.Bind(1, ref->hash);
  q.Bind(2, ref->seq);
  std::vector<Score> out;
  while (q.Step()) {
    out.push_back({std::string(q.Text(0)), static_cast<int>(q.Int(1)), std::string(q.Text(2)), std::string(q.Text(3)),
                   std::string(q.Text(4)), ref->id});
  }
  if (!q.status()) return q.status().error();
  return out;
}

Result<Table> Compliance(const Store& store, ComplianceBy by) {
  const auto& db = store.impl().db;
  // The current score of each (commitment, member): its latest row.
  Stmt q(db, "SELECT s.doc_hash, s.seq, s.member, s.score, d.format, d.year, c.area FROM commitment_scores s "
             "LEFT JOIN documents d ON d.hash = s.doc_hash LEFT JOIN commitments c ON c.doc = d.doc AND c.seq = s.seq "
             "WHERE s.id = (SELECT max(t.id) FROM commitment_scores t "
             "              WHERE t.doc_hash = s.doc_hash AND t.seq = s.seq AND t.member = s.member)");
  struct Group {
    std::set<std::pair<std::string, int64_t>> commitments;
    int64_t scores = 0, sum = 0;
  };
  std::map<std::string, Group> groups;
  while (q.Step()) {
    std::string key;
    switch (by) {
      case ComplianceBy::kFormat: key = q.Text(4); break;
      case ComplianceBy::kMember: key = q.Text(2); break;
      case ComplianceBy::kArea: key = q.Text(6); break;
      case ComplianceBy::kYear: key = q.IsNull(5) ? "" : std::to_string(q.Int(5)); break;
    }
    Group& g = groups[key];
    g.commitments.emplace(std::string(q.Text(0)), q.Int(1));
    ++g.scores;
    g.sum += q.Int(3);
  }
  if (!q.status()) return q.status().error();
  static const char* kNames[] = {"format", "member", "area", "year"};
  const char* name = kNames[static_cast<int>(by)];
  Table t;
  t.title = fmt::format("Compliance by {}: current analyst scores (the latest per commitment and member), "
                        "compliance = (mean score + 1) / 2 x 100",
                        name);
  using K = Column::Kind;
  t.columns = {{name, by == ComplianceBy::kYear ? K::kInt : K::kText},
               {"commitments", K::kInt},
               {"scores", K::kInt},
               {"mean score", K::kReal},
               {"compliance %", K::kReal}};
  for (const auto& [key, g] : groups) {
    const double mean = static_cast<double>(g.sum) / static_cast<double>(g.scores);
    Value k = key.empty() ? Value{} : (by == ComplianceBy::kYear ? Value{static_cast<int64_t>(std::stoll(key))} : Value{key});
    t.rows.push_back({k, static_cast<int64_t>(g.commitments.size()), g.scores, mean, (mean + 1) / 2 * 100});
  }
  return t;
}

}  // namespace summitwatch
