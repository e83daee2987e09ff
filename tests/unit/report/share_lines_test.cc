// SPDX-License-Identifier: MIT
// The share line chart: one line per series, a gap where a share is NULL, counts in the tooltips.
#include "report/share_lines.h"

#include <gtest/gtest.h>

#include "svg_count.h"

namespace {

using summitwatch::Column;
using summitwatch::Table;
using summitwatch::Value;
using sw::test::Count;

TEST(ShareLinesTest, LinesGapsAndCounts) {
  Table t;
  t.columns = {{"year", Column::Kind::kInt},
               {"part", Column::Kind::kInt},
               {"total", Column::Kind::kInt},
               {"share", Column::Kind::kShare},
               {"index", Column::Kind::kShare}};
  t.rows = {{int64_t{2020}, int64_t{1}, int64_t{2}, 0.5, 0.5},
            {int64_t{2021}, int64_t{0}, int64_t{0}, Value{}, 0.25},
            {int64_t{2022}, int64_t{3}, int64_t{4}, 0.75, 0.6}};
  sw::report::ShareLinesOptions o;
  o.title = "Shares";
  o.series = {{"share", "formats", "part", "total", false}, {"index", "index", "", "", true}};
  const std::string svg = sw::report::ShareLines(t, o);
  EXPECT_EQ(Count(svg, "class=\"series\""), 2u);
  EXPECT_EQ(Count(svg, "<circle"), 5u) << "no point where the share is NULL";
  EXPECT_NE(svg.find("<title>formats 2022: 75.0% (3 of 4)</title>"), std::string::npos) << svg;
  // The NULL of 2021 starts the next segment afresh.
  const size_t path = svg.find("class=\"series\" d=\"");
  ASSERT_NE(path, std::string::npos);
  EXPECT_EQ(Count(svg.substr(path, svg.find("\"/>", path) - path), "M"), 2u);
}

}  // namespace
