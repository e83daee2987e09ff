// SPDX-License-Identifier: MIT
// Who mentions whom, and with what stance: groups of documents (by issuer, format, ...) against
// the entities their documents mention.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;

// The stances of DESIGN.md in their documented order; others that a cue file adds follow.
const std::vector<std::string> kStances = {"welcomes", "supports", "commends", "notes", "concerned", "opposes"};

struct Counts {
  int64_t documents = 0, mentions = 0;
  std::map<std::string, int64_t> stance;  // "" for mentions without a stance
  int64_t last_doc = -1;                  // while counting: the last document seen
};
using Cells = std::map<std::pair<std::string, std::string>, Counts>;  // (group, entity)

std::vector<std::string> StanceColumns(const Cells& cells) {
  std::vector<std::string> out = kStances;
  for (const auto& [key, c] : cells) {
    for (const auto& [s, n] : c.stance) {
      if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  }
  return out;
}

// One pass over the mentions of the selected documents, in document order, counted here: a GROUP
// BY over millions of mentions would sort them all in a temporary B-tree.
Result<Cells> CountMentions(const sw::store::Db& db, const sw::analyze::Grouping& g, const sw::analyze::SqlFilter& where,
                            const std::string& entity) {
  Stmt q(db, fmt::format("SELECT d.doc, {}, m.entity, m.stance FROM documents d{} JOIN mentions m ON m.doc = d.doc "
                         "WHERE 1{}{} ORDER BY d.doc",
                         g.key, g.join, where.sql, entity.empty() ? "" : " AND m.entity = ?"));
  int next = where.Bind(q, 1);
  if (!entity.empty()) q.Bind(next, entity);
  // Cells by "group \x1f entity", with the last one found kept, since a document's mentions of
  // one entity tend to come together.
  std::unordered_map<std::string, Counts> cells;
  std::string lookup, last;
  Counts* c = nullptr;
  while (q.Step()) {
    lookup.assign(q.Text(1));
    lookup += '\x1f';
    lookup += q.Text(2);
    if (!c || lookup != last) {
      c = &cells[lookup];
      last = lookup;
    }
    const int64_t doc = q.Int(0);
    if (c->last_doc != doc) {
      c->last_doc = doc;
      ++c->documents;
    }
    ++c->mentions;
    const std::string_view stance = q.Text(3);
    auto it = c->stance.find(std::string(stance));
    if (it == c->stance.end()) it = c->stance.emplace(std::string(stance), 0).first;
    ++it->second;
  }
  if (!q.status()) return q.status().error();
  Cells out;
  for (auto& [k, v] : cells) {
    const size_t sep = k.find('\x1f');
    out.emplace(std::pair{k.substr(0, sep), k.substr(sep + 1)}, std::move(v));
  }
  return out;
}

}  // namespace

Result<Table> MentionMatrix(const Store& store, GroupBy by, const std::string& entity, const DocFilter& filter) {
  const auto& db = store.impl().db;
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  const auto g = sw::analyze::GroupingFor(by);

  auto counted = CountMentions(db, g, *where, entity);
  if (!counted) return counted.error();
  const Cells& cells = *counted;
  const auto stances = StanceColumns(cells);
  Table t;
  using K = Column::Kind;
  t.columns = {{g.column, by == GroupBy::kYear ? K::kInt : K::kText}};
  if (entity.empty()) {
    t.title = fmt::format("Mentions by {} of each entity, with the stance taken", g.column);
    t.columns.push_back({"entity", K::kText});
  } else {
    t.title = fmt::format("Mentions of {} by {}: every {} with documents, mentioning it or not", entity, g.column,
                          g.column);
    t.columns.push_back({"documents", K::kInt});
  }
  t.columns.push_back({"mentioning", K::kInt});
  t.columns.push_back({"mentions", K::kInt});
  for (const auto& s : stances) t.columns.push_back({s, K::kInt});
  t.columns.push_back({"no_stance", K::kInt});

  auto add_row = [&](std::vector<Value> row, const Counts& c) {
    row.emplace_back(c.documents);
    row.emplace_back(c.mentions);
    for (const auto& s : stances) {
      auto it = c.stance.find(s);
      row.emplace_back(it == c.stance.end() ? int64_t{0} : it->second);
    }
    auto none = c.stance.find("");
    row.emplace_back(none == c.stance.end() ? int64_t{0} : none->second);
    t.rows.push_back(std::move(row));
  };

  if (entity.empty()) {
    std::vector<const std::pair<const std::pair<std::string, std::string>, Counts>*> order;
    for (const auto& kv : cells) order.push_back(&kv);
    std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) {
      if (a->first.first != b->first.first) {
        if (a->first.first.empty() != b->first.first.empty()) return b->first.first.empty();
        return a->first.first < b->first.first;
      }
      return a->second.mentions > b->second.mentions;
    });
    for (const auto* kv : order) add_row({sw::analyze::KeyValue(by, kv->first.first), kv->first.second}, kv->second);
    return t;
  }

  // With one entity, every group appears, so that silence shows as zeros.
  auto sizes = sw::analyze::DocumentsPerGroup(db, g, *where, !sw::analyze::IsEmpty(filter));
  if (!sizes) return sizes.error();
  std::vector<std::pair<std::string, int64_t>> groups(sizes->begin(), sizes->end());
  std::stable_partition(groups.begin(), groups.end(), [](const auto& kv) { return !kv.first.empty(); });
  for (const auto& [key, n] : groups) {
    auto it = cells.find({key, entity});
    add_row({sw::analyze::KeyValue(by, key), n}, it == cells.end() ? Counts{} : it->second);
  }
  return t;
}

}  // namespace summitwatch
