// SPDX-License-Identifier: MIT
#include "analyze/cue_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace sw::analyze {

std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if ((c == '\'' || c == 0x2019) && !cur.empty()) continue;  // "C5's" reads "c5s"
    if (c >= 0 && u_isalnum(c)) {
      c = u_tolower(c);
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, c);
      cur.append(buf, static_cast<size_t>(k));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool HasPhrase(const std::vector<std::string>& words, const std::vector<std::vector<std::string>>& phrases) {
  for (const auto& p : phrases) {
    if (p.empty() || p.size() > words.size()) continue;
    for (size_t i = 0; i + p.size() <= words.size(); ++i) {
      if (std::equal(p.begin(), p.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) return true;
    }
  }
  return false;
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace sw::analyze
