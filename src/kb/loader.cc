// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "kb/model.h"
#include "kb/yaml_file.h"

namespace sw::kb {

std::string Issue::Format() const {
  if (line > 0) return fmt::format("{}:{}: {}", file, line, message);
  return fmt::format("{}: {}", file, message);
}

const Entity* KnowledgeBase::Find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entities[it->second];
}

void KnowledgeBase::Index() {
  index_.clear();
  for (size_t i = 0; i < entities.size(); ++i) index_.emplace(entities[i].id, i);
}

namespace {

bool ReadBound(const YAML::Node& node, const char* key, bool end, int* out, const std::string& file,
               std::vector<Issue>& issues) {
  const YAML::Node v = node[key];
  if (!v || v.IsNull()) return true;
  auto d = v.IsScalar() ? Date::Parse(v.Scalar()) : std::nullopt;
  if (!d) {
    issues.push_back({file, LineOf(v),
                      fmt::format("expected '{}' to be a date YYYY, YYYY-MM or YYYY-MM-DD, found '{}'.", key,
                                  v.IsScalar() ? v.Scalar() : "a structure")});
    return false;
  }
  *out = end ? d->Last() : d->First();
  return true;
}

}  // namespace

void ReadAliases(const YAML::Node& node, const std::string& file, std::vector<Alias>& out,
                 std::vector<Issue>& issues) {
  if (!node.IsMap()) {
    issues.push_back({file, LineOf(node), "expected 'aliases' to be a map from language code to a list of names."});
    return;
  }
  for (const auto& kv : node) {
    const std::string lang = kv.first.Scalar();
    const YAML::Node list = kv.second;
    if (!list.IsSequence()) {
      issues.push_back({file, LineOf(list), fmt::format("expected a list of names under language '{}'.", lang)});
      continue;
    }
    for (const YAML::Node& item : list) {
      Alias a;
      a.lang = lang;
      a.line = LineOf(item);
      if (item.IsScalar()) {
        a.text = item.Scalar();
      } else if (item.IsMap() && item["text"] && item["text"].IsScalar()) {
        a.text = item["text"].Scalar();
        ReadBound(item, "from", false, &a.from, file, issues);
        ReadBound(item, "to", true, &a.to, file, issues);
        if (item["case"]) {
          if (item["case"].Scalar() != "exact") {
            issues.push_back({file, LineOf(item["case"]),
                              fmt::format("expected 'case: exact', found 'case: {}'.", item["case"].Scalar())});
          }
          a.exact_case = true;
        }
        if (a.from > a.to) {
          issues.push_back({file, a.line, fmt::format("alias '{}' ends before it starts.", a.text)});
        }
      } else {
        issues.push_back({file, a.line, "expected a name, or a map with 'text' and optional 'from', 'to', 'case'."});
        continue;
      }
      if (a.text.empty()) {
        issues.push_back({file, a.line, "expected a non-empty name."});
        continue;
      }
      out.push_back(std::move(a));
    }
  }
}

KnowledgeBase LoadKnowledgeBase(const std::string& dir, std::vector<Issue>& issues) {
  namespace fs = std::filesystem;
  KnowledgeBase kb;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    issues.push_back({dir, 0, "expected a directory of knowledge-base YAML files."});
    return kb;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".yaml" || e.path().extension() == ".yml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) issues.push_back({dir, 0, "expected at least one .yaml file, found none."});

  for (const fs::path& path : files) {
    const std::string file = path.string();
    YAML::Node root;
    try {
      root = LoadYaml(file);
    } catch (const YAML::Exception& ex) {
      issues.push_back({file, ex.mark.line + 1, fmt::format("invalid YAML: {}.", ex.msg)});
      continue;
    }
    if (!root || root.IsNull()) continue;
    if (!root.IsSequence()) {
      issues.push_back({file, LineOf(root), "expected a list of entities at the top level."});
      continue;
    }
    for (const YAML::Node& item : root) {
      if (!item.IsMap()) {
        issues.push_back({file, LineOf(item), "expected an entity (a map with id, type, name, aliases)."});
        continue;
      }
      Entity e;
      e.file = file;
      e.line = LineOf(item);
      bool complete = true;
      for (const char* key : {"id", "type", "name"}) {
        if (!item[key] || !item[key].IsScalar() || item[key].Scalar().empty()) {
          issues.push_back({file, e.line, fmt::format("entity is missing '{}'.", key)});
          complete = false;
        }
      }
      if (!complete) continue;
      e.id = item["id"].Scalar();
      e.type = item["type"].Scalar();
      e.name = item["name"].Scalar();
      if (!item["aliases"]) {
        // A region needs none: regions are known to the analyses, never matched (regions.yaml).
        if (e.type != "region") issues.push_back({file, e.line, fmt::format("entity '{}' has no 'aliases'.", e.id)});
      } else {
        ReadAliases(item["aliases"], file, e.aliases, issues);
      }
      e.node = item;
      kb.entities.push_back(std::move(e));
    }
  }
  kb.Index();
  return kb;
}

}  // namespace sw::kb
