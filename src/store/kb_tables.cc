// SPDX-License-Identifier: MIT
// The knowledge base in tables: entities, aliases, and the relations that questions about formats
// need (members, initiators, secretariats, cadences, bodies, meetings, agreements).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "kb/model.h"
#include "store/sha256.h"
#include "store/store_impl.h"
#include "util/read_file.h"

namespace sw::store {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;
using summitwatch::Status;

// A fingerprint of every YAML file (names and bytes), so an unchanged knowledge base is not
// rewritten by every ingest.
std::string Fingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".yaml" || e.path().extension() == ".yml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Sha256 h;
  for (const auto& f : files) {
    std::string text;
    (void)sw::util::ReadFile(f.string(), text);  // an unreadable file counts as empty, as it always did
    h.Update(f.filename().string());
    h.Update(std::string_view("\0", 1));
    h.Update(text);
  }
  return ToHex(h.Finish());
}

std::string Scalar(const YAML::Node& node, const char* key) {
  const YAML::Node v = node[key];
  return v && v.IsScalar() ? v.Scalar() : std::string();
}

class KbWriter {
 public:
  explicit KbWriter(Db& db)
      : entity_(db, "INSERT INTO entities (id, type, name, file, line) VALUES (?, ?, ?, ?, ?)"),
        alias_(db, "INSERT INTO aliases (entity, lang, text, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)"),
        format_(db, "INSERT INTO formats (id, initiator, initiator_kind, founded, secretariat, host_rotation) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
        body_(db, "INSERT INTO bodies (id, kind, of, established, decided, seat, seat_country) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        member_(db, "INSERT OR IGNORE INTO members (entity, member, position) VALUES (?, ?, ?)"),
        cadence_(db, "INSERT INTO cadences (entity, level, every_months) VALUES (?, ?, ?)"),
        meeting_(db, "INSERT INTO meetings (id, format, number, level, date, end_date, city, host) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        agreement_(db, "INSERT INTO agreements (id, kind, signed, meeting) VALUES (?, ?, ?, ?)"),
        focus_(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('focus_region', ?)") {}

  Status Write(const kb::Entity& e) {
    entity_.Bind(1, e.id);
    entity_.Bind(2, e.type);
    entity_.Bind(3, e.name);
    entity_.Bind(4, e.file);
    entity_.Bind(5, e.line);
    if (auto s = entity_.Run(); !s) return s;
    for (const auto& a : e.aliases) {
      alias_.Bind(1, e.id);
      alias_.Bind(2, a.lang);
      alias_.Bind(3, a.text);
      if (a.from != kb::kNoStart) alias_.Bind(4, a.from); else alias_.BindNull(4);
      if (a.to != kb::kNoEnd) alias_.Bind(5, a.to); else alias_.BindNull(5);
      if (auto s = alias_.Run(); !s) return s;
    }
    const YAML::Node& n = e.node;
    if (const YAML::Node members = n["members"]; members && members.IsSequence()) {
      int pos = 0;
      for (const auto& m : members) {
        if (!m.IsScalar()) continue;
        const std::string id = m.Scalar();
        member_.Bind(1, e.id);
        member_.Bind(2, id);
        member_.Bind(3, pos++);
        if (auto s = member_.Run(); !s) return s;
      }
    }
    if (const YAML::Node cadence = n["cadence"]; cadence && cadence.IsSequence()) {
      for (const auto& c : cadence) {
        if (!c.IsMap()) continue;
        const std::string level = Scalar(c, "level"), every = Scalar(c, "every_months");
        cadence_.Bind(1, e.id);
        cadence_.Bind(2, level);
        if (every.empty()) cadence_.BindNull(3); else cadence_.Bind(3, std::atoi(every.c_str()));
        if (auto s = cadence_.Run(); !s) return s;
      }
    }
    // A region's members are the countries that name it; they go where a format's members go,
    // so that "is X in the region" is one lookup in `members`.
    if (const std::string region = Scalar(n, "region"); e.type == "country" && !region.empty()) {
      member_.Bind(1, region);
      member_.Bind(2, e.id);
      member_.Bind(3, region_size_[region]++);
      if (auto s = member_.Run(); !s) return s;
    }
    bool focus = false;
    if (e.type == "region" && n["focus"] && YAML::convert<bool>::decode(n["focus"], focus) && focus) {
      focus_.Bind(1, e.id);
      if (auto s = focus_.Run(); !s) return s;
    }
    if (e.type == "format") return WriteFormat(e);
    if (e.type == "body") return WriteBody(e);
    if (e.type == "meeting") return WriteMeeting(e);
    if (e.type == "agreement") return Row(agreement_, e, {"kind", "signed", "meeting"});
    return {};
  }

 private:
  // Binds the named scalars of `node` to parameters 2.. (NULL when absent) after the id at 1.
  Status Row(Stmt& stmt, const kb::Entity& e, std::initializer_list<const char*> keys) {
    std::vector<std::string> values;
    for (const char* k : keys) values.push_back(Scalar(e.node, k));
    stmt.Bind(1, e.id);
    int i = 2;
    for (const auto& v : values) stmt.BindOrNull(i++, v);
    return stmt.Run();
  }
  Status WriteFormat(const kb::Entity& e) {
    return Row(format_, e, {"initiator", "initiator_kind", "founded", "secretariat", "host_rotation"});
  }
  Status WriteBody(const kb::Entity& e) {
    return Row(body_, e, {"kind", "of", "established", "decided", "seat", "seat_country"});
  }
  Status WriteMeeting(const kb::Entity& e) {
    return Row(meeting_, e, {"format", "number", "level", "date", "end_date", "city", "host"});
  }

  Stmt entity_, alias_, format_, body_, member_, cadence_, meeting_, agreement_, focus_;
  std::map<std::string, int> region_size_;
};

Status Replace(Db& db, const kb::KnowledgeBase& kb, const std::string& fingerprint) {
  if (auto s = db.Exec("DELETE FROM entities; DELETE FROM aliases; DELETE FROM formats; DELETE FROM bodies;"
                       "DELETE FROM members; DELETE FROM cadences; DELETE FROM meetings; DELETE FROM agreements;"
                       "DELETE FROM meta WHERE key = 'focus_region';",
                       "clearing the knowledge-base tables");
      !s) {
    return s;
  }
  KbWriter writer(db);
  for (const auto& e : kb.entities) {
    if (auto s = writer.Write(e); !s) return s;
  }
  Stmt meta(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('kb_fingerprint', ?)");
  meta.Bind(1, fingerprint);
  return meta.Run();
}

}  // namespace

Status LoadKnowledgeBaseTables(Db& db, const std::string& kb_dir, bool* changed) {
  if (changed) *changed = false;
  const std::string fingerprint = Fingerprint(kb_dir);
  {
    Stmt old(db, "SELECT value FROM meta WHERE key = 'kb_fingerprint'");
    if (old.Step() && old.Text(0) == fingerprint) return {};
    if (!old.status()) return old.status();
  }

  std::vector<kb::Issue> issues;
  kb::KnowledgeBase kb = kb::LoadKnowledgeBase(kb_dir, issues);
  if (!issues.empty()) {
    return MakeError(ErrorCode::kInvalidInput, issues.front().Format(), issues.front().file);
  }
  if (auto s = db.Exec("BEGIN IMMEDIATE", "loading the knowledge base"); !s) return s;
  if (auto s = Replace(db, kb, fingerprint); !s) {
    (void)db.Exec("ROLLBACK");
    return s;
  }
  if (auto s = db.Exec("COMMIT", "loading the knowledge base"); !s) return s;
  if (changed) *changed = true;
  return {};
}

}  // namespace sw::store
