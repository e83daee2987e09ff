// SPDX-License-Identifier: MIT
#include "kb/dictionaries.h"
#include "kb/yaml_file.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>

namespace sw::kb {
namespace {

const char* const kAreaIds[] = {"economy", "connectivity", "energy",      "security",  "environment",
                                "culture", "rights",       "digital",     "agriculture", "health",
                                "resources", "sovereignty", "integration", "tourism"};
const char* const kStances[] = {"welcomes", "supports", "commends", "notes", "concerned", "opposes"};

template <size_t N>
bool OneOf(const char* const (&list)[N], const std::string& v) {
  for (const char* x : list) if (v == x) return true;
  return false;
}

}  // namespace

YAML::Node LoadYamlFile(const std::string& path, std::vector<Issue>& issues) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    issues.push_back({path, 0, "file not found."});
    return {};
  }
  try {
    return LoadYaml(path);
  } catch (const YAML::Exception& ex) {
    issues.push_back({path, ex.mark.line + 1, fmt::format("invalid YAML: {}.", ex.msg)});
    return {};
  }
}

void ReadTerms(const YAML::Node& node, const std::string& file, std::vector<Term>& out, std::vector<Issue>& issues) {
  if (!node || !node.IsMap()) {
    issues.push_back({file, node ? LineOf(node) : 0, "expected 'terms' to be a map from language code to a list of terms."});
    return;
  }
  for (const auto& kv : node) {
    const std::string lang = kv.first.Scalar();
    if (!kv.second.IsSequence()) {
      issues.push_back({file, LineOf(kv.second), fmt::format("expected a list of terms under language '{}'.", lang)});
      continue;
    }
    for (const YAML::Node& item : kv.second) {
      Term t;
      t.lang = lang;
      t.line = LineOf(item);
      if (item.IsScalar()) {
        t.text = item.Scalar();
      } else if (item.IsMap() && item["text"] && item["text"].IsScalar()) {
        t.text = item["text"].Scalar();
        if (item["weight"] && (!DecodeDouble(item["weight"], t.weight) || t.weight <= 0)) {
          issues.push_back({file, LineOf(item["weight"]), "expected 'weight' to be a positive number."});
        }
      } else {
        issues.push_back({file, t.line, "expected a term, or a map with 'text' and 'weight'."});
        continue;
      }
      out.push_back(std::move(t));
    }
  }
}

Codebook LoadCodebook(const std::string& path, std::vector<Issue>& issues) {
  Codebook cb;
  cb.file = path;
  YAML::Node root = LoadYamlFile(path, issues);
  if (!root) return cb;
  if (!root.IsMap() || !root["areas"] || !root["areas"].IsSequence()) {
    issues.push_back({path, LineOf(root), "expected a map with 'threshold' and a list 'areas'."});
    return cb;
  }
  if (root["threshold"] && !DecodeDouble(root["threshold"], cb.threshold)) {
    issues.push_back({path, LineOf(root["threshold"]), "expected 'threshold' to be a number."});
  }
  std::set<std::string> seen;
  for (const YAML::Node& a : root["areas"]) {
    Area area;
    if (!a.IsMap() || !a["id"] || !a["id"].IsScalar()) {
      issues.push_back({path, LineOf(a), "expected an area with 'id', 'label' and 'terms'."});
      continue;
    }
    area.id = a["id"].Scalar();
    if (!OneOf(kAreaIds, area.id)) {
      issues.push_back({path, LineOf(a["id"]), fmt::format("unknown area '{}'; the ids are fixed by DESIGN.md.", area.id)});
    }
    if (!seen.insert(area.id).second) {
      issues.push_back({path, LineOf(a["id"]), fmt::format("duplicate area '{}'.", area.id)});
    }
    area.label = a["label"] ? a["label"].as<std::string>("") : area.id;
    ReadTerms(a["terms"], path, area.terms, issues);
    cb.areas.push_back(std::move(area));
  }
  return cb;
}

std::vector<StanceCue> LoadStanceCues(const std::string& path, std::vector<Issue>& issues) {
  std::vector<StanceCue> cues;
  YAML::Node root = LoadYamlFile(path, issues);
  if (!root) return cues;
  if (!root.IsMap() || !root["stances"] || !root["stances"].IsSequence()) {
    issues.push_back({path, LineOf(root), "expected a map with a list 'stances'."});
    return cues;
  }
  for (const YAML::Node& s : root["stances"]) {
    StanceCue cue;
    if (!s.IsMap() || !s["stance"] || !OneOf(kStances, s["stance"].as<std::string>(""))) {
      issues.push_back({path, LineOf(s),
                        "expected 'stance' to be one of: welcomes, supports, commends, notes, concerned, opposes."});
      continue;
    }
    cue.stance = s["stance"].Scalar();
    std::string scope = s["scope"] ? s["scope"].as<std::string>("") : "after";
    if (scope != "after" && scope != "before") {
      issues.push_back({path, LineOf(s["scope"]), fmt::format("expected 'scope' to be 'after' or 'before', found '{}'.", scope)});
    }
    cue.before = scope == "before";
    ReadTerms(s["terms"], path, cue.terms, issues);
    cues.push_back(std::move(cue));
  }
  return cues;
}

}  // namespace sw::kb
