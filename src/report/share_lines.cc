// SPDX-License-Identifier: MIT
#include "report/share_lines.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "report/html.h"
#include "report/table_cells.h"

namespace sw::report {
namespace {

constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2"};

}  // namespace

std::string ShareLines(const summitwatch::Table& t, const ShareLinesOptions& o) {
  const auto xc = ColumnIndex(t, o.x_column);
  if (!xc || t.rows.empty()) return "<p>(nothing to chart)</p>\n";
  int x0 = 9999, x1 = -9999;
  for (const auto& row : t.rows) {
    if (auto x = Number(row[*xc])) x0 = std::min(x0, static_cast<int>(*x)), x1 = std::max(x1, static_cast<int>(*x));
  }
  if (x0 > x1) return "<p>(nothing to chart)</p>\n";
  const int left = 50, right = 170, top = 30, bottom = 30;
  const int pw = o.width - left - right, ph = o.height - top - bottom;
  auto X = [&](double x) { return left + (x1 == x0 ? pw / 2.0 : (x - x0) * pw / (x1 - x0)); };
  auto Y = [&](double v) { return top + (1.0 - v) * ph; };

  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart share-lines" width="{}" height="{}" role="img" aria-label="{}">)"
      R"(<text x="{}" y="18" font-size="14" font-weight="bold">{}</text>)",
      o.width, o.height, Escape(o.title), left, Escape(o.title));
  for (double v : {0.0, 0.25, 0.5, 0.75, 1.0}) {
    svg += fmt::format(R"(<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="{}"/>)"
                       R"(<text x="{}" y="{:.1f}" font-size="11" text-anchor="end">{:.0f}%</text>)",
                       left, left + pw, Y(v), Y(v), v == 0.5 ? "#bbbbbb" : "#e5e5e5", left - 6, Y(v) + 4, v * 100);
  }
  const int step = (x1 - x0) <= 16 ? 1 : (x1 - x0) <= 32 ? 2 : 5;
  for (int x = x0; x <= x1; x += step) {
    svg +=
        fmt::format(R"(<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle">{}</text>)", X(x), top + ph + 18, x);
  }
  for (size_t s = 0; s < o.series.size(); ++s) {
    const ShareSeries& series = o.series[s];
    const auto c = ColumnIndex(t, series.column);
    if (!c) continue;
    const auto part = ColumnIndex(t, series.part_column), total = ColumnIndex(t, series.total_column);
    const char* colour = series.emphasis ? "#222222" : kPalette[s % std::size(kPalette)];
    std::string path, dots;
    bool gap = true;  // a NULL share breaks the line
    for (const auto& row : t.rows) {
      const auto x = Number(row[*xc]);
      const auto v = Number(row[*c]);
      if (!x || !v) {
        gap = true;
        continue;
      }
      path += fmt::format("{}{:.1f},{:.1f} ", gap ? "M" : "L", X(*x), Y(*v));
      gap = false;
      std::string counts;
      if (part && total) {
        counts = fmt::format(" ({} of {})", Number(row[*part]).value_or(0), Number(row[*total]).value_or(0));
      }
      dots +=
          fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="{}" fill="{}"><title>{} {}: {:.1f}%{}</title></circle>)",
                      X(*x), Y(*v), series.emphasis ? 4 : 3, colour, Escape(series.label), *x, *v * 100, counts);
    }
    svg += fmt::format(R"(<path class="series" d="{}" fill="none" stroke="{}" stroke-width="{}"/>)", path, colour,
                       series.emphasis ? 3.5 : 2);
    svg += dots;
    const int ly = top + static_cast<int>(s) * 18;
    svg += fmt::format(
        R"(<rect x="{}" y="{}" width="12" height="{}" fill="{}"/><text x="{}" y="{}" font-size="12">{}</text>)",
        left + pw + 14, ly, series.emphasis ? 5 : 3, colour, left + pw + 30, ly + 5, Escape(series.label));
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace sw::report
