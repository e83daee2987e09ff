// SPDX-License-Identifier: MIT
// The acknowledgement network chart: a curve per mention row (width by documents, colour by the
// dominant stance), a dashed curve per silence, every node labelled, a legend.
#include <gtest/gtest.h>

#include <regex>

#include "report/network_chart.h"
#include "svg_count.h"

namespace {

using summitwatch::Column;
using summitwatch::Table;
using summitwatch::Value;
using sw::test::Count;

Table Network() {
  using K = Column::Kind;
  Table t{"net",
          {{"source", K::kText}, {"entity", K::kText}, {"entity_type", K::kText}, {"source_documents", K::kInt},
           {"documents", K::kInt}, {"mentions", K::kInt}, {"welcomes", K::kInt}, {"opposes", K::kInt},
           {"no_stance", K::kInt}, {"dominant", K::kText}, {"edge", K::kText}},
          {}};
  auto row = [&](const char* s, const char* e, const char* type, int64_t sd, int64_t d, int64_t m, int64_t w,
                 int64_t o, int64_t none, Value dominant, const char* edge) {
    t.rows.push_back({std::string(s), std::string(e), std::string(type), sd, d, m, w, o, none, std::move(dominant),
                      std::string(edge)});
  };
  row("KAZ", "reg", "format", 4, 4, 9, 5, 0, 4, std::string("welcomes"), "mention");
  row("USA", "ext", "format", 2, 1, 1, 0, 1, 0, std::string("opposes"), "mention");
  row("USA", "reg<&>", "body", 2, 1, 1, 0, 0, 1, Value{}, "mention");
  row("USA", "reg", "format", 2, 0, 0, 0, 0, 0, Value{}, "silence");
  row("CHN", "reg", "format", 3, 0, 0, 0, 0, 0, Value{}, "silence");
  return t;
}

TEST(NetworkChart, DrawsACurvePerEdgeWidthByDocumentsColourByStance) {
  const std::string svg = sw::report::NetworkChart(Network(), {.title = "Who mentions whom"});
  ASSERT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart network\"", 0), 0u) << svg;
  EXPECT_EQ(Count(svg, "<path class=\"edge\""), 3u);
  EXPECT_EQ(Count(svg, "<path class=\"silence\""), 2u);
  // The widest edge has the most documents (4 of at most 4: 1 + 7); one document of four: 2.75.
  EXPECT_NE(svg.find("stroke=\"" + sw::report::StanceColour("welcomes") + "\" stroke-width=\"8.0\""),
            std::string::npos);
  EXPECT_NE(svg.find("stroke=\"" + sw::report::StanceColour("opposes") + "\" stroke-width=\"2.8\""),
            std::string::npos);
  EXPECT_NE(svg.find("stroke=\"" + sw::report::StanceColour("") + "\""), std::string::npos) << "no stance: grey";
  EXPECT_EQ(Count(svg, "stroke-dasharray=\"4 3\"><title>"), 2u) << "silences are dashed";
  EXPECT_NE(svg.find("<title>CHN never mentions reg (3 documents)</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>KAZ → reg: 4 of 4 documents, 9 mentions (welcomes 5, no stance 4)</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("✕ 2 silent"), std::string::npos) << "the entity says how many sources never mention it";
  EXPECT_NE(svg.find("reg&lt;&amp;&gt;"), std::string::npos) << "labels are escaped";
  EXPECT_EQ(svg.find("reg<&>"), std::string::npos);
  for (const char* source : {">KAZ <tspan", ">USA <tspan", ">CHN <tspan"}) {
    EXPECT_NE(svg.find(source), std::string::npos) << source;
  }
  for (const char* legend : {">welcomes</text>", ">opposes</text>", ">no stance</text>", ">silent: never mentions it</text>"}) {
    EXPECT_NE(svg.find(legend), std::string::npos) << legend;
  }
  EXPECT_EQ(svg.find(">supports</text>"), std::string::npos) << "the legend lists only stances drawn";
}

TEST(NetworkChart, GrowsWithTheLongerColumnAndHasAViewBox) {
  Table t = Network();
  const std::string small = sw::report::NetworkChart(t, {});
  for (int i = 0; i < 10; ++i) {
    t.rows.push_back({std::string("KAZ"), "e" + std::to_string(i), std::string("agreement"), int64_t{4}, int64_t{1},
                      int64_t{1}, int64_t{0}, int64_t{0}, int64_t{1}, Value{}, std::string("mention")});
  }
  const std::string big = sw::report::NetworkChart(t, {});
  std::smatch m1, m2;
  const std::regex height(R"re(height="(\d+)" viewBox="0 0 900 (\d+)")re");
  ASSERT_TRUE(std::regex_search(small, m1, height)) << small.substr(0, 200);
  ASSERT_TRUE(std::regex_search(big, m2, height));
  EXPECT_EQ(m1[1], m1[2]);
  EXPECT_GT(std::stoi(m2[1]), std::stoi(m1[1]) + 10 * 20);
}

TEST(NetworkChart, SourcesWithIdenticalRowsAreOneNode) {
  Table t = Network();
  // KGZ signs what KAZ signs: the same row, so one node "KAZ, KGZ" and one curve.
  t.rows.push_back({std::string("KGZ"), std::string("reg"), std::string("format"), int64_t{4}, int64_t{4}, int64_t{9},
                    int64_t{5}, int64_t{0}, int64_t{4}, std::string("welcomes"), std::string("mention")});
  const std::string svg = sw::report::NetworkChart(t, {});
  EXPECT_NE(svg.find(">KAZ, KGZ <tspan fill=\"#777\">(4 docs each)</tspan>"), std::string::npos) << svg;
  EXPECT_EQ(Count(svg, "<path class=\"edge\""), 3u);
  // A source that differs in one count stays apart.
  t.rows.back()[5] = int64_t{8};
  const std::string apart = sw::report::NetworkChart(t, {});
  EXPECT_EQ(apart.find("KAZ, KGZ"), std::string::npos);
  EXPECT_EQ(Count(apart, "<path class=\"edge\""), 4u);
}

TEST(NetworkChart, SaysSoWhenThereIsNothingToDraw) {
  Table t = Network();
  t.rows.clear();
  EXPECT_EQ(sw::report::NetworkChart(t, {}).find("<svg"), std::string::npos);
  EXPECT_EQ(sw::report::NetworkChart(Table{}, {}), "<p>(not an acknowledgement network table)</p>");
}

}  // namespace
