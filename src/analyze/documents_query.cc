// SPDX-License-Identifier: MIT
// Listing stored documents.
#include <fmt/format.h>

#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace summitwatch {

Result<Table> ListDocuments(const Store& store, const DocFilter& filter, size_t limit) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  sw::store::Stmt q(store.impl().db,
                    "SELECT d.id, d.date, d.kind, d.format, "
                    "(SELECT group_concat(issuer, ' ') FROM "
                    "  (SELECT issuer FROM document_issuers i WHERE i.doc = d.doc ORDER BY position)), "
                    "d.lang, d.country, d.words, "
                    "(SELECT area FROM document_areas a WHERE a.doc = d.doc ORDER BY share DESC, area LIMIT 1), "
                    "substr(d.hash, 1, 12), d.title "
                    "FROM documents d WHERE 1" + where->sql +
                    " ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT ?");
  int next = where->Bind(q, 1);
  q.Bind(next, limit ? static_cast<int64_t>(limit) : int64_t{-1});
  Table t;
  t.title = "Documents in the store, newest first";
  using K = Column::Kind;
  t.columns = {{"id", K::kText},     {"date", K::kText},    {"kind", K::kText},  {"format", K::kText},
               {"issuer", K::kText}, {"lang", K::kText},    {"country", K::kText}, {"words", K::kInt},
               {"top_area", K::kText}, {"hash", K::kText}, {"title", K::kText}};
  while (q.Step()) {
    std::vector<Value> row;
    for (int c = 0; c < static_cast<int>(t.columns.size()); ++c) {
      if (q.IsNull(c)) {
        row.emplace_back();
      } else if (t.columns[c].kind == K::kInt) {
        row.emplace_back(q.Int(c));
      } else {
        row.emplace_back(std::string(q.Text(c)));
      }
    }
    t.rows.push_back(std::move(row));
  }
  if (!q.status()) return q.status().error();
  return t;
}

}  // namespace summitwatch
