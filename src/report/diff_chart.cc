// SPDX-License-Identifier: MIT
#include "report/diff_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/html.h"

namespace sw::report {
namespace {

using summitwatch::Table;
using summitwatch::Value;

constexpr const char* kMoreA = "#4e79a7";
constexpr const char* kMoreB = "#e15759";
constexpr const char* kSeries[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f"};

std::string Label(const Value& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  return "(none)";
}

const double* Real(const Value& v) { return std::get_if<double>(&v); }

int ColumnIndex(const Table& t, const std::string& name) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name == name) return static_cast<int>(c);
  }
  return -1;
}

// A step of 1, 2 or 5 times a power of ten giving at most about four ticks on each side.
double NiceStep(double extent) {
  const double raw = extent / 4;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0}) {
    if (m * p >= raw) return m * p;
  }
  return 10 * p;
}

std::string Header(int width, int height, const std::string& title) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<title>{2}</title>\n"
      "<text x=\"0\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{2}</text>\n",
      width, height, Escape(title));
}

}  // namespace

std::string DifferenceChart(const Table& t, const DiffChartOptions& o) {
  const int diff = ColumnIndex(t, "difference"), lo = ColumnIndex(t, "diff_lo"), hi = ColumnIndex(t, "diff_hi"),
            sig = ColumnIndex(t, "significant");
  if (diff < 0 || t.columns.size() < 3) return {};
  const std::string a = t.columns[1].name, b = t.columns[2].name;
  const size_t rows = std::min(t.rows.size(), o.max_rows);

  // The scale: symmetric about zero, wide enough for every whisker, in percentage points.
  double extent = 0.01;
  for (size_t r = 0; r < rows; ++r) {
    for (int c : {diff, lo, hi}) {
      if (c < 0) continue;
      if (const double* v = Real(t.rows[r][static_cast<size_t>(c)])) extent = std::max(extent, std::fabs(*v));
    }
  }
  const double step = NiceStep(extent);
  extent = std::ceil(extent / step - 1e-9) * step;

  size_t longest = 0;
  for (size_t r = 0; r < rows; ++r) longest = std::max(longest, Label(t.rows[r][0]).size());
  const int label_w = static_cast<int>(std::clamp<size_t>(longest * 7 + 16, 60, 200));
  const int row_h = 22, top = 56;
  const int plot_l = label_w, plot_r = o.width - 20, plot_w = plot_r - plot_l;
  const int height = top + static_cast<int>(rows) * row_h + 40;
  auto x_of = [&](double v) { return plot_l + (v + extent) / (2 * extent) * plot_w; };
  const double zero = x_of(0);

  std::string out = Header(o.width, height, o.title);
  fmt::format_to(std::back_inserter(out),
                 "<text x=\"{:.1f}\" y=\"40\" text-anchor=\"end\" fill=\"{}\">← more in {}</text>"
                 "<text x=\"{:.1f}\" y=\"40\" fill=\"{}\">more in {} →</text>\n",
                 zero - 8, kMoreB, Escape(b), zero + 8, kMoreA, Escape(a));
  // Gridlines and tick labels.
  const int axis_y = top + static_cast<int>(rows) * row_h;
  for (double v = -extent; v <= extent + step / 2; v += step) {
    const double x = x_of(v);
    const bool is_zero = std::fabs(v) < step / 2;
    fmt::format_to(std::back_inserter(out),
                   "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"{3}\"{4}/>"
                   "<text x=\"{0:.1f}\" y=\"{5}\" text-anchor=\"middle\" fill=\"#666\">{6}</text>\n",
                   x, top - 6, axis_y, is_zero ? "#333" : "#ddd", is_zero ? " stroke-width=\"1.5\"" : "", axis_y + 16,
                   is_zero ? std::string("0") : fmt::format("{:+.0f}", v * 100));
  }
  fmt::format_to(std::back_inserter(out),
                 "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#666\">{} − {}, percentage points of the "
                 "profile (95% interval)</text>\n",
                 plot_l + plot_w / 2.0, axis_y + 32, Escape(a), Escape(b));

  for (size_t r = 0; r < rows; ++r) {
    const auto& row = t.rows[r];
    const double* d = Real(row[static_cast<size_t>(diff)]);
    if (!d) continue;
    const int y = top + static_cast<int>(r) * row_h + row_h / 2;
    const double* l = lo >= 0 ? Real(row[static_cast<size_t>(lo)]) : nullptr;
    const double* h = hi >= 0 ? Real(row[static_cast<size_t>(hi)]) : nullptr;
    const bool significant = sig >= 0 && row[static_cast<size_t>(sig)] == Value{int64_t{1}};
    const char* colour = *d >= 0 ? kMoreA : kMoreB;
    std::string tip = fmt::format("{}: {} − {} = {:+.1f} pp", Label(row[0]), a, b, *d * 100);
    if (l && h) tip += fmt::format(" (95% interval {:+.1f} to {:+.1f}{})", *l * 100, *h * 100,
                                   significant ? ", excludes zero" : ", includes zero");
    fmt::format_to(std::back_inserter(out), "<g><title>{}</title>\n", Escape(tip));
    fmt::format_to(std::back_inserter(out),
                   "<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>\n", label_w - 8, y + 4,
                   significant ? " font-weight=\"bold\"" : "", Escape(Label(row[0])));
    if (l && h) {
      fmt::format_to(std::back_inserter(out),
                     "<line x1=\"{0:.1f}\" y1=\"{2}\" x2=\"{1:.1f}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"2\"/>"
                     "<line x1=\"{0:.1f}\" y1=\"{4}\" x2=\"{0:.1f}\" y2=\"{5}\" stroke=\"{3}\"/>"
                     "<line x1=\"{1:.1f}\" y1=\"{4}\" x2=\"{1:.1f}\" y2=\"{5}\" stroke=\"{3}\"/>\n",
                     x_of(*l), x_of(*h), y, colour, y - 5, y + 5);
    }
    fmt::format_to(std::back_inserter(out),
                   "<circle cx=\"{:.1f}\" cy=\"{}\" r=\"5\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/></g>\n",
                   x_of(*d), y, significant ? colour : "#fff", colour);
  }
  out += "</svg>\n";
  return out;
}

std::string IntervalBars(const std::vector<IntervalBar>& bars, const IntervalBarsOptions& o) {
  std::vector<std::string> labels, series;
  for (const auto& b : bars) {
    if (std::find(labels.begin(), labels.end(), b.label) == labels.end()) labels.push_back(b.label);
    if (std::find(series.begin(), series.end(), b.series) == series.end()) series.push_back(b.series);
  }
  size_t longest = 0;
  for (const auto& l : labels) longest = std::max(longest, l.size());
  const int label_w = static_cast<int>(std::clamp<size_t>(longest * 7 + 16, 60, 260));
  const int bar_h = 14, group_gap = 12, top = 54;
  const int group_h = static_cast<int>(series.size()) * bar_h + group_gap;
  const int plot_l = label_w, plot_w = o.width - label_w - 30;
  const int height = top + static_cast<int>(labels.size()) * group_h + 36;
  auto x_of = [&](double v) { return plot_l + std::clamp(v, 0.0, 1.0) * plot_w; };

  std::string out = Header(o.width, height, o.title);
  for (size_t k = 0; k < series.size(); ++k) {
    const int x = static_cast<int>(k) * 220;
    fmt::format_to(std::back_inserter(out),
                   "<rect x=\"{}\" y=\"28\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"38\">{}</text>\n",
                   x, kSeries[k % std::size(kSeries)], x + 16, Escape(series[k]));
  }
  const int axis_y = top + static_cast<int>(labels.size()) * group_h;
  for (int pct = 0; pct <= 100; pct += 25) {
    const double x = x_of(pct / 100.0);
    fmt::format_to(std::back_inserter(out),
                   "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#ddd\"/>"
                   "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#666\">{4}%</text>\n",
                   x, top - 4, axis_y, axis_y + 16, pct);
  }
  for (const auto& b : bars) {
    const size_t g = static_cast<size_t>(std::find(labels.begin(), labels.end(), b.label) - labels.begin());
    const size_t k = static_cast<size_t>(std::find(series.begin(), series.end(), b.series) - series.begin());
    const int y = top + static_cast<int>(g) * group_h + static_cast<int>(k) * bar_h;
    if (k == 0) {
      fmt::format_to(std::back_inserter(out), "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", label_w - 8,
                     y + static_cast<int>(series.size()) * bar_h / 2 + 4, Escape(b.label));
    }
    std::string tip = fmt::format("{}, {}: {:.1f}%", b.label, b.series, b.value * 100);
    if (b.has_interval) tip += fmt::format(" (95% interval {:.1f}% to {:.1f}%)", b.lo * 100, b.hi * 100);
    fmt::format_to(std::back_inserter(out),
                   "<g><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>",
                   Escape(tip), plot_l, y + 1, x_of(b.value) - plot_l, bar_h - 2, kSeries[k % std::size(kSeries)]);
    if (b.has_interval) {
      const int mid = y + bar_h / 2;
      fmt::format_to(std::back_inserter(out),
                     "<line x1=\"{0:.1f}\" y1=\"{2}\" x2=\"{1:.1f}\" y2=\"{2}\" stroke=\"#222\"/>"
                     "<line x1=\"{0:.1f}\" y1=\"{3}\" x2=\"{0:.1f}\" y2=\"{4}\" stroke=\"#222\"/>"
                     "<line x1=\"{1:.1f}\" y1=\"{3}\" x2=\"{1:.1f}\" y2=\"{4}\" stroke=\"#222\"/>",
                     x_of(b.lo), x_of(b.hi), mid, mid - 4, mid + 4);
    }
    out += "</g>\n";
  }
  out += "</svg>\n";
  return out;
}

}  // namespace sw::report
