// SPDX-License-Identifier: MIT
// data/cues/liveness.yaml: reading it, and the phrase test it defines.
#include "analyze/liveness_rules.h"
#include "kb/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <cmath>

#include "analyze/cue_words.h"

namespace sw::analyze {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

int Line(const YAML::Node& n) { return n.Mark().line >= 0 ? n.Mark().line + 1 : 0; }

summitwatch::Error Located(const std::string& path, const YAML::Node& n, const std::string& what) {
  return MakeError(ErrorCode::kInvalidInput, fmt::format("{}:{}: {}", path, Line(n), what), path);
}

}  // namespace

bool ReportsActivity(const summitwatch::LivenessRules& rules, std::string_view text) {
  const auto words = LowerWords(text);
  return HasPhrase(words, rules.activity) && !HasPhrase(words, rules.inactivity);
}

}  // namespace sw::analyze

namespace summitwatch {

Result<LivenessRules> LoadLivenessRules(const std::string& path) {
  YAML::Node y;
  try {
    y = sw::kb::LoadYaml(path);
  } catch (const YAML::BadFile&) {
    return MakeError(ErrorCode::kIo, fmt::format("cannot read the liveness rules {}.", path), path);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}:{}: invalid YAML: {}.", path, e.mark.line + 1, e.msg),
                     path);
  }
  if (!y.IsMap()) return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: expected a map of rules.", path), path);
  LivenessRules r;
  for (const auto& kv : y) {
    const std::string key = kv.first.Scalar();
    const YAML::Node v = kv.second;
    if (key == "grace") {
      if (!YAML::convert<double>::decode(v, r.grace) || !std::isfinite(r.grace) || r.grace < 1) {
        return sw::analyze::Located(path, v, "expected 'grace' to be a number of at least 1.");
      }
    } else if (key == "default_cadence_months") {
      if (!YAML::convert<int>::decode(v, r.default_cadence_months) || r.default_cadence_months <= 0) {
        return sw::analyze::Located(path, v, "expected 'default_cadence_months' to be a positive whole number.");
      }
    } else if (key == "activity" || key == "inactivity") {
      auto& out = key == "activity" ? r.activity : r.inactivity;
      if (!v.IsMap()) {
        return sw::analyze::Located(path, v, fmt::format("expected '{}' to be a map from language to phrases.", key));
      }
      for (const auto& lang : v) {
        if (!lang.second.IsSequence()) {
          return sw::analyze::Located(
              path, lang.second, fmt::format("expected a list of phrases under '{}' {}.", key, lang.first.Scalar()));
        }
        for (const auto& p : lang.second) {
          auto words = p.IsScalar() ? sw::analyze::LowerWords(p.Scalar()) : std::vector<std::string>{};
          if (words.empty()) return sw::analyze::Located(path, p, "expected a phrase of at least one word.");
          out.push_back(std::move(words));
        }
      }
    } else {
      return sw::analyze::Located(path, kv.first,
                                  fmt::format("unknown key '{}'; expected grace, default_cadence_months, activity, "
                                              "inactivity.",
                                              key));
    }
  }
  if (r.activity.empty()) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: expected at least one 'activity' phrase.", path), path);
  }
  return r;
}

}  // namespace summitwatch
