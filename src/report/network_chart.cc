// SPDX-License-Identifier: MIT
#include "report/network_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "report/html.h"
#include "report/table_cells.h"

namespace sw::report {
namespace {

struct Row {
  std::string source, entity, type, dominant;
  int64_t source_documents = 0, documents = 0, mentions = 0;
  bool silence = false;
  std::vector<std::pair<std::string, int64_t>> stances;  // non-zero counts, "" for no stance
};

// Institutions grouped as a reader scans them: the formats first, then what belongs to them.
int TypeRank(const std::string& type) {
  static const char* const kOrder[] = {"format", "body", "agreement", "organisation", "initiative"};
  for (size_t i = 0; i < std::size(kOrder); ++i) {
    if (type == kOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder));
}

constexpr const char* kSilenceColour = "#757575";

}  // namespace

std::string StanceColour(const std::string& stance) {
  // Warm for the critical stances, green to blue for the approving ones, grey for mere mentions.
  static const std::pair<const char*, const char*> kColours[] = {
      {"welcomes", "#1a9850"}, {"supports", "#66bd63"},  {"commends", "#2c7fb8"},
      {"notes", "#8073ac"},    {"concerned", "#f46d43"}, {"opposes", "#d73027"}};
  for (const auto& [s, c] : kColours) {
    if (stance == s) return c;
  }
  return stance.empty() ? "#b0b0b0" : "#e6ab02";
}

std::string NetworkChart(const summitwatch::Table& t, const NetworkChartOptions& o) {
  const auto source = ColumnIndex(t, "source"), entity = ColumnIndex(t, "entity"), type = ColumnIndex(t, "entity_type"),
             source_docs = ColumnIndex(t, "source_documents"), documents = ColumnIndex(t, "documents"),
             mentions = ColumnIndex(t, "mentions"), no_stance = ColumnIndex(t, "no_stance"),
             dominant = ColumnIndex(t, "dominant"), edge = ColumnIndex(t, "edge");
  if (!source || !entity || !type || !source_docs || !documents || !mentions || !no_stance || !dominant || !edge ||
      *no_stance < *mentions) {
    return "<p>(not an acknowledgement network table)</p>";
  }
  std::vector<Row> rows;
  for (const auto& r : t.rows) {
    Row x{CellText(r[*source]),   CellText(r[*entity]),    CellText(r[*type]),
          CellText(r[*dominant]), CellInt(r[*source_docs]), CellInt(r[*documents]),
          CellInt(r[*mentions]),  CellText(r[*edge]) == "silence", {}};
    for (size_t c = *mentions + 1; c <= *no_stance; ++c) {
      if (CellInt(r[c]) > 0) x.stances.emplace_back(c == *no_stance ? "" : t.columns[c].name, CellInt(r[c]));
    }
    if (!x.source.empty() && !x.entity.empty()) rows.push_back(std::move(x));
  }
  if (rows.empty()) return "<p>(no document of the selection mentions a format, institution or agreement)</p>";

  // Sources whose rows are identical (the signatories of the same joint texts, typically) are
  // drawn as one node, so that five copies of the same curves do not hide the rest.
  {
    std::map<std::string, std::string> signature;
    for (const Row& r : rows) {
      std::string& sig = signature[r.source];
      sig += fmt::format("{}|{}|{}|{}|{}|{};", r.entity, r.source_documents, r.documents, r.mentions, r.silence,
                         r.dominant);
      for (const auto& [st, n] : r.stances) sig += fmt::format("{}={},", st, n);
    }
    std::map<std::string, std::string> merged_name;  // signature -> "KAZ, KGZ, ..."
    for (const auto& [id, sig] : signature) {
      auto& name = merged_name[sig];
      name += (name.empty() ? "" : ", ") + id;
    }
    std::vector<Row> kept;
    std::set<std::string> done;
    for (Row& r : rows) {
      const std::string& name = merged_name[signature[r.source]];
      if (name != r.source && done.count(name + "\x1f" + r.entity + (r.silence ? "s" : "m"))) continue;
      done.insert(name + "\x1f" + r.entity + (r.silence ? "s" : "m"));
      r.source = name;
      kept.push_back(std::move(r));
    }
    rows = std::move(kept);
  }

  // Nodes: sources by their number of documents, entities by type then mentioning documents.
  std::map<std::string, int64_t> source_size, entity_docs;
  std::map<std::string, std::string> entity_type;
  std::map<std::string, int> silences;
  int64_t max_docs = 1;
  std::set<std::string> stances_seen;
  bool any_silence = false;
  for (const Row& r : rows) {
    source_size[r.source] = std::max(source_size[r.source], r.source_documents);
    entity_docs[r.entity] += r.documents;
    entity_type.emplace(r.entity, r.type);
    max_docs = std::max(max_docs, r.documents);
    if (r.silence) {
      ++silences[r.entity];
      any_silence = true;
    } else {
      stances_seen.insert(r.dominant);
    }
  }
  std::vector<std::string> left, right;
  for (const auto& [s, n] : source_size) left.push_back(s);
  std::stable_sort(left.begin(), left.end(), [&](const auto& a, const auto& b) { return source_size[a] > source_size[b]; });
  for (const auto& [e, n] : entity_docs) right.push_back(e);
  std::stable_sort(right.begin(), right.end(), [&](const auto& a, const auto& b) {
    const int ta = TypeRank(entity_type[a]), tb = TypeRank(entity_type[b]);
    if (ta != tb) return ta < tb;
    return entity_docs[a] > entity_docs[b];
  });

  const int row_h = 22, top = 78, bottom = 16;
  const int rows_n = static_cast<int>(std::max(left.size(), right.size()));
  const double body = static_cast<double>(rows_n * row_h);
  const int height = top + static_cast<int>(body) + bottom;
  // Label widths estimated at 7 px a character (12 px sans-serif), so that long labels are not cut.
  size_t left_chars = 0, right_chars = 0;
  for (const auto& s : left) left_chars = std::max(left_chars, s.size() + 16);
  for (const auto& e : right) {
    right_chars = std::max(right_chars, e.size() + entity_type[e].size() + (silences.count(e) ? 14 : 1));
  }
  const double x_left = 14 + 7.0 * static_cast<double>(left_chars);
  const int width = std::max(o.width, static_cast<int>(x_left + 320 + 7.0 * static_cast<double>(right_chars)));
  const double x_right = width - 10 - 7.0 * static_cast<double>(right_chars);
  auto y_of = [&](size_t i, size_t n) { return top + (static_cast<double>(i) + 0.5) * body / static_cast<double>(n); };
  std::map<std::string, double> y_left, y_right;
  for (size_t i = 0; i < left.size(); ++i) y_left[left[i]] = y_of(i, left.size());
  for (size_t i = 0; i < right.size(); ++i) y_right[right[i]] = y_of(i, right.size());

  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart network" width="{}" height="{}" viewBox="0 0 {} {}" role="img" aria-label="{}">)"
      R"(<text x="10" y="18" font-size="14" font-weight="bold">{}</text>)",
      width, height, width, height, Escape(o.title), Escape(o.title));

  // Legend: the dominant stances drawn, the silences, and the width scale.
  double lx = 10;
  auto swatch = [&](const std::string& label, const std::string& colour, bool dashed) {
    svg += fmt::format(R"(<line x1="{:.0f}" x2="{:.0f}" y1="40" y2="40" stroke="{}" stroke-width="3"{}/>)"
                       R"(<text x="{:.0f}" y="44" font-size="11">{}</text>)",
                       lx, lx + 22, colour, dashed ? R"( stroke-dasharray="4 3")" : "", lx + 27, Escape(label));
    lx += 34 + 6.5 * static_cast<double>(label.size());
  };
  for (const auto& col : t.columns) {
    if (stances_seen.count(col.name)) swatch(col.name, StanceColour(col.name), false);
  }
  if (stances_seen.count("")) swatch("no stance", StanceColour(""), false);
  if (any_silence) swatch("silent: never mentions it", kSilenceColour, true);
  svg += fmt::format(R"(<text x="10" y="64" font-size="11" fill="#555">line width: mentioning documents (thin 1, )"
                     R"(thickest {}); colour: the stance most mentions take; hover for counts</text>)",
                     max_docs);

  auto width_of = [&](int64_t docs) { return 1.0 + 7.0 * static_cast<double>(docs) / static_cast<double>(max_docs); };
  // Silences under the mentions, so that a mention is never hidden by a dashed line.
  for (int pass = 0; pass < 2; ++pass) {
    for (const Row& r : rows) {
      if (r.silence != (pass == 0)) continue;
      const double y1 = y_left[r.source], y2 = y_right[r.entity], xm = (x_left + x_right) / 2;
      std::string tip;
      if (r.silence) {
        tip = fmt::format("{} never mentions {} ({} document{})", r.source, r.entity, r.source_documents,
                          r.source_documents == 1 ? "" : "s");
      } else {
        std::string by_stance;
        for (const auto& [s, n] : r.stances) {
          by_stance += fmt::format("{}{} {}", by_stance.empty() ? "" : ", ", s.empty() ? "no stance" : s, n);
        }
        tip = fmt::format("{} → {}: {} of {} documents, {} mention{} ({})", r.source, r.entity, r.documents,
                          r.source_documents, r.mentions, r.mentions == 1 ? "" : "s", by_stance);
      }
      svg += fmt::format(
          R"(<path class="{}" d="M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}" fill="none" stroke="{}" )"
          R"(stroke-width="{:.1f}" stroke-opacity="{}"{}><title>{}</title></path>)",
          r.silence ? "silence" : "edge", x_left, y1, xm, y1, xm, y2, x_right, y2,
          r.silence ? kSilenceColour : StanceColour(r.dominant), r.silence ? 1.2 : width_of(r.documents),
          r.silence ? "0.8" : "0.6", r.silence ? R"( stroke-dasharray="4 3")" : "", Escape(tip));
    }
  }
  for (const auto& s : left) {
    const bool group = s.find(", ") != std::string::npos;
    svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="4" fill="#333"/>)"
                       R"(<text x="{:.1f}" y="{:.1f}" font-size="12" text-anchor="end">{} <tspan fill="#777">({} doc{}{})</tspan></text>)",
                       x_left, y_left[s], x_left - 8, y_left[s] + 4, Escape(s), source_size[s],
                       source_size[s] == 1 ? "" : "s", group ? " each" : "");
  }
  for (const auto& e : right) {
    auto name = o.names.find(e);
    std::string label = fmt::format(R"({} <tspan fill="#777">{}</tspan>)", Escape(e), Escape(entity_type[e]));
    if (auto it = silences.find(e); it != silences.end()) {
      label += fmt::format(R"( <tspan fill="{}">✕ {} silent</tspan>)", kSilenceColour, it->second);
    }
    svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="4" fill="#333"/>)"
                       R"(<text x="{:.1f}" y="{:.1f}" font-size="12"{}>{}<title>{}</title></text>)",
                       x_right, y_right[e], x_right + 8, y_right[e] + 4,
                       silences.count(e) ? R"( font-weight="bold")" : "", label,
                       Escape(name == o.names.end() ? e : name->second));
  }
  svg += "</svg>";
  return svg;
}

}  // namespace sw::report
