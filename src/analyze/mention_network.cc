// SPDX-License-Identifier: MIT
// The acknowledgement network: which groups of documents (issuers by default) mention which
// institutions, with what stance, and which acknowledged institutions they never mention.
#include "analyze/mention_network.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace sw::analyze {
namespace {

using store::Stmt;
using summitwatch::Column;
using summitwatch::ErrorCode;
using summitwatch::MakeError;
using summitwatch::Result;
using summitwatch::Value;

// The stances of DESIGN.md in their documented order (which also breaks ties for the dominant
// stance); others that a cue file adds follow in order of appearance.
const std::vector<std::string> kStances = {"welcomes", "supports", "commends", "notes", "concerned", "opposes"};

// Knowledge-base types that count as institutions one can acknowledge. Countries and persons are
// actors, not institutions; a meeting is an occasion of its format, so it counts for the format.
constexpr const char* kInstitutionTypes = "'format', 'body', 'organisation', 'agreement', 'initiative', 'meeting'";
constexpr std::string_view kMeeting = "meeting";

struct Edge {
  std::string type;
  int64_t documents = 0, mentions = 0;
  std::map<std::string, int64_t> stance;             // "" for mentions without one
  std::map<std::string, std::vector<MentionRef>> refs;  // by stance
  int64_t last_doc = -1;
};

// Meeting id -> its format, for the meetings the knowledge base places in a format.
Result<std::unordered_map<std::string, std::string>> MeetingFormats(const store::Db& db) {
  std::unordered_map<std::string, std::string> out;
  Stmt q(db, "SELECT id, format FROM meetings WHERE format IS NOT NULL AND format <> ''");
  while (q.Step()) out.emplace(q.Text(0), q.Text(1));
  if (!q.status()) return q.status().error();
  return out;
}

std::string Dominant(const Edge& e, const std::vector<std::string>& stances) {
  std::string best;
  int64_t most = 0;
  for (const auto& s : stances) {
    auto it = e.stance.find(s);
    if (it != e.stance.end() && it->second > most) {
      most = it->second;
      best = s;
    }
  }
  return best;
}

}  // namespace

Result<MentionNetworkResult> BuildMentionNetwork(const summitwatch::Store& store, const summitwatch::DocFilter& filter,
                                                 const std::vector<std::string>& acknowledged,
                                                 summitwatch::GroupBy by) {
  const auto& db = store.impl().db;
  auto where = FilterSql(filter);
  if (!where) return where.error();
  auto meeting_format = MeetingFormats(db);
  if (!meeting_format) return meeting_format.error();

  // The acknowledged entities as the network counts them (a meeting as its format), in order.
  std::vector<std::pair<std::string, std::string>> wanted;  // (entity, type)
  {
    Stmt type(db, "SELECT type FROM entities WHERE id = ?");
    for (const auto& id : acknowledged) {
      type.Reset();
      type.Bind(1, id);
      if (!type.Step()) {
        if (!type.status()) return type.status().error();
        return MakeError(ErrorCode::kNotFound, fmt::format("no entity '{}' in the store's knowledge base.", id), id);
      }
      std::pair<std::string, std::string> e{id, std::string(type.Text(0))};
      if (e.second == kMeeting) {
        if (auto it = meeting_format->find(id); it != meeting_format->end()) e = {it->second, "format"};
      }
      if (std::find(wanted.begin(), wanted.end(), e) == wanted.end()) wanted.push_back(std::move(e));
    }
  }

  const auto g = GroupingFor(by);
  Stmt q(db, fmt::format("SELECT d.doc, {}, m.entity, m.type, m.sentence, coalesce(m.stance, '') FROM documents d{} "
                         "JOIN mentions m ON m.doc = d.doc WHERE m.type IN ({}){} ORDER BY d.doc, m.seq",
                         g.key, g.join, kInstitutionTypes, where->sql));
  where->Bind(q, 1);
  std::map<std::pair<std::string, std::string>, Edge> edges;
  std::vector<std::string> extra_stances;
  std::pair<std::string, std::string> key;
  Edge* e = nullptr;
  while (q.Step()) {
    if (q.Text(1).empty()) continue;  // no issuer (news items), no format, ...
    std::string entity(q.Text(2)), type(q.Text(3));
    if (type == kMeeting) {
      if (auto it = meeting_format->find(entity); it != meeting_format->end()) {
        entity = it->second;
        type = "format";
      }
    }
    if (!e || key.first != q.Text(1) || key.second != entity) {
      key = {std::string(q.Text(1)), entity};
      e = &edges[key];
      if (e->type.empty()) e->type = type;
    }
    const int64_t doc = q.Int(0);
    if (e->last_doc != doc) {
      e->last_doc = doc;
      ++e->documents;
    }
    ++e->mentions;
    std::string stance(q.Text(5));
    if (!stance.empty() && std::find(kStances.begin(), kStances.end(), stance) ==
                               kStances.end() &&
        std::find(extra_stances.begin(), extra_stances.end(), stance) == extra_stances.end()) {
      extra_stances.push_back(stance);
    }
    ++e->stance[stance];
    auto& refs = e->refs[stance];
    const auto sentence = static_cast<uint32_t>(q.Int(4));
    const bool repeat = !refs.empty() && refs.back().doc == doc && refs.back().sentence == sentence;
    if (!repeat && refs.size() < MentionNetworkResult::kMaxRefsPerStance) refs.push_back({doc, sentence, stance});
  }
  if (!q.status()) return q.status().error();
  auto sizes = DocumentsPerGroup(db, g, *where, !IsEmpty(filter));
  if (!sizes) return sizes.error();
  sizes->erase("");  // documents without a source are no node of the network

  std::vector<std::string> stances = kStances;
  stances.insert(stances.end(), extra_stances.begin(), extra_stances.end());

  MentionNetworkResult out;
  summitwatch::Table& t = out.table;
  using K = Column::Kind;
  t.title = fmt::format("Acknowledgement network: documents of each {} mentioning each format, institution or "
                        "agreement, by stance; then each acknowledged entity's silences{}",
                        g.column, IsEmpty(filter) ? "" : " (filtered)");
  t.columns = {{"source", K::kText}, {"entity", K::kText}, {"entity_type", K::kText}, {"source_documents", K::kInt},
               {"documents", K::kInt}, {"mentions", K::kInt}};
  for (const auto& s : stances) t.columns.push_back({s, K::kInt});
  t.columns.push_back({"no_stance", K::kInt});
  t.columns.push_back({"dominant", K::kText});
  t.columns.push_back({"edge", K::kText});

  auto size_of = [&](const std::string& source) {
    auto it = sizes->find(source);
    return it == sizes->end() ? int64_t{0} : it->second;
  };
  std::vector<const std::pair<const std::pair<std::string, std::string>, Edge>*> order;
  for (const auto& kv : edges) order.push_back(&kv);
  std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) {
    if (a->first.first != b->first.first) return a->first.first < b->first.first;
    return a->second.documents > b->second.documents;
  });
  for (const auto* kv : order) {
    const Edge& edge = kv->second;
    std::vector<Value> row = {kv->first.first, kv->first.second, edge.type, size_of(kv->first.first), edge.documents,
                              edge.mentions};
    for (const auto& s : stances) {
      auto it = edge.stance.find(s);
      row.emplace_back(it == edge.stance.end() ? int64_t{0} : it->second);
    }
    auto none = edge.stance.find("");
    row.emplace_back(none == edge.stance.end() ? int64_t{0} : none->second);
    const std::string dominant = Dominant(edge, stances);
    row.push_back(dominant.empty() ? Value{} : Value{dominant});
    row.emplace_back(std::string("mention"));
    t.rows.push_back(std::move(row));
    auto& refs = out.sentences[kv->first];
    for (const auto& s : stances) {
      if (auto it = edge.refs.find(s); it != edge.refs.end()) refs.insert(refs.end(), it->second.begin(), it->second.end());
    }
    if (auto it = edge.refs.find(""); it != edge.refs.end()) refs.insert(refs.end(), it->second.begin(), it->second.end());
  }
  for (const auto& [entity, type] : wanted) {
    out.acknowledged.push_back(entity);
    for (const auto& [source, n] : *sizes) {
      if (n == 0 || edges.count({source, entity})) continue;
      std::vector<Value> row = {source, entity, type, n, int64_t{0}, int64_t{0}};
      for (size_t i = 0; i <= stances.size(); ++i) row.emplace_back(int64_t{0});
      row.emplace_back(Value{});
      row.emplace_back(std::string("silence"));
      t.rows.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace sw::analyze

namespace summitwatch {

Result<Table> MentionNetwork(const Store& store, const DocFilter& filter, const std::vector<std::string>& acknowledged,
                             GroupBy by) {
  auto net = sw::analyze::BuildMentionNetwork(store, filter, acknowledged, by);
  if (!net) return net.error();
  return std::move(net->table);
}

}  // namespace summitwatch
