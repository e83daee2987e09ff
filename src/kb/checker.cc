// SPDX-License-Identifier: MIT
// Semantic checks of the knowledge base. The schema is docs/KB.md; this file is its executable
// form, so a change to one is a change to both.
#include <fmt/format.h>

#include <map>

#include "kb/model.h"
#include "match/canonical.h"

namespace sw::kb {
namespace {

enum class Kind { kString, kInt, kBool, kDate, kRef, kRefs, kRegion, kAreas, kEnum, kCadence, kOffices };

struct Field {
  const char* key;
  Kind kind;
  const char* values = nullptr;  // for kEnum: space-separated allowed values
};

const char* const kTypes = "country region person format body organisation initiative agreement meeting";

const std::map<std::string, std::vector<Field>>& Schema() {
  static const std::map<std::string, std::vector<Field>> schema = {
      {"country", {{"region", Kind::kRegion}, {"capital", Kind::kString}}},
      {"region", {{"focus", Kind::kBool}}},
      {"person", {{"offices", Kind::kOffices}}},
      {"format",
       {{"members", Kind::kRefs}, {"initiator", Kind::kRef},
        {"initiator_kind", Kind::kEnum, "regional external"}, {"founded", Kind::kDate},
        {"secretariat", Kind::kRef}, {"cadence", Kind::kCadence}, {"host_rotation", Kind::kString},
        {"bodies", Kind::kRefs}, {"sectors", Kind::kAreas}, {"full_name", Kind::kString}}},
      {"body",
       {{"kind", Kind::kEnum, "secretariat council working-group subgroup committee dialogue mechanism"},
        {"of", Kind::kRef}, {"established", Kind::kDate}, {"decided", Kind::kDate},
        {"seat", Kind::kString}, {"seat_country", Kind::kRef}, {"cadence", Kind::kCadence},
        {"sectors", Kind::kAreas}}},
      {"organisation",
       {{"members", Kind::kRefs}, {"founded", Kind::kDate}, {"seat", Kind::kString},
        {"seat_country", Kind::kRef}, {"secretariat", Kind::kRef}, {"full_name", Kind::kString}}},
      {"initiative",
       {{"launched", Kind::kDate}, {"by", Kind::kRefs}, {"sectors", Kind::kAreas},
        {"full_name", Kind::kString}}},
      {"agreement",
       {{"kind", Kind::kEnum, "treaty agreement declaration communique joint-statement roadmap"},
        {"signed", Kind::kDate}, {"meeting", Kind::kRef}, {"parties", Kind::kRefs},
        {"sectors", Kind::kAreas}, {"full_name", Kind::kString}}},
      {"meeting",
       {{"format", Kind::kRef}, {"number", Kind::kInt}, {"level", Kind::kString},
        {"date", Kind::kDate}, {"end_date", Kind::kDate}, {"city", Kind::kString},
        {"host", Kind::kRef}, {"participants", Kind::kRefs}, {"outputs", Kind::kRefs}}},
  };
  return schema;
}

bool Contains(const char* words, const std::string& w) {
  std::string padded = std::string(" ") + words + " ";
  return padded.find(" " + w + " ") != std::string::npos;
}

class Checker {
 public:
  Checker(const KnowledgeBase& kb, const std::set<std::string>& areas, std::vector<Issue>& issues)
      : kb_(kb), areas_(areas), issues_(issues) {}

  void Run() {
    CheckIds();
    for (const Entity& e : kb_.entities) CheckEntity(e);
    CheckAliases();
    CheckFocus();
  }

 private:
  void Add(const std::string& file, int line, std::string msg) { issues_.push_back({file, line, std::move(msg)}); }

  // PERF: by hand, not std::regex: compiling and running the two regexes over every id was 7 M
  // instructions of every `code` start-up.
  static bool IsAlpha3(std::string_view id) {
    return id.size() == 3 && std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  // [a-z0-9]+(-[a-z0-9]+)*: lower-case letters and digits in runs joined by single hyphens.
  static bool IsSlug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (size_t i = 0; i < id.size(); ++i) {
      const char c = id[i];
      if (c == '-' ? id[i - 1] == '-' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
  }

  void CheckIds() {
    std::map<std::string, const Entity*> seen;
    for (const Entity& e : kb_.entities) {
      auto [it, inserted] = seen.emplace(e.id, &e);
      if (!inserted) {
        Add(e.file, e.line, fmt::format("duplicate id '{}' (first defined at {}:{}).", e.id, it->second->file,
                                        it->second->line));
      }
      const bool ok = e.type == "country" ? IsAlpha3(e.id) : IsSlug(e.id);
      if (!ok) {
        Add(e.file, e.line,
            fmt::format("expected id '{}' to be {}.", e.id,
                        e.type == "country" ? "an ISO 3166 alpha-3 code such as KAZ" : "a lower-case slug such as china-ca"));
      }
    }
  }

  void CheckRef(const Entity& e, const YAML::Node& v, const char* key) {
    if (!v.IsScalar()) {
      Add(e.file, LineOf(v), fmt::format("expected '{}' to be an entity id.", key));
    } else if (!kb_.Find(v.Scalar())) {
      Add(e.file, LineOf(v), fmt::format("'{}' refers to unknown id '{}'.", key, v.Scalar()));
    }
  }

  // A country's region is a region entity, so that the analyses can list the region's members.
  void CheckRegion(const Entity& e, const YAML::Node& v) {
    const Entity* r = v.IsScalar() ? kb_.Find(v.Scalar()) : nullptr;
    if (!r) return CheckRef(e, v, "region");
    if (r->type != "region") {
      Add(e.file, LineOf(v), fmt::format("'region' refers to '{}', which is a {}, not a region.", r->id, r->type));
    }
  }

  // "The region" of the analyses is the one region with `focus: true`; two would make it ambiguous.
  void CheckFocus() {
    const Entity* first = nullptr;
    for (const Entity& e : kb_.entities) {
      bool focus = false;
      if (e.type != "region" || !e.node["focus"] || !YAML::convert<bool>::decode(e.node["focus"], focus) || !focus) {
        continue;
      }
      if (!first) {
        first = &e;
        continue;
      }
      Add(e.file, LineOf(e.node["focus"]),
          fmt::format("region '{}' has 'focus: true' like '{}' ({}:{}); only one region can be the focus.", e.id,
                      first->id, first->file, first->line));
    }
  }

  std::optional<Date> CheckDate(const Entity& e, const YAML::Node& v, const char* key) {
    auto d = v.IsScalar() ? Date::Parse(v.Scalar()) : std::nullopt;
    if (!d) {
      Add(e.file, LineOf(v), fmt::format("expected '{}' to be a date YYYY, YYYY-MM or YYYY-MM-DD, found '{}'.", key,
                                         v.IsScalar() ? v.Scalar() : "a structure"));
    }
    return d;
  }

  void CheckCadence(const Entity& e, const YAML::Node& v) {
    if (!v.IsSequence()) {
      Add(e.file, LineOf(v), "expected 'cadence' to be a list of {level, every_months}.");
      return;
    }
    for (const YAML::Node& c : v) {
      if (!c.IsMap() || !c["level"] || !c["every_months"]) {
        Add(e.file, LineOf(c), "expected a cadence entry with 'level' and 'every_months'.");
        continue;
      }
      int months = 0;
      if (!YAML::convert<int>::decode(c["every_months"], months) || months <= 0) {
        Add(e.file, LineOf(c["every_months"]), "expected 'every_months' to be a positive whole number.");
      }
    }
  }

  void CheckOffices(const Entity& e, const YAML::Node& v) {
    if (!v.IsSequence()) {
      Add(e.file, LineOf(v), "expected 'offices' to be a list of {role, of, from, to}.");
      return;
    }
    for (const YAML::Node& o : v) {
      if (!o.IsMap() || !o["role"] || !o["of"]) {
        Add(e.file, LineOf(o), "expected an office with 'role', 'of' and 'from'.");
        continue;
      }
      CheckRef(e, o["of"], "of");
      std::optional<Date> from, to;
      if (o["from"]) from = CheckDate(e, o["from"], "from");
      if (o["to"] && !o["to"].IsNull()) to = CheckDate(e, o["to"], "to");
      if (from && to && from->First() > to->Last()) {
        Add(e.file, LineOf(o), fmt::format("office '{}' ends ({}) before it starts ({}).", o["role"].Scalar(),
                                           to->ToString(), from->ToString()));
      }
    }
  }

  void CheckEntity(const Entity& e) {
    if (!Contains(kTypes, e.type)) {
      Add(e.file, e.line, fmt::format("unknown type '{}'; expected one of: {}.", e.type, kTypes));
      return;
    }
    const auto& fields = Schema().at(e.type);
    for (const auto& kv : e.node) {
      const std::string key = kv.first.Scalar();
      if (key == "id" || key == "type" || key == "name" || key == "aliases" || key == "note") continue;
      auto f = std::find_if(fields.begin(), fields.end(), [&](const Field& x) { return key == x.key; });
      if (f == fields.end()) {
        std::string allowed;
        for (const Field& x : fields) allowed += (allowed.empty() ? "" : ", ") + std::string(x.key);
        Add(e.file, LineOf(kv.first), fmt::format("unknown key '{}' for a {}; expected one of: {}.", key, e.type, allowed));
        continue;
      }
      const YAML::Node v = kv.second;
      if (v.IsNull()) continue;
      switch (f->kind) {
        case Kind::kString:
          if (!v.IsScalar()) Add(e.file, LineOf(v), fmt::format("expected '{}' to be text.", key));
          break;
        case Kind::kInt: {
          int n = 0;
          if (!YAML::convert<int>::decode(v, n)) Add(e.file, LineOf(v), fmt::format("expected '{}' to be a whole number.", key));
          break;
        }
        case Kind::kBool: {
          bool b = false;
          if (!YAML::convert<bool>::decode(v, b)) {
            Add(e.file, LineOf(v), fmt::format("expected '{}' to be true or false.", key));
          }
          break;
        }
        case Kind::kDate: CheckDate(e, v, f->key); break;
        case Kind::kRef: CheckRef(e, v, f->key); break;
        case Kind::kRegion: CheckRegion(e, v); break;
        case Kind::kRefs:
          if (!v.IsSequence()) {
            Add(e.file, LineOf(v), fmt::format("expected '{}' to be a list of entity ids.", key));
          } else {
            for (const YAML::Node& r : v) CheckRef(e, r, f->key);
          }
          break;
        case Kind::kAreas:
          if (!v.IsSequence()) {
            Add(e.file, LineOf(v), "expected 'sectors' to be a list of area ids.");
          } else if (!areas_.empty()) {
            for (const YAML::Node& a : v) {
              if (!a.IsScalar() || !areas_.count(a.Scalar())) {
                Add(e.file, LineOf(a), fmt::format("'sectors' names unknown area '{}'; expected an id of data/codebook/areas.yaml.",
                                                   a.IsScalar() ? a.Scalar() : "?"));
              }
            }
          }
          break;
        case Kind::kEnum:
          if (!v.IsScalar() || !Contains(f->values, v.Scalar())) {
            Add(e.file, LineOf(v), fmt::format("expected '{}' to be one of: {}; found '{}'.", key, f->values,
                                               v.IsScalar() ? v.Scalar() : "a structure"));
          }
          break;
        case Kind::kCadence: CheckCadence(e, v); break;
        case Kind::kOffices: CheckOffices(e, v); break;
      }
    }
    CheckLanguages(e);
    CheckDateOrder(e);
  }

  void CheckLanguages(const Entity& e) {
    if (e.type == "region" && e.aliases.empty()) return;  // never matched: see data/kb/regions.yaml
    bool en = false, ru = false;
    for (const Alias& a : e.aliases) {
      en |= a.lang == "en";
      ru |= a.lang == "ru";
    }
    if (!en || !ru) {
      Add(e.file, e.line, fmt::format("entity '{}' needs aliases in English and Russian; missing {}.", e.id,
                                      !en && !ru ? "both" : (!en ? "en" : "ru")));
    }
  }

  void CheckDateOrder(const Entity& e) {
    auto date = [&](const char* key) -> std::optional<Date> {
      const YAML::Node v = e.node[key];
      return v && v.IsScalar() ? Date::Parse(v.Scalar()) : std::nullopt;
    };
    if (auto start = date("date"), end = date("end_date"); start && end && end->Last() < start->First()) {
      Add(e.file, LineOf(e.node["end_date"]),
          fmt::format("meeting '{}' ends ({}) before it starts ({}).", e.id, end->ToString(), start->ToString()));
    }
    // A meeting cannot predate its format. (Bodies can predate their parent: the Eurasian
    // Economic Commission, 2012, served the Customs Union before the EAEU, 2015, took it over.)
    if (e.type != "meeting") return;
    auto d = date("date");
    const YAML::Node p = e.node["format"];
    if (!d || !p || !p.IsScalar()) return;
    const Entity* parent = kb_.Find(p.Scalar());
    if (!parent || !parent->node["founded"] || !parent->node["founded"].IsScalar()) return;
    auto founded = Date::Parse(parent->node["founded"].Scalar());
    if (founded && d->Last() < founded->First()) {
      Add(e.file, LineOf(e.node["date"]), fmt::format("meeting '{}' ({}) is before its format '{}' was founded ({}).", e.id,
                                                      d->ToString(), parent->id, founded->ToString()));
    }
  }

  void CheckAliases() {
    struct Seen {
      const Entity* entity;
      const Alias* alias;
    };
    std::map<std::string, std::vector<Seen>> by_key;
    for (const Entity& e : kb_.entities) {
      for (const Alias& a : e.aliases) {
        std::string key = a.exact_case ? "=" + match::CanonicalizePattern(a.text, false) : match::CanonicalizePattern(a.text);
        if (key.empty() || key == "=") {
          Add(e.file, a.line, fmt::format("alias '{}' is empty after normalisation.", a.text));
          continue;
        }
        for (const Seen& s : by_key[key]) {
          if (s.entity == &e) continue;
          if (a.from <= s.alias->to && s.alias->from <= a.to) {
            Add(e.file, a.line, fmt::format("alias '{}' of '{}' collides with the same alias of '{}' ({}:{}); give them "
                                            "non-overlapping 'from'/'to' or remove one.",
                                            a.text, e.id, s.entity->id, s.entity->file, s.alias->line));
          }
        }
        by_key[key].push_back({&e, &a});
      }
    }
  }

  const KnowledgeBase& kb_;
  const std::set<std::string>& areas_;
  std::vector<Issue>& issues_;
};

}  // namespace

void CheckKnowledgeBase(const KnowledgeBase& kb, const std::set<std::string>& area_ids, std::vector<Issue>& issues) {
  Checker(kb, area_ids, issues).Run();
}

}  // namespace sw::kb
