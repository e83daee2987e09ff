// SPDX-License-Identifier: MIT
// The timeline chart: one row per format and body, a dot per meeting with its tooltip, and the
// dormant marker on the dormant row only.
#include "report/timeline_chart.h"

#include <gtest/gtest.h>

#include <string>

#include "svg_count.h"

namespace {

using sw::report::TimelineChart;
using sw::report::TimelineOptions;
using sw::report::TimelineRow;
using sw::test::Count;

// The markup of the row with `id`, up to its closing </g>.
std::string RowOf(const std::string& svg, const std::string& id) {
  const size_t start = svg.find("data-id=\"" + id + "\"");
  if (start == std::string::npos) return {};
  return svg.substr(start, svg.find("</g>", start) - start);
}

std::vector<TimelineRow> Rows() {
  TimelineRow format;
  format.id = "china-ca";
  format.label = "China–Central Asia";
  format.start = "2023-05-18";
  format.end = "2025-06-17";
  format.dots = {{"china-ca-summit-2023", "2023-05-18", "Xi'an"}, {"china-ca-summit-2025", "2025-06-16", "Astana"}};
  TimelineRow body;
  body.id = "council";
  body.label = "Council of National Coordinators";
  body.depth = 1;
  body.start = "2023-09-14";
  body.dormant = true;
  TimelineRow live_body;
  live_body.id = "secretariat";
  live_body.label = "Secretariat";
  live_body.depth = 1;
  live_body.start = "2024-03-30";
  live_body.end = "2025-06-17";
  return {format, body, live_body};
}

TEST(TimelineChartTest, RowsDotsAndTheDormantMarker) {
  TimelineOptions o;
  o.title = "Formats";
  o.as_of = "2025-12-31";
  const std::string svg = TimelineChart(Rows(), o);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_EQ(Count(svg, "class=\"timeline-row\""), 3u);
  EXPECT_EQ(Count(svg, "class=\"meeting\""), 2u);
  EXPECT_NE(svg.find("<title>china-ca-summit-2023, 2023-05-18, Xi&#39;an</title>"), std::string::npos) << svg;
  EXPECT_EQ(Count(svg, "class=\"dormant-marker\""), 1u);
  const std::string council = RowOf(svg, "council");
  EXPECT_NE(council.find("data-dormant=\"true\""), std::string::npos) << council;
  EXPECT_NE(council.find(">dormant</text>"), std::string::npos) << council;
  EXPECT_NE(council.find("class=\"hatch\""), std::string::npos) << "dormant bars are hatched";
  EXPECT_EQ(svg.find("url("), std::string::npos) << "a report references nothing";
  EXPECT_EQ(RowOf(svg, "secretariat").find("dormant-marker"), std::string::npos);
  EXPECT_NE(svg.find(">as of 2025-12-31</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2023</text>"), std::string::npos) << "a label for each year";
}

TEST(TimelineChartTest, NothingToChartSaysSo) { EXPECT_EQ(TimelineChart({}, {}), "<p>(no formats to chart)</p>\n"); }

}  // namespace
