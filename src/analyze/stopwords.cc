// SPDX-License-Identifier: MIT
#include "analyze/stopwords.h"
#include "kb/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "text/lowercase.h"

namespace sw::analyze {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

std::string Where(const std::string& path, const YAML::Mark& mark) {
  return mark.line < 0 ? path : fmt::format("{}:{}", path, mark.line + 1);
}

}  // namespace

summitwatch::Result<std::unordered_set<std::string>> LoadStopwords(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("{}: stop-word file not found (expected a map from language code to a list of "
                                 "words).",
                                 path),
                     path);
  }
  YAML::Node root;
  try {
    root = sw::kb::LoadYaml(path);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("{}: invalid YAML ({}); expected a map from language code to a list of words.",
                                 Where(path, e.mark), e.msg),
                     path);
  }
  if (!root.IsMap()) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("{}: expected a map from language code to a list of words.", Where(path, root.Mark())),
                     path);
  }
  std::unordered_set<std::string> words;
  for (const auto& entry : root) {
    const YAML::Node& list = entry.second;
    if (list.IsNull()) continue;
    if (!list.IsSequence()) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("{}: expected a list of words for language '{}'.", Where(path, entry.first.Mark()),
                                   entry.first.Scalar()),
                       path);
    }
    for (const auto& item : list) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        return MakeError(ErrorCode::kInvalidInput,
                         fmt::format("{}: expected a word (a non-empty string) in the list for '{}'.",
                                     Where(path, item.Mark()), entry.first.Scalar()),
                         path);
      }
      std::string w;
      text::AppendLowercase(item.Scalar(), w);
      words.insert(std::move(w));
    }
  }
  return words;
}

}  // namespace sw::analyze
