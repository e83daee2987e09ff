// SPDX-License-Identifier: MIT
// The knowledge base in memory: entities as the YAML files give them, with their aliases
// pulled out and their time bounds parsed.
//
// Usage:
//   std::vector<sw::kb::Issue> issues;
//   sw::kb::KnowledgeBase kb = sw::kb::LoadKnowledgeBase("data/kb", issues);
//   sw::kb::CheckKnowledgeBase(kb, area_ids, issues);
//   if (const sw::kb::Entity* e = kb.Find("c5plus1")) ...
#pragma once

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "kb/date.h"

namespace sw::kb {

/// A located problem in a data file: "data/kb/formats.yaml:12: expected ...".
struct Issue {
  std::string file;
  int line = 0;  // 1-based; 0 when the problem is the whole file
  std::string message;
  std::string Format() const;
};

struct Alias {
  std::string text;
  std::string lang;
  int from = kNoStart;  // yyyymmdd, inclusive
  int to = kNoEnd;      // yyyymmdd, inclusive
  bool exact_case = false;
  int line = 0;
};

struct Entity {
  std::string id;
  std::string type;
  std::string name;
  std::string file;
  int line = 0;
  std::vector<Alias> aliases;
  YAML::Node node;  // every other field, for checks, `kb show` and later analyses
};

class KnowledgeBase {
 public:
  std::vector<Entity> entities;

  const Entity* Find(const std::string& id) const;
  void Index();

 private:
  std::unordered_map<std::string, size_t> index_;
};

/// Reads every *.yaml file of `dir` (sorted by name). Structural problems (bad YAML, an entry
/// that is not a map, a missing id) are appended to `issues`; the entities that could be read
/// are returned.
KnowledgeBase LoadKnowledgeBase(const std::string& dir, std::vector<Issue>& issues);

/// Semantic checks: schema of each type, duplicate ids, dangling references, date order, alias
/// collisions. `area_ids` are the codebook's areas, for `sectors`.
void CheckKnowledgeBase(const KnowledgeBase& kb, const std::set<std::string>& area_ids,
                        std::vector<Issue>& issues);

/// Reads an alias list node (a map language → list of patterns) shared by the knowledge base
/// and the dictionaries. Appends the aliases, or issues for malformed entries.
void ReadAliases(const YAML::Node& node, const std::string& file, std::vector<Alias>& out,
                 std::vector<Issue>& issues);

inline int LineOf(const YAML::Node& node) { return node.Mark().line >= 0 ? node.Mark().line + 1 : 0; }

}  // namespace sw::kb
