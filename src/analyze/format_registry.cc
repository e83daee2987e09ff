// SPDX-License-Identifier: MIT
// The registry of formats and bodies: what the knowledge base says of them, and what the store
// shows of their activity (docs/METHODS.md, "Last sign of activity").
#include <fmt/format.h>

#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;
using K = Column::Kind;

Value TextOrNull(const Stmt& q, int c) { return q.IsNull(c) ? Value{} : Value{std::string(q.Text(c))}; }

}  // namespace

Result<Table> FormatRegistry(const Store& store, const std::string& as_of_arg) {
  const auto& db = store.impl().db;
  const std::string as_of = as_of_arg.empty() ? sw::analyze::Today() : as_of_arg;
  // One row per format. Meetings count when held by `as_of`; news counts when it mentions the
  // format itself, one of its meetings or one of its bodies.
  Stmt q(db, R"sql(
    SELECT f.id, f.initiator, f.initiator_kind,
      (SELECT group_concat(member, ' ') FROM (SELECT member FROM members WHERE entity = f.id ORDER BY position)),
      f.secretariat || coalesce(' (' || (SELECT seat FROM bodies WHERE id = f.secretariat) || ')', ''),
      (SELECT group_concat(level || coalesce('/' || every_months || 'm', ''), ', ') FROM cadences WHERE entity = f.id),
      f.founded,
      (SELECT count(*) FROM meetings WHERE format = f.id AND date <= ?1),
      (SELECT min(date) FROM meetings WHERE format = f.id AND date <= ?1),
      (SELECT max(date) FROM meetings WHERE format = f.id AND date <= ?1),
      (SELECT count(*) FROM documents WHERE format = f.id),
      (SELECT max(date) FROM documents WHERE format = f.id),
      coalesce((SELECT documents FROM entity_activity WHERE entity = f.id), 0),
      (SELECT max(last_news_date) FROM entity_activity WHERE entity = f.id
          OR entity IN (SELECT id FROM meetings WHERE format = f.id)
          OR entity IN (SELECT id FROM bodies WHERE of = f.id)),
      e.name
    FROM formats f JOIN entities e ON e.id = f.id
    ORDER BY f.founded IS NULL, f.founded, f.id)sql");
  q.Bind(1, as_of);
  Table t;
  t.title = fmt::format("Formats of the knowledge base and their activity (as of {})", as_of);
  t.columns = {{"format", K::kText},        {"initiator", K::kText},    {"initiator_kind", K::kText},
               {"members", K::kText},       {"secretariat", K::kText},  {"cadence", K::kText},
               {"founded", K::kText},       {"meetings", K::kInt},      {"first_meeting", K::kText},
               {"last_meeting", K::kText},  {"documents", K::kInt},     {"mentioned_in", K::kInt},
               {"last_activity", K::kText}, {"activity_from", K::kText}, {"name", K::kText}};
  while (q.Step()) {
    std::vector<Value> row;
    for (int c : {0, 1, 2, 3, 4, 5, 6}) row.emplace_back(TextOrNull(q, c));
    row.emplace_back(q.Int(7));
    row.emplace_back(TextOrNull(q, 8));
    row.emplace_back(TextOrNull(q, 9));
    row.emplace_back(q.Int(10));
    row.emplace_back(q.Int(12));
    // The latest of the three signs, and which one it was (the first listed wins a tie).
    std::string last, from;
    for (auto [col, what] : {std::pair{9, "meeting"}, {11, "document"}, {13, "news"}}) {
      if (!q.IsNull(col) && q.Text(col) > last) {
        last = q.Text(col);
        from = what;
      }
    }
    row.emplace_back(last.empty() ? Value{} : Value{last});
    row.emplace_back(from.empty() ? Value{} : Value{from});
    row.emplace_back(TextOrNull(q, 14));
    t.rows.push_back(std::move(row));
  }
  if (!q.status()) return q.status().error();
  return t;
}

Result<Table> BodyRegistry(const Store& store) {
  Stmt q(store.impl().db, R"sql(
    SELECT b.id, b.kind, b.of, coalesce(b.established, b.decided),
      CASE WHEN b.established IS NULL AND b.decided IS NOT NULL THEN 'decided' WHEN b.established IS NOT NULL
        THEN 'established' END,
      b.seat, coalesce(a.documents, 0), a.last_date, a.last_news_date, e.name
    FROM bodies b JOIN entities e ON e.id = b.id LEFT JOIN entity_activity a ON a.entity = b.id
    ORDER BY b.of, b.id)sql");
  Table t;
  t.title = "Bodies of the knowledge base, and the documents and news that mention them";
  t.columns = {{"body", K::kText},       {"kind", K::kText},         {"of", K::kText},
               {"since", K::kText},      {"how", K::kText},          {"seat", K::kText},
               {"mentioned_in", K::kInt}, {"last_mention", K::kText}, {"last_news", K::kText},
               {"name", K::kText}};
  while (q.Step()) {
    std::vector<Value> row;
    for (int c = 0; c < 10; ++c) row.emplace_back(c == 6 ? Value{q.Int(c)} : TextOrNull(q, c));
    t.rows.push_back(std::move(row));
  }
  if (!q.status()) return q.status().error();
  return t;
}

}  // namespace summitwatch
