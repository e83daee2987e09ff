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
        cell = std::to_string(*i);
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

std::string Page::Render() const {
  static constexpr const char* kStyle = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 80rem;
       padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } .num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 0.85rem; } svg { max-width: 100%; height: auto; }
section { overflow-x: auto; }
)css";
  return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{0}</title>\n"
                     "<style>{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n{2}</body>\n</html>\n",
                     Escape(title_), kStyle, body_);
}

}  // namespace sw::report
