// SPDX-License-Identifier: MIT
#include "report/evidence_scope.h"

#include <algorithm>

#include "store/store_impl.h"

namespace sw::report {

std::vector<SentenceRef> InScope(const summitwatch::Store& store, const summitwatch::DocFilter& filter,
                                 std::vector<SentenceRef> refs) {
  if (filter.from.empty() && filter.to.empty() && filter.format.empty()) return refs;
  sw::store::Stmt q(store.impl().db, "SELECT coalesce(date, ''), coalesce(format, '') FROM documents WHERE doc = ?1");
  std::erase_if(refs, [&](const SentenceRef& r) {
    q.Reset();
    q.Bind(1, r.doc);
    if (!q.Step()) return true;
    const std::string date(q.Text(0)), format(q.Text(1));
    // "2023" as a bound is the whole year: compare as many characters as the bound has.
    if (!date.empty() && !filter.from.empty() && date.substr(0, filter.from.size()) < filter.from) return true;
    if (!date.empty() && !filter.to.empty() && date.substr(0, filter.to.size()) > filter.to) return true;
    return !format.empty() && !filter.format.empty() &&
           std::find(filter.format.begin(), filter.format.end(), format) == filter.format.end();
  });
  return refs;
}

}  // namespace sw::report
