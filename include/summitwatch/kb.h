// SPDX-License-Identifier: MIT
// Knowledge-base maintenance: validation and look-up, for `summitwatch kb`.
//
// Usage:
//   auto report = summitwatch::CheckKnowledgeBase("data/kb", "data/codebook/areas.yaml");
//   for (const auto& line : report->problems) std::cerr << line << '\n';
#pragma once

#include <string>
#include <vector>

#include "summitwatch/error.h"

namespace summitwatch {

struct KbReport {
  size_t entities = 0;
  size_t aliases = 0;
  std::vector<std::string> problems;  ///< "file:line: what was expected", in file order
};

/// Checks schema, duplicate ids, dangling references, date order and alias collisions.
/// `codebook_path` supplies the area ids that `sectors` may name (skipped when empty).
KbReport CheckKnowledgeBase(const std::string& kb_dir, const std::string& codebook_path);

/// One entity as YAML (with its file and line, and the entities that refer to it), or as JSON.
Result<std::string> DescribeEntity(const std::string& kb_dir, const std::string& id, bool json);

}  // namespace summitwatch
