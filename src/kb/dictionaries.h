// SPDX-License-Identifier: MIT
// The non-entity dictionaries: the area codebook and the stance cues.
//
// Usage:
//   std::vector<sw::kb::Issue> issues;
//   sw::kb::Codebook areas = sw::kb::LoadCodebook("data/codebook/areas.yaml", issues);
//   std::vector<sw::kb::StanceCue> cues = sw::kb::LoadStanceCues("data/cues/stance.yaml", issues);
#pragma once

#include <string>
#include <vector>

#include "kb/model.h"

namespace sw::kb {

struct Term {
  std::string text;
  std::string lang;
  double weight = 1.0;
  int line = 0;
};

struct Area {
  std::string id;
  std::string label;
  std::vector<Term> terms;
};

struct Codebook {
  std::string file;
  double threshold = 1.0;
  std::vector<Area> areas;
};

struct StanceCue {
  std::string stance;  // welcomes supports commends notes concerned opposes
  bool before = false; // governs mentions before the cue ("... was welcomed")
  std::vector<Term> terms;
};

/// Reads a map language → list of terms (a pattern, or {text, weight}).
void ReadTerms(const YAML::Node& node, const std::string& file, std::vector<Term>& out, std::vector<Issue>& issues);

Codebook LoadCodebook(const std::string& path, std::vector<Issue>& issues);
std::vector<StanceCue> LoadStanceCues(const std::string& path, std::vector<Issue>& issues);

/// Parses a YAML file, or records an issue and returns a null node.
YAML::Node LoadYamlFile(const std::string& path, std::vector<Issue>& issues);

}  // namespace sw::kb
