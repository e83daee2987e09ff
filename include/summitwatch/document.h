// SPDX-License-Identifier: MIT
// A document as every reader produces it: metadata from front matter, JSON keys or the command
// line, and the body text.
#pragma once

#include <string>
#include <vector>

namespace summitwatch {

struct Document {
  std::string id;
  std::string title;
  std::string date;  ///< YYYY-MM-DD, or empty when unknown
  std::string kind;  ///< declaration communique statement speech readout news other
  std::vector<std::string> issuer;
  std::string format;
  std::string meeting;
  std::string lang;     ///< ISO 639-1; detected when empty
  std::string country;  ///< where a news item was published (ISO alpha-3)
  std::string source;
  std::string text;     ///< UTF-8 body (for a text file, after its front matter)
};

}  // namespace summitwatch
