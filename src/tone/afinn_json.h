// SPDX-License-Identifier: MIT
// AFINN's labels.json (a JSON object from word to integer, as the `sentiment` package ships it)
// read without a JSON library.
//
// Usage:
//   std::vector<sw::tone::AfinnWord> words;
//   if (auto err = sw::tone::ParseAfinnJson(text, words)) report(err->line, err->message);
//
// Why: nlohmann::json built a DOM of 3,400 members to be walked once, ~16 M instructions on
// every start of `code --coders tone` (about a seventh of it). This reads the object in place.
//
// The result is what the nlohmann::json DOM gave, member for member: keys in byte order (its
// object is a std::map), the last of repeated keys standing, numbers converted as its get<double>
// converts them (integer tokens exactly, "-0" as 0), members of other types left out. The input
// must be strict JSON (RFC 8259, a UTF-8 byte-order mark tolerated), as nlohmann::json requires.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::tone {

struct AfinnWord {
  std::string word;
  double value = 0;
};

struct AfinnError {
  int line = 0;         // 1-based line of the offending byte
  std::string message;  // what was expected there, e.g. "expected ':' after the key"
};

/// Replaces `out` with the number-valued members of the JSON object `text`; on malformed input
/// returns where and why (then `out` is unspecified).
std::optional<AfinnError> ParseAfinnJson(std::string_view text, std::vector<AfinnWord>& out);

}  // namespace sw::tone
