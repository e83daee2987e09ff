// SPDX-License-Identifier: MIT
#include "report/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/html.h"

namespace sw::report {
namespace {

using summitwatch::Column;
using summitwatch::Value;

// A qualitative palette with enough distinct hues for the fourteen areas; later columns cycle.
constexpr const char* kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                                    "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22"};
constexpr size_t kColours = std::size(kPalette);

std::string Label(const Value& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  return "(none)";
}

}  // namespace

std::string StackedShareBars(const summitwatch::Table& t, size_t label_column, const BarChartOptions& o) {
  std::vector<size_t> series;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].kind == Column::Kind::kShare) series.push_back(c);
  }
  const size_t rows = std::min(t.rows.size(), o.max_rows);
  // Labels are right-aligned before the bars; about 7 px a character at 12 px.
  size_t longest = 0;
  for (size_t r = 0; r < rows; ++r) longest = std::max(longest, Label(t.rows[r][label_column]).size());
  const int label_w = static_cast<int>(std::clamp<size_t>(longest * 7 + 16, 60, 260));
  const int bar_h = 18, gap = 6, legend_row = 20, legend_cols = 5;
  const int plot_w = o.width - label_w - 20;
  const int legend_rows = static_cast<int>((series.size() + legend_cols - 1) / legend_cols);
  const int top = 30 + legend_rows * legend_row + 10;
  const int height = top + static_cast<int>(rows) * (bar_h + gap) + 30;

  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<title>{2}</title>\n"
      "<text x=\"0\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{2}</text>\n",
      o.width, height, Escape(o.title));
  for (size_t k = 0; k < series.size(); ++k) {
    const int x = static_cast<int>(k % legend_cols) * (o.width / legend_cols);
    const int y = 30 + static_cast<int>(k / legend_cols) * legend_row;
    fmt::format_to(std::back_inserter(out),
                   "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>"
                   "<text x=\"{}\" y=\"{}\">{}</text>\n",
                   x, y, kPalette[k % kColours], x + 16, y + 10, Escape(t.columns[series[k]].name));
  }
  for (size_t r = 0; r < rows; ++r) {
    const auto& row = t.rows[r];
    const int y = top + static_cast<int>(r) * (bar_h + gap);
    fmt::format_to(std::back_inserter(out), "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 8,
                   y + bar_h - 5, Escape(Label(row[label_column])));
    double x = label_w;
    for (size_t k = 0; k < series.size(); ++k) {
      const double* share = std::get_if<double>(&row[series[k]]);
      if (!share || *share <= 0) continue;
      const double w = *share * plot_w;
      fmt::format_to(std::back_inserter(out),
                     "<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\">"
                     "<title>{}: {} {:.1f}%</title></rect>\n",
                     x, y, w, bar_h, kPalette[k % kColours], Escape(Label(row[label_column])),
                     Escape(t.columns[series[k]].name), *share * 100);
      x += w;
    }
  }
  // A scale under the bars: 0, 50 and 100 %.
  const int axis_y = top + static_cast<int>(rows) * (bar_h + gap) + 4;
  for (int pct : {0, 50, 100}) {
    const int x = label_w + plot_w * pct / 100;
    fmt::format_to(std::back_inserter(out),
                   "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#999\"/>"
                   "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#666\">{4}%</text>\n",
                   x, axis_y, axis_y + 5, axis_y + 18, pct);
  }
  out += "</svg>\n";
  return out;
}

}  // namespace sw::report
