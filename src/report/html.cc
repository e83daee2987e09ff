// SPDX-License-Identifier: MIT
#include "report/html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace sw::report {

using summitwatch::Column;
using summitwatch::Value;

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string TableHtml(const summitwatch::Table& t, const TableStyle& style) {
  std::string out = "<table>\n<thead><tr>";
  for (const auto& c : t.columns) {
    fmt::format_to(std::back_inserter(out), "<th{}>{}</th>", c.kind == Column::Kind::kText ? "" : " class=\"num\"",
                   Escape(c.name));
  }
  out += "</tr></thead>\n<tbody>\n";
  size_t shown = 0;
  for (const auto& row : t.rows) {
    if (style.max_rows && shown++ == style.max_rows) break;
    out += "<tr>";
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const Value& v = row[c];
      const Column::Kind kind = t.columns[c].kind;
      std::string cell, attr = kind == Column::Kind::kText ? "" : " class=\"num\"";
      if (std::holds_alternative<std::monostate>(v)) {
        cell = "–";
      } else if (auto* i = std::get_if<int64_t>(&v)) {
        cell = kind == Column::Kind::kBool ? (*i ? "yes" : "no") : std::to_string(*i);
      } else if (auto* d = std::get_if<double>(&v)) {
        if (kind == Column::Kind::kShare) {
          cell = fmt::format("{:.1f}%", *d * 100);
          // Blue for positive shares, scaled so that 50 % is full strength; differences may be negative.
          if (style.shade_shares && *d != 0) {
            const double a = std::min(1.0, std::abs(*d) * 2);
            attr = fmt::format(" class=\"num\" style=\"background:rgba({},{:.2f})\"",
                               *d > 0 ? "44,110,190" : "200,80,60", a * 0.55);
          }
        } else {
          cell = fmt::format("{:.3g}", *d);
        }
      } else {
        cell = Escape(std::get<std::string>(v));
      }
      fmt::format_to(std::back_inserter(out), "<td{}>{}</td>", attr, cell);
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (style.max_rows && t.rows.size() > style.max_rows) {
    fmt::format_to(std::back_inserter(out), "<p class=\"note\">{} more rows not shown.</p>\n",
                   t.rows.size() - style.max_rows);
  }
  return out;
}

void Page::Section(const std::string& heading, const std::string& html, const std::string& note) {
  fmt::format_to(std::back_inserter(body_), "<section>\n<h2>{}</h2>\n", Escape(heading));
  if (!note.empty()) fmt::format_to(std::back_inserter(body_), "<p class=\"note\">{}</p>\n", Escape(note));
  body_ += html;
  body_ += "</section>\n";
}

void Page::AnchoredSection(const std::string& id, const std::string& heading, const std::string& html,
                           const std::string& note) {
  toc_.emplace_back(id, heading);
  fmt::format_to(std::back_inserter(body_), "<section id=\"{}\">\n<h2>{}</h2>\n", Escape(id), Escape(heading));
  if (!note.empty()) fmt::format_to(std::back_inserter(body_), "<p class=\"note\">{}</p>\n", Escape(note));
  body_ += html;
  body_ += "</section>\n";
}

std::string Page::Render() const {
  // Evidence lives in <details>: a summary line that says what is inside and how much, the
  // excerpts indented under it. Print opens what the browser supports opening, drops the width
  // limit and keeps charts and table rows whole across pages.
  static constexpr const char* kStyle = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 80rem;
       padding: 0 1rem; color: #222; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } .num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 0.85rem; } svg { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
section { overflow-x: auto; }
nav.toc ul { margin: 0.3rem 0; padding-left: 0.5rem; list-style: none; } nav.toc li { margin: 0.15rem 0; }
nav.toc a { text-decoration: none; }
details { margin: 0.3rem 0; border-left: 3px solid #dde4ee; padding: 0.1rem 0 0.1rem 0.6rem; }
details > summary { cursor: pointer; color: #2a4d7a; font-size: 0.88rem; }
details > summary:hover { text-decoration: underline; }
details[open] > summary { margin-bottom: 0.3rem; }
details details { margin-left: 0.4rem; }
details.evidence ul { margin: 0.2rem 0 0.4rem; padding-left: 1.2rem; font-size: 0.85rem; }
details.evidence li { margin: 0.15rem 0; } details.evidence q { font-style: italic; }
details.evidence li.more { list-style: none; color: #666; }
.docindex tr:target { background: #fff3c4; } .docindex td:nth-child(-n+3) { white-space: nowrap; }
table.matrix { font-size: 0.8rem; } table.matrix th, table.matrix td { white-space: nowrap; } table.matrix tbody th { text-align: left; }
td.silent { background: repeating-linear-gradient(135deg, #f4f4f4 0 6px, #e8e8e8 6px 12px); color: #666;
            font-style: italic; }
footer { margin-top: 3rem; border-top: 1px solid #ddd; color: #666; font-size: 0.8rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  section { overflow: visible; break-before: auto; }
  h2, h3 { break-after: avoid; }
  svg, tr, li { break-inside: avoid; }
  details { border-left: none; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { color: #222; }
  nav.toc { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
)css";
  std::string toc;
  if (!toc_.empty()) {
    toc = "<nav class=\"toc\"><h2>Contents</h2>\n<ul>\n";
    for (const auto& [id, heading] : toc_) {
      fmt::format_to(std::back_inserter(toc), "<li><a href=\"#{}\">{}</a></li>\n", Escape(id), Escape(heading));
    }
    toc += "</ul>\n</nav>\n";
  }
  return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{0}</title>\n"
                     "<style>{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n{2}{3}{4}{5}</body>\n</html>\n",
                     Escape(title_), kStyle, intro_, toc, body_,
                     footer_.empty() ? std::string() : "<footer>\n" + footer_ + "</footer>\n");
}

}  // namespace sw::report
