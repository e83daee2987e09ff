// SPDX-License-Identifier: MIT
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "kb/dictionaries.h"
#include "kb/model.h"
#include "summitwatch/kb.h"

namespace summitwatch {
namespace {

nlohmann::json ToJson(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Sequence: {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& x : n) a.push_back(ToJson(x));
      return a;
    }
    case YAML::NodeType::Map: {
      nlohmann::json o = nlohmann::json::object();
      for (const auto& kv : n) o[kv.first.as<std::string>("")] = ToJson(kv.second);
      return o;
    }
    case YAML::NodeType::Scalar: {
      if (n.Tag() == "!") return n.Scalar();  // quoted in the file: keep it a string
      long long i;
      if (YAML::convert<long long>::decode(n, i)) return i;
      return n.Scalar();
    }
    default: return nullptr;
  }
}

bool Refers(const YAML::Node& n, const std::string& id) {
  if (n.IsScalar()) return n.Scalar() == id;
  if (n.IsSequence() || n.IsMap()) {
    for (const auto& x : n) {
      if (n.IsMap() ? Refers(x.second, id) : Refers(x, id)) return true;
    }
  }
  return false;
}

}  // namespace

KbReport CheckKnowledgeBase(const std::string& kb_dir, const std::string& codebook_path) {
  std::vector<sw::kb::Issue> issues;
  sw::kb::KnowledgeBase kb = sw::kb::LoadKnowledgeBase(kb_dir, issues);
  std::set<std::string> areas;
  if (!codebook_path.empty()) {
    std::vector<sw::kb::Issue> cb_issues;
    for (const auto& a : sw::kb::LoadCodebook(codebook_path, cb_issues).areas) areas.insert(a.id);
  }
  sw::kb::CheckKnowledgeBase(kb, areas, issues);
  std::stable_sort(issues.begin(), issues.end(), [](const auto& a, const auto& b) {
    return a.file != b.file ? a.file < b.file : a.line < b.line;
  });
  KbReport report;
  report.entities = kb.entities.size();
  for (const auto& e : kb.entities) report.aliases += e.aliases.size();
  for (const auto& i : issues) report.problems.push_back(i.Format());
  return report;
}

Result<std::string> DescribeEntity(const std::string& kb_dir, const std::string& id, bool json) {
  std::vector<sw::kb::Issue> issues;
  sw::kb::KnowledgeBase kb = sw::kb::LoadKnowledgeBase(kb_dir, issues);
  const sw::kb::Entity* e = kb.Find(id);
  if (!e) {
    if (!issues.empty()) return MakeError(ErrorCode::kInvalidInput, issues.front().Format(), issues.front().file);
    return MakeError(ErrorCode::kNotFound, fmt::format("no entity with id '{}' in {}.", id, kb_dir), id);
  }
  std::vector<const sw::kb::Entity*> referrers;
  for (const auto& other : kb.entities) {
    if (&other == e) continue;
    for (const auto& kv : other.node) {
      const std::string key = kv.first.Scalar();
      if (key != "id" && key != "aliases" && key != "name" && key != "note" && Refers(kv.second, id)) {
        referrers.push_back(&other);
        break;
      }
    }
  }
  if (json) {
    nlohmann::json j = ToJson(e->node);
    j["file"] = e->file;
    j["line"] = e->line;
    nlohmann::json refs = nlohmann::json::array();
    for (const auto* r : referrers) refs.push_back({{"id", r->id}, {"type", r->type}});
    j["referenced_by"] = refs;
    return j.dump() + "\n";
  }
  YAML::Emitter out;
  out << e->node;
  std::string text = fmt::format("# {}:{}\n{}\n", e->file, e->line, out.c_str());
  if (!referrers.empty()) {
    text += "# referenced by:\n";
    for (const auto* r : referrers) text += fmt::format("#   {} ({})\n", r->id, r->type);
  }
  return text;
}

}  // namespace summitwatch
