// SPDX-License-Identifier: MIT
// YAML files into yaml-cpp nodes, fast: libyaml parses, and the nodes are built as yaml-cpp's
// own parser builds them (the same values, tags, styles and mark lines), so every loader and
// every located message is unchanged. (Mark columns count characters here and bytes in yaml-cpp;
// no message uses them.)
//
// Why: yaml-cpp's scanner spends about 1,500 instructions a byte; the data directory's 250 KB of
// YAML cost 0.1 s on every start of the command line, more than coding 5 MB of text. libyaml
// reads the same files in a few milliseconds.
//
// Anything libyaml rejects, and anything this builder does not mirror exactly (anchors and
// aliases, explicit tags, keys without a value), goes to yaml-cpp itself, which then also
// reports the error.
//
// Usage:
//   YAML::Node root = sw::kb::LoadYaml("data/kb/formats.yaml");   // throws as YAML::LoadFile
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

namespace sw::kb {

/// YAML::LoadFile, faster; throws what YAML::LoadFile throws.
YAML::Node LoadYaml(const std::string& path);

/// YAML::Load of a string, faster; throws what YAML::Load throws.
YAML::Node LoadYamlString(std::string_view text);

/// YAML::convert<double>::decode(node, out), fast: a plain decimal scalar ("-1.6", "2", "0.25")
/// is read with std::from_chars, which rounds as the stream yaml-cpp reads it through does
/// (correctly), at a hundredth of the cost; anything else goes to yaml-cpp.
bool DecodeDouble(const YAML::Node& node, double& out);

/// The fast path alone: the first document of `text`, or nothing when it declines (then
/// yaml-cpp must parse). Exposed for the tests that hold it to yaml-cpp's result.
std::optional<YAML::Node> ParseYamlFast(std::string_view text);

}  // namespace sw::kb
