// SPDX-License-Identifier: MIT
// The report tests check a chart's markup by counting its elements.
#pragma once

#include <cstddef>
#include <string>

namespace sw::test {

// Occurrences of `what` in `s` that do not overlap.
inline size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace sw::test
