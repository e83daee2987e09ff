// SPDX-License-Identifier: MIT
#include "report/timeline_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "kb/date.h"
#include "report/html.h"

namespace sw::report {
namespace {

// A date as a fractional year, from its first day: 2023-07-02 is about 2023.5.
std::optional<double> YearPosition(const std::string& date) {
  auto d = sw::kb::Date::Parse(date);
  if (!d) return std::nullopt;
  const int m = d->month ? d->month : 1, day = d->day ? d->day : 1;
  return d->year + ((m - 1) * 30.44 + (day - 1)) / 365.25;
}

// At most `n` characters (code points) of `s`, with an ellipsis when cut: labels must not run
// into the bars.
std::string Clip(const std::string& s, size_t n) {
  std::vector<size_t> starts;  // byte offset of each code point
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  return starts.size() <= n ? s : s.substr(0, starts[n - 1]) + "…";
}

constexpr int kRowHeight = 22, kTop = 34, kAxis = 26, kLabelWidth = 270, kRight = 70;
constexpr const char* kLive = "#4e79a7";
constexpr const char* kBodyLive = "#76b7b2";
constexpr const char* kDormant = "#9a9a9a";

}  // namespace

std::string TimelineChart(const std::vector<TimelineRow>& rows, const TimelineOptions& o) {
  if (rows.empty()) return "<p>(no formats to chart)</p>\n";
  const auto as_of = YearPosition(o.as_of);
  double lo = 1e9, hi = as_of.value_or(-1e9);
  for (const auto& r : rows) {
    for (const std::string* d : {&r.start, &r.end}) {
      if (auto p = YearPosition(*d)) lo = std::min(lo, *p), hi = std::max(hi, *p);
    }
    for (const auto& dot : r.dots) {
      if (auto p = YearPosition(dot.date)) lo = std::min(lo, *p), hi = std::max(hi, *p);
    }
  }
  if (lo > hi) return "<p>(no dated formats to chart)</p>\n";
  const int y0 = o.first_year ? o.first_year : static_cast<int>(lo);
  const int y1 = std::max(y0 + 1, static_cast<int>(hi) + 1);  // the axis ends on 1 January after the last date
  const int plot = o.width - kLabelWidth - kRight;
  auto X = [&](double year) { return kLabelWidth + std::clamp((year - y0) / (y1 - y0), 0.0, 1.0) * plot; };
  const int height = kTop + static_cast<int>(rows.size()) * kRowHeight + kAxis;

  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" width="{}" height="{}" role="img" aria-label="{}">)"
      R"(<text x="8" y="20" font-size="14" font-weight="bold">{}</text>)",
      o.width, height, Escape(o.title), Escape(o.title));
  // Year grid: every year when they fit, else every second or fifth.
  const int step = (y1 - y0) <= 16 ? 1 : (y1 - y0) <= 32 ? 2 : 5;
  for (int y = y0; y <= y1; ++y) {
    const double x = X(y);
    svg += fmt::format(R"(<line x1="{:.1f}" x2="{:.1f}" y1="{}" y2="{}" stroke="#eeeeee"/>)", x, x, kTop - 4,
                       height - kAxis);
    if ((y - y0) % step == 0) {
      svg += fmt::format(R"(<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle">{}</text>)", x,
                         height - kAxis + 16, y);
    }
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    const TimelineRow& r = rows[i];
    const int top = kTop + static_cast<int>(i) * kRowHeight, mid = top + kRowHeight / 2;
    svg += fmt::format(R"(<g class="timeline-row" data-id="{}" data-dormant="{}">)", Escape(r.id),
                       r.dormant ? "true" : "false");
    if (i % 2 == 0) {
      svg += fmt::format(R"(<rect x="0" y="{}" width="{}" height="{}" fill="#f7f7f7"/>)", top, o.width, kRowHeight);
    }
    svg += fmt::format(R"(<text x="{}" y="{}" font-size="12"{}><title>{}</title>{}</text>)", 8 + r.depth * 16, mid + 4,
                       r.depth ? R"( fill="#444")" : R"( font-weight="bold")", Escape(r.label),
                       Escape(Clip(r.label, r.depth ? 38 : 36)));
    std::optional<double> start = YearPosition(r.start), end = YearPosition(r.end.empty() ? r.start : r.end);
    if (!start) {
      for (const auto& dot : r.dots) {
        if (auto p = YearPosition(dot.date); p && (!start || *p < *start)) start = p;
      }
    }
    if (start) {
      const double x0 = X(*start), x1 = std::max(x0 + 3, end ? X(*end) : x0 + 3);
      const char* fill = r.dormant ? "#e6e6e6" : r.depth ? kBodyLive : kLive;
      svg += fmt::format(R"(<rect class="span" x="{:.1f}" y="{}" width="{:.1f}" height="8" rx="2" fill="{}")"
                         R"( fill-opacity="{}"><title>{}: {} to {}</title></rect>)",
                         x0, mid - 4, x1 - x0, fill, r.dormant ? "1" : "0.35", Escape(r.label),
                         Escape(r.start.empty() ? "first meeting" : r.start), Escape(r.end.empty() ? r.start : r.end));
      if (r.dormant) {
        // The silence: hatched from the last sign to the as-of date, drawn stroke by stroke (a
        // <pattern> would need a url() reference, and the report references nothing).
        const double h1 = std::max(x1 + 8, as_of ? X(*as_of) : x1 + 8);
        std::string hatch;
        for (double x = x1; x + 8 <= h1; x += 6) hatch += fmt::format("M{:.1f},{} l8,-8 ", x, mid + 4);
        svg += fmt::format(
            R"(<path class="hatch" d="{}" fill="none" stroke="{}" stroke-width="1.5"><title>{}: no sign of )"
            R"(activity since {}</title></path>)",
            hatch, kDormant, Escape(r.label), Escape(r.end.empty() ? r.start : r.end));
        svg += fmt::format(
            R"(<text class="dormant-marker" x="{:.1f}" y="{}" font-size="11" font-style="italic" fill="#b03a2e">dormant</text>)",
            std::min(h1 + 6, static_cast<double>(o.width - kRight + 4)), mid + 4);
      }
    }
    for (const auto& dot : r.dots) {
      auto p = YearPosition(dot.date);
      if (!p) continue;
      svg += fmt::format(R"(<circle class="meeting" cx="{:.1f}" cy="{}" r="5" fill="{}" stroke="white">)"
                         R"(<title>{}, {}{}</title></circle>)",
                         X(*p), mid, r.dormant ? kDormant : kLive, Escape(dot.id), Escape(dot.date),
                         dot.city.empty() ? "" : ", " + Escape(dot.city));
    }
    svg += "</g>";
  }
  if (as_of) {
    svg += fmt::format(R"(<line x1="{:.1f}" x2="{:.1f}" y1="{}" y2="{}" stroke="#b03a2e" stroke-dasharray="4 3"/>)"
                       R"(<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle" fill="#b03a2e">as of {}</text>)",
                       X(*as_of), X(*as_of), kTop - 4, height - kAxis, X(*as_of), kTop - 8, Escape(o.as_of));
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace sw::report
