// SPDX-License-Identifier: MIT
// SentenceSplitter::Load and FromList: reading the abbreviation lists. The splitting rules are in
// sentence_splitter.cc.
#include "text/sentence_splitter.h"
#include "kb/yaml_file.h"
#include "util/read_file.h"

#include <filesystem>
#include <string>

#include <yaml-cpp/yaml.h>


namespace sw::text {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

const char* KindName(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    default: return "an undefined node";
  }
}

// "path:line" when yaml-cpp knows the line (its marks are 0-based), else "path".
std::string Where(const std::string& path, const YAML::Mark& mark) {
  if (mark.line < 0) return path;
  return path + ":" + std::to_string(mark.line + 1);
}

summitwatch::Error InvalidAt(const std::string& where, const std::string& what) {
  return MakeError(ErrorCode::kInvalidInput, where + ": " + what, where);
}

}  // namespace

summitwatch::Result<SentenceSplitter> SentenceSplitter::Load(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return MakeError(ErrorCode::kNotFound,
                     path + ": abbreviations file not found (expected a YAML map from language "
                            "code to a list of abbreviations).",
                     path);
  }
  std::string text;
  if (!sw::util::ReadFile(path, text)) {
    return MakeError(ErrorCode::kIo, path + ": cannot read the abbreviations file.", path);
  }

  // yaml-cpp reports errors by exception; they stop here, as STYLE.md 2.5 asks.
  YAML::Node root;
  try {
    root = sw::kb::LoadYamlString(text);
  } catch (const YAML::Exception& e) {
    return InvalidAt(Where(path, e.mark), "invalid YAML (" + e.msg +
                                              "); expected a map from language code to a list "
                                              "of abbreviations.");
  }
  if (!root.IsMap()) {
    return InvalidAt(Where(path, root.Mark()),
                     std::string("expected a map from language code to a list of abbreviations, "
                                 "found ") + KindName(root) + ".");
  }
  SentenceSplitter splitter;
  for (const auto& entry : root) {
    const std::string lang = entry.first.Scalar();
    const YAML::Node& list = entry.second;
    if (list.IsNull()) continue;  // "kk:" with nothing yet is a list still to be written
    if (!list.IsSequence()) {
      return InvalidAt(Where(path, list.Mark().line >= 0 ? list.Mark() : entry.first.Mark()),
                       "expected a list of abbreviations for language '" + lang + "', found " +
                           KindName(list) + ".");
    }
    for (const auto& item : list) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        return InvalidAt(Where(path, item.Mark()),
                         "expected an abbreviation (a non-empty string) in the list for '" +
                             lang + "', found " +
                             (item.IsScalar() ? "an empty string" : KindName(item)) + ".");
      }
      splitter.Add(item.Scalar());
    }
  }
  return splitter;
}

SentenceSplitter SentenceSplitter::FromList(const std::vector<std::string>& abbreviations) {
  SentenceSplitter splitter;
  for (const auto& abbreviation : abbreviations) splitter.Add(abbreviation);
  return splitter;
}

}  // namespace sw::text
