// SPDX-License-Identifier: MIT
#include "report/table_select.h"

namespace sw::report {

summitwatch::Table SelectColumns(const summitwatch::Table& t, const std::vector<std::string>& names) {
  std::vector<size_t> keep;
  for (const auto& name : names) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].name == name) keep.push_back(c);
    }
  }
  summitwatch::Table out;
  out.title = t.title;
  for (size_t c : keep) out.columns.push_back(t.columns[c]);
  for (const auto& row : t.rows) {
    auto& r = out.rows.emplace_back();
    for (size_t c : keep) r.push_back(row[c]);
  }
  return out;
}

}  // namespace sw::report
