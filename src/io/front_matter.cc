// SPDX-License-Identifier: MIT
#include "io/front_matter.h"
#include "kb/yaml_file.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "io/metadata.h"

namespace sw::io {
namespace {

// Position just past the line that starts at `pos` if that line is exactly "---" (optionally
// with trailing spaces or \r); npos otherwise.
size_t FenceEnd(const std::string& s, size_t pos) {
  if (s.compare(pos, 3, "---") != 0) return std::string::npos;
  size_t i = pos + 3;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  if (i == s.size()) return i;
  return s[i] == '\n' ? i + 1 : std::string::npos;
}

}  // namespace

summitwatch::Result<summitwatch::Document> ParseTextDocument(std::string content, const std::string& where) {
  using summitwatch::ErrorCode;
  using summitwatch::MakeError;
  summitwatch::Document doc;
  size_t skip = content.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a byte-order mark
  size_t body = FenceEnd(content, skip);
  if (body == std::string::npos) {
    doc.text = content.substr(skip);
    return doc;
  }
  // Find the closing fence at the start of a line.
  size_t close = std::string::npos, after = std::string::npos;
  for (size_t line = body; line < content.size();) {
    if ((after = FenceEnd(content, line)) != std::string::npos) {
      close = line;
      break;
    }
    size_t nl = content.find('\n', line);
    if (nl == std::string::npos) break;
    line = nl + 1;
  }
  if (close == std::string::npos) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}:1: front matter opened with '---' is never closed.", where),
                     where);
  }
  // Line numbers in messages count from the top of the file: the front matter starts on line 2.
  YAML::Node meta;
  try {
    meta = sw::kb::LoadYamlString(content.substr(body, close - body));
  } catch (const YAML::Exception& ex) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("{}:{}: invalid front matter: {}.", where, ex.mark.line + 2, ex.msg), where);
  }
  if (meta && !meta.IsNull()) {
    if (!meta.IsMap()) {
      return MakeError(ErrorCode::kInvalidInput, fmt::format("{}:2: expected front matter to be a map of keys.", where),
                       where);
    }
    for (const auto& kv : meta) {
      const std::string key = kv.first.as<std::string>("");
      const YAML::Node v = kv.second;
      if (key == "issuer") {
        if (v.IsSequence()) {
          for (const auto& x : v) doc.issuer.push_back(x.as<std::string>(""));
        } else if (v.IsScalar()) {
          doc.issuer.push_back(v.Scalar());
        }
      } else if (v.IsScalar()) {
        SetField(doc, key, v.Scalar());
      }
    }
  }
  if (std::string bad = ValidateMetadata(doc); !bad.empty()) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: {}", where, bad), where);
  }
  doc.text = content.substr(after);
  return doc;
}

}  // namespace sw::io
