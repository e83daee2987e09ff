// SPDX-License-Identifier: MIT
#include "report/official_texts.h"

namespace sw::report {

summitwatch::Result<summitwatch::DocFilter> OfficialTexts(const sw::store::Db& db, const summitwatch::DocFilter& filter) {
  summitwatch::DocFilter f = filter;
  f.kind.clear();
  if (!filter.kind.empty()) {
    for (const auto& k : filter.kind) {
      if (k != "news") f.kind.push_back(k);
    }
    return f;
  }
  sw::store::Stmt q(db, "SELECT DISTINCT kind FROM documents WHERE kind IS NOT NULL AND kind <> 'news' ORDER BY kind");
  while (q.Step()) f.kind.emplace_back(q.Text(0));
  if (!q.status()) return q.status().error();
  return f;
}

}  // namespace sw::report
