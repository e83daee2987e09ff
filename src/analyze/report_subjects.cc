// SPDX-License-Identifier: MIT
// The subjects a report asks about when the user names none, read from the knowledge base and
// the store rather than written in code: what the region built itself, and the initiatives the
// press writes about most.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "store/store_impl.h"
#include "summitwatch/mention_network.h"

namespace summitwatch {

using sw::store::Stmt;

Result<std::vector<std::string>> RegionalInstitutions(const Store& store) {
  const auto& db = store.impl().db;
  // A body belongs to a format through `of`; an agreement through the meeting it was signed at.
  Stmt q(db,
         "WITH regional AS (SELECT id FROM formats WHERE initiator_kind = 'regional') "
         "SELECT id FROM regional "
         "UNION SELECT b.id FROM bodies b JOIN regional r ON r.id = b.of "
         "UNION SELECT a.id FROM agreements a JOIN meetings m ON m.id = a.meeting JOIN regional r ON r.id = m.format "
         "ORDER BY 1");
  std::vector<std::string> out;
  while (q.Step()) out.emplace_back(q.Text(0));
  if (!q.status()) return q.status().error();
  return out;
}

Result<std::vector<std::string>> MostMentionedInitiatives(const Store& store, size_t n) {
  const auto& db = store.impl().db;
  Stmt q(db,
         "SELECT m.entity, count(DISTINCT m.doc) AS docs, count(*) AS n FROM mentions m "
         "JOIN documents d ON d.doc = m.doc AND d.kind = 'news' "
         "WHERE m.entity IN (SELECT id FROM entities WHERE type = 'initiative') "
         "GROUP BY m.entity ORDER BY docs DESC, n DESC, m.entity LIMIT ?");
  q.Bind(1, static_cast<int64_t>(n));
  std::vector<std::string> out;
  while (q.Step()) out.emplace_back(q.Text(0));
  if (!q.status()) return q.status().error();
  return out;
}

}  // namespace summitwatch
