// SPDX-License-Identifier: MIT
#include "text/escapes.h"

#include "text/lowercase.h"

namespace sw::text {

std::string DecodeEscapes(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char c = s[++i];
    if (c == 'n') {
      out.push_back('\n');
    } else if (c == 't') {
      out.push_back('\t');
    } else if (c == 'u' && i + 4 < s.size()) {
      AppendUtf8(static_cast<uint32_t>(std::stoul(std::string(s.substr(i + 1, 4)), nullptr, 16)), out);
      i += 4;
    } else {
      out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> SplitFields(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t e; (e = s.find(sep, b)) != std::string_view::npos; b = e + 1) out.emplace_back(s.substr(b, e - b));
  out.emplace_back(s.substr(b));
  return out;
}

}  // namespace sw::text
