// SPDX-License-Identifier: MIT
// Question 3, who acknowledges whom: the acknowledgement network (MentionNetwork, the table that
// `mentions --network` prints) as a chart, the silences of the acknowledged institutions, the
// table, and per edge the sentences behind it, stance by stance.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "analyze/mention_network.h"
#include "report/html.h"
#include "report/network_chart.h"
#include "report/table_cells.h"
#include "report/sections.h"
#include "store/store_impl.h"

namespace sw::report {
namespace {

using summitwatch::Table;
using summitwatch::Value;

std::map<std::string, std::string> EntityNames(const summitwatch::Store& store) {
  std::map<std::string, std::string> out;
  sw::store::Stmt q(store.impl().db, "SELECT id, name FROM entities");
  while (q.Step()) out.emplace(q.Text(0), q.Text(1));
  return out;
}

size_t Col(const Table& t, std::string_view name) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name == name) return c;
  }
  return t.columns.size();
}

// "welcomes 2, no stance 5" for an edge's row.
std::string StanceSummary(const Table& t, const std::vector<Value>& row) {
  std::string out;
  const size_t first = Col(t, "mentions") + 1, last = Col(t, "no_stance");
  for (size_t c = first; c <= last && c < row.size(); ++c) {
    if (CellInt(row[c]) == 0) continue;
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", c == last ? "no stance" : t.columns[c].name,
                       CellInt(row[c]));
  }
  return out;
}

}  // namespace

summitwatch::Result<Section> AcknowledgementSection(ReportContext& ctx) {
  const auto& acknowledged = ctx.options.acknowledged;
  auto net = sw::analyze::BuildMentionNetwork(ctx.store, ctx.filter, acknowledged, summitwatch::GroupBy::kIssuer);
  if (!net) return net.error();
  const Table& t = net->table;
  const auto names = EntityNames(ctx.store);
  auto name_of = [&](const std::string& id) {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
  };
  const size_t c_source = Col(t, "source"), c_entity = Col(t, "entity"), c_docs = Col(t, "documents"),
               c_source_docs = Col(t, "source_documents"), c_edge = Col(t, "edge");

  Section s;
  s.id = "q3-acknowledgement";
  s.heading = "3. Who acknowledges whom?";
  s.note = "Each issuer's documents (a joint text counts for every issuer) against the formats, bodies, "
           "organisations, agreements and initiatives they mention, a meeting counting for its format; the stance is "
           "the one the mentioning sentence takes (welcomes, supports, commends, notes, concerned, opposes). A silence "
           "is an issuer with documents in the selection none of which mentions an acknowledged institution. "
           "\"summitwatch mentions --network\" prints the same table (docs/METHODS.md, \"Acknowledgement network\").";

  const std::vector<std::string>& subjects = net->acknowledged;
  const std::set<std::string> wanted(subjects.begin(), subjects.end());
  std::string html;
  html += NetworkChart(t, {.title = "Who mentions which format, institution or agreement (line colour: dominant "
                                    "stance; dashed: never mentioned)",
                           .names = names});

  // The silences in words, acknowledged institution by acknowledged institution.
  html += "<h3>Silences</h3>\n";
  if (subjects.empty()) {
    html += "<p>No institution is acknowledged: none was named and the knowledge base has no regionally initiated "
            "format.</p>\n";
  } else {
    std::map<std::string, std::vector<std::string>> silent, heard;
    for (const auto& row : t.rows) {
      const std::string e = CellText(row[c_entity]), src = CellText(row[c_source]);
      if (CellText(row[c_edge]) == "silence") {
        silent[e].push_back(fmt::format("{} ({} document{})", src, CellInt(row[c_source_docs]),
                                        CellInt(row[c_source_docs]) == 1 ? "" : "s"));
      } else {
        heard[e].push_back(src);
      }
    }
    html += "<ul class=\"silences\">\n";
    for (const auto& e : subjects) {
      std::string never;
      for (const auto& x : silent[e]) never += (never.empty() ? "" : ", ") + x;
      std::string line;
      if (!never.empty()) {
        line = fmt::format("never mentioned by {}; mentioned by {}", never,
                           heard[e].empty() ? std::string("no issuer")
                                            : fmt::format("{} issuer{}", heard[e].size(), heard[e].size() == 1 ? "" : "s"));
      } else if (!heard[e].empty()) {
        line = "mentioned by every issuer with documents in the selection";
      } else {
        line = "no issuer has documents in the selection";
      }
      html += fmt::format("<li><b>{}</b> ({}): {}.</li>\n", Escape(e), Escape(name_of(e)), Escape(line));
    }
    html += "</ul>\n";
  }

  // The acknowledged institutions against every source, from the same rows: who mentions each
  // (documents of the source's documents, coloured by the dominant stance), who never does.
  if (!subjects.empty()) {
    std::vector<std::string> sources;
    std::map<std::pair<std::string, std::string>, const std::vector<Value>*> cell;
    for (const auto& row : t.rows) {
      const std::string src = CellText(row[c_source]), e = CellText(row[c_entity]);
      if (!wanted.count(e)) continue;
      if (std::find(sources.begin(), sources.end(), src) == sources.end()) sources.push_back(src);
      cell[{e, src}] = &row;
    }
    std::sort(sources.begin(), sources.end());
    html += "<h3>The acknowledged institutions, source by source</h3>\n<table class=\"matrix\"><thead><tr><th></th>";
    for (const auto& src : sources) html += fmt::format("<th class=\"num\">{}</th>", Escape(src));
    html += "</tr></thead>\n<tbody>\n";
    const size_t c_dominant = Col(t, "dominant");
    for (const auto& e : subjects) {
      html += fmt::format("<tr><th title=\"{}\">{}</th>", Escape(name_of(e)), Escape(e));
      for (const auto& src : sources) {
        auto it = cell.find({e, src});
        if (it == cell.end()) {
          html += "<td class=\"num\">–</td>";
          continue;
        }
        const auto& row = *it->second;
        if (CellText(row[c_edge]) == "silence") {
          html += fmt::format("<td class=\"num silent\" title=\"{} never mentions {}\">silent 0/{}</td>",
                              Escape(src), Escape(e), CellInt(row[c_source_docs]));
        } else {
          const std::string dominant = CellText(row[c_dominant]);
          html += fmt::format("<td class=\"num\" style=\"border-left:4px solid {}\" title=\"{}\">{}/{}{}</td>",
                              StanceColour(dominant), Escape(StanceSummary(t, row)), CellInt(row[c_docs]),
                              CellInt(row[c_source_docs]), dominant.empty() ? "" : " " + Escape(dominant));
        }
      }
      html += "</tr>\n";
    }
    html += "</tbody></table>\n<p class=\"note\">Documents of the source that mention the institution / all its "
            "documents in the selection, and the stance most of the mentions take; the rows are those of the table "
            "below.</p>\n";
  }
  html += fmt::format("<details class=\"table\"><summary>The whole network as a table ({} rows)</summary>\n{}</details>\n",
                      t.rows.size(), TableHtml(t, {.shade_shares = false}));

  // Evidence: per edge, the sentences of each stance; the acknowledged institutions first.
  html += "<h3>The sentences behind each line</h3>\n";
  std::vector<std::string> entity_order;
  std::map<std::string, std::vector<const std::vector<Value>*>> by_entity;
  for (const auto& row : t.rows) {
    if (CellText(row[c_edge]) != "mention") continue;
    const std::string e = CellText(row[c_entity]);
    if (!by_entity.count(e)) entity_order.push_back(e);
    by_entity[e].push_back(&row);
  }
  std::stable_partition(entity_order.begin(), entity_order.end(), [&](const std::string& e) {
    return wanted.count(e) > 0;
  });
  for (const auto& e : entity_order) {
    const auto& edges = by_entity[e];
    html += fmt::format("<details class=\"entity-evidence\"><summary>{} ({}): mentioned by {} issuer{}</summary>\n",
                        Escape(e), Escape(name_of(e)), edges.size(), edges.size() == 1 ? "" : "s");
    // Sources citing the very same sentences (the signatories of the same joint texts) share one
    // list, as they share a node in the chart.
    std::vector<std::pair<std::string, const std::vector<Value>*>> groups;  // (sources, a row)
    std::map<std::string, size_t> group_of;                                 // evidence key -> group
    for (const auto* row : edges) {
      const std::string src = CellText((*row)[c_source]);
      const auto it = net->sentences.find({src, e});
      if (it == net->sentences.end()) continue;
      std::string key = fmt::format("{}/{}|", CellInt((*row)[c_docs]), CellInt((*row)[c_source_docs]));
      for (const auto& m : it->second) key += fmt::format("{}:{}:{};", m.doc, m.sentence, m.stance);
      auto [g, fresh] = group_of.emplace(key, groups.size());
      if (fresh) groups.emplace_back(src, row);
      else groups[g->second].first += ", " + src;
    }
    for (const auto& [sources, row] : groups) {
      const std::string first = sources.substr(0, sources.find(','));
      const auto& refs = net->sentences.find({first, e})->second;
      std::map<std::string, std::vector<SentenceRef>> by_stance;
      std::vector<std::string> stance_order;
      for (const auto& m : refs) {
        if (!by_stance.count(m.stance)) stance_order.push_back(m.stance);
        by_stance[m.stance].push_back({m.doc, m.sentence});
      }
      const bool each = sources.find(',') != std::string::npos;
      html += fmt::format("<p class=\"edge\">{} → {}: {} of {} documents{} ({})</p>\n", Escape(sources), Escape(e),
                          CellInt((*row)[c_docs]), CellInt((*row)[c_source_docs]), each ? " each" : "",
                          Escape(StanceSummary(t, *row)));
      for (const auto& stance : stance_order) {
        html += ctx.Evidence(by_stance[stance],
                             fmt::format("{} → {}: {}", sources, e, stance.empty() ? "no stance" : stance), 5);
      }
    }
    html += "</details>\n";
  }
  s.html = std::move(html);
  return s;
}

}  // namespace sw::report
