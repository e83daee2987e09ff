// SPDX-License-Identifier: MIT
#include "report/line_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "report/html.h"
#include "report/table_cells.h"

namespace sw::report {
namespace {

constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                                    "#ff9da7"};

struct Point {
  int year;
  double mean;
  std::optional<double> lo, hi;
  int64_t articles;
};

}  // namespace

std::string ToneLines(const summitwatch::Table& t, const LineChartOptions& o) {
  const auto country = ColumnIndex(t, "country"), year = ColumnIndex(t, "year"), articles = ColumnIndex(t, "articles"),
             mean = ColumnIndex(t, "target_tone"), lo = ColumnIndex(t, "target_lo"), hi = ColumnIndex(t, "target_hi");
  if (!country || !year || !articles || !mean || !lo || !hi) return "<p>(no country-by-year tone series)</p>";

  std::map<std::string, std::vector<Point>> lines;
  std::map<std::string, int64_t> weight;
  int y0 = 9999, y1 = 0;
  for (const auto& row : t.rows) {
    const auto* c = std::get_if<std::string>(&row[*country]);
    const auto y = Number(row[*year]);
    const auto m = Number(row[*mean]);
    if (!c || c->empty() || !y || !m) continue;
    const int64_t n = static_cast<int64_t>(Number(row[*articles]).value_or(0));
    lines[*c].push_back({static_cast<int>(*y), *m, Number(row[*lo]), Number(row[*hi]), n});
    weight[*c] += n;
    y0 = std::min(y0, static_cast<int>(*y));
    y1 = std::max(y1, static_cast<int>(*y));
  }
  if (lines.empty()) return "<p>(no documents mention the target)</p>";
  std::vector<std::string> order;
  for (const auto& [c, w] : weight) order.push_back(c);
  std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) { return weight[a] > weight[b]; });
  if (order.size() > o.max_lines) order.resize(o.max_lines);

  // Compound tone lives in [-1, 1]; the y axis always shows that full range so that charts of
  // different targets compare at a glance.
  const int left = 50, right = 110, top = 30, bottom = 30;
  const int pw = o.width - left - right, ph = o.height - top - bottom;
  const int count_h = 16, counts_top = o.height + 6;
  const int height = o.height + (o.count_rows ? 12 + count_h * static_cast<int>(order.size()) : 0);
  const int span = std::max(1, y1 - y0);
  auto X = [&](int y) { return left + static_cast<double>(y - y0) * pw / span; };
  auto Y = [&](double v) { return top + (1.0 - (v + 1.0) / 2.0) * ph; };

  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart tone-lines" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" aria-label="{2}">)"
      R"(<text x="{3}" y="18" font-size="14" font-weight="bold">{2}</text>)",
      o.width, height, Escape(o.title), left);
  for (double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
    svg += fmt::format(R"(<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="1"/>)"
                       R"(<text x="{}" y="{:.1f}" font-size="11" text-anchor="end">{:+.1f}</text>)",
                       left, left + pw, Y(v), Y(v), v == 0 ? "#888" : "#e5e5e5", left - 6, Y(v) + 4, v);
  }
  for (int y = y0; y <= y1; ++y) {
    svg += fmt::format(R"(<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle">{}</text>)", X(y),
                       top + ph + 18, y);
  }
  for (size_t i = 0; i < order.size(); ++i) {
    auto& pts = lines[order[i]];
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.year < b.year; });
    const char* colour = kPalette[i % std::size(kPalette)];
    std::string band_top, band_bottom, path;
    for (const Point& p : pts) {
      if (p.lo && p.hi) {
        band_top += fmt::format("{:.1f},{:.1f} ", X(p.year), Y(*p.hi));
        band_bottom = fmt::format("{:.1f},{:.1f} ", X(p.year), Y(*p.lo)) + band_bottom;
      }
      path += fmt::format("{}{:.1f},{:.1f} ", path.empty() ? "M" : "L", X(p.year), Y(p.mean));
    }
    if (!band_top.empty()) {
      svg += fmt::format(R"(<polygon points="{}{}" fill="{}" fill-opacity="0.12" stroke="none"/>)", band_top,
                         band_bottom, colour);
    }
    svg += fmt::format(R"(<path d="{}" fill="none" stroke="{}" stroke-width="2"/>)", path, colour);
    for (const Point& p : pts) {
      svg += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="3.5" fill="{}"><title>{} {}: {:+.3f}{} ({} article{})</title></circle>)",
                         X(p.year), Y(p.mean), colour, Escape(order[i]), p.year, p.mean,
                         p.lo && p.hi ? fmt::format(" [{:+.3f}, {:+.3f}]", *p.lo, *p.hi) : std::string(),
                         p.articles, p.articles == 1 ? "" : "s");
    }
    svg += fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="12">{}</text>)",
                       left + pw + 14, top + static_cast<int>(i) * 18, colour, left + pw + 30,
                       top + static_cast<int>(i) * 18 + 10, Escape(order[i]));
    if (o.count_rows) {
      const int y = counts_top + 12 + count_h * static_cast<int>(i);
      if (i == 0) {
        svg += fmt::format(R"(<text x="{}" y="{}" font-size="11" fill="#555">articles per year</text>)",
                           left + pw + 14, counts_top + 2);
      }
      svg += fmt::format(R"(<text class="count-label" x="{}" y="{}" font-size="11" fill="{}">{}</text>)",
                         left + pw + 14, y, colour, Escape(order[i]));
      for (const Point& p : pts) {
        svg += fmt::format(R"(<text class="count" x="{:.1f}" y="{}" font-size="11" text-anchor="middle" fill="{}">{}</text>)",
                           X(p.year), y, colour, p.articles);
      }
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace sw::report
