// SPDX-License-Identifier: MIT
// `summitwatch report --out DIR` and `mentions --network` as users meet them, on a store ingested
// from data/demo: the seven sections, nothing fetched, the filters, the figures the commands
// print with --json, and the errors.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "report/html.h"

namespace {

namespace fs = std::filesystem;

using RunResult = sw::test::Ran;

using sw::test::Slurp;

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// The HTML between <section id="ID"> and its </section>.
std::string SectionOf(const std::string& html, const std::string& id) {
  const size_t at = html.find("<section id=\"" + id);
  if (at == std::string::npos) return {};
  return html.substr(at, html.find("</section>", at) - at);
}

// A row of a JSON table as the report's HTML table row prints it.
std::string RowHtml(const nlohmann::ordered_json& row) {
  std::string out = "<tr>";
  for (const auto& [key, v] : row.items()) {
    if (v.is_null()) out += "<td>–</td>";
    else if (v.is_number_integer()) out += "<td class=\"num\">" + std::to_string(v.get<int64_t>()) + "</td>";
    else out += "<td>" + sw::report::Escape(v.get<std::string>()) + "</td>";
  }
  return out + "</tr>";
}

// The ids of the documents in the report's document index.
std::set<std::string> IndexedDocuments(const std::string& html) {
  std::set<std::string> out;
  static const std::regex row(R"re(<tr id="doc-\d+"><td>([^<]*)</td>)re");
  for (std::sregex_iterator it(html.begin(), html.end(), row), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

class ReportCliTest : public sw::test::DemoStoreSuite {
 protected:
  // Writes a report into a fresh directory under the suite's and returns its HTML.
  static std::string Report(const std::string& name, const std::string& flags) {
    const fs::path out = dir() / name;
    RunResult r = Sw("report --db " + db() + " --out " + out.string() + " " + flags);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("wrote " + (out / "report.html").string(), 0), 0u) << r.out;
    return Slurp(out / "report.html");
  }
};

TEST_F(ReportCliTest, WritesReportHtmlWithTheSevenSectionsInOrder) {
  const std::string html = Report("new/nested", "");
  ASSERT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  size_t last = 0;
  for (int q = 1; q <= 7; ++q) {
    const size_t at = html.find("<section id=\"q" + std::to_string(q) + "-");
    ASSERT_NE(at, std::string::npos) << "section q" << q;
    EXPECT_GT(at, last) << "sections in order";
    last = at;
    EXPECT_NE(html.find("<a href=\"#q" + std::to_string(q) + "-"), std::string::npos) << "listed in the contents";
  }
  EXPECT_NE(html.find("<section id=\"documents\">"), std::string::npos);
  EXPECT_NE(html.find("How to read this report"), std::string::npos);
  EXPECT_NE(html.find("<footer>"), std::string::npos);
  // Every evidence link resolves in the document index.
  static const std::regex link(R"re(href="#(doc-\d+)")re");
  size_t links = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it, ++links) {
    EXPECT_NE(html.find("<tr id=\"" + (*it)[1].str() + "\">"), std::string::npos) << (*it)[1];
  }
  EXPECT_GT(links, 20u) << "figures are followed by their evidence";
}

TEST_F(ReportCliTest, FetchesNothingFromTheNetwork) {
  const std::string html = Report("offline", "");
  for (const char* fetch : {"src=", "<link", "<script", "<iframe", "<img", "@import", "url("}) {
    EXPECT_EQ(html.find(fetch), std::string::npos) << "the page fetches nothing: " << fetch;
  }
  // Links only to anchors of the page; the one absolute URL is the SVG namespace, which is a
  // name, not a fetch.
  static const std::regex attr(R"re(\s(href|xlink:href|action|data|poster)="([^"]*)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), attr), end; it != end; ++it) {
    EXPECT_EQ((*it)[2].str().rfind('#', 0), 0u) << (*it)[0];
  }
  static const std::regex url(R"re(="(https?:)?//)re");
  const std::string svg_namespace = "xmlns=\"http://www.w3.org/2000/svg\"";
  for (std::sregex_iterator it(html.begin(), html.end(), url), end; it != end; ++it) {
    const size_t at = static_cast<size_t>(it->position());
    EXPECT_EQ(html.compare(at - 5, svg_namespace.size(), svg_namespace), 0) << html.substr(at - 20, 60);
  }
}

TEST_F(ReportCliTest, NetworkJsonIsTheReportsQ3Table) {
  RunResult r = Sw("mentions --network --json --db " + db());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = nlohmann::ordered_json::parse(r.out);
  ASSERT_GT(rows.size(), 10u);
  const std::string q3 = SectionOf(Report("q3", "--sections q3"), "q3-acknowledgement");
  ASSERT_FALSE(q3.empty());
  EXPECT_EQ(Count(q3, "<svg"), 1u);
  EXPECT_NE(q3.find("class=\"chart network\""), std::string::npos);
  size_t silences = 0;
  for (const auto& row : rows) {
    EXPECT_NE(q3.find(RowHtml(row)), std::string::npos) << row.dump();
    silences += row["edge"] == "silence";
  }
  EXPECT_GT(silences, 0u) << "the demo has partners that never mention the regional institutions";
  // The article's finding: the US never mentions the Consultative Meetings, the EU does.
  bool usa_silent = false, eu_mentions = false;
  for (const auto& row : rows) {
    if (row["entity"] != "ca-consultative-meeting") continue;
    usa_silent |= row["source"] == "USA" && row["edge"] == "silence";
    eu_mentions |= row["source"] == "eu" && row["edge"] == "mention" && row["documents"].get<int>() > 0;
  }
  EXPECT_TRUE(usa_silent);
  EXPECT_TRUE(eu_mentions);
}

TEST_F(ReportCliTest, DateFiltersChangeTheFiguresAsInTheCommands) {
  RunResult all = Sw("mentions --network --json --db " + db());
  RunResult some = Sw("mentions --network --json --from 2023 --to 2023-12 --db " + db());
  ASSERT_EQ(some.status, 0) << some.err;
  EXPECT_NE(all.out, some.out);
  const std::string html = Report("dated", "--sections q3,q4 --from 2023 --to 2023-12");
  const std::string q3 = SectionOf(html, "q3-acknowledgement");
  for (const auto& row : nlohmann::ordered_json::parse(some.out)) {
    EXPECT_NE(q3.find(RowHtml(row)), std::string::npos) << row.dump();
  }
  EXPECT_NE(html.find("from 2023 to 2023-12"), std::string::npos) << "the footer states the filters";
  EXPECT_NE(html.find("as of 2023-12-31"), std::string::npos);
  // Press tone: only 2023 in the series.
  const std::string q4 = SectionOf(html, "q4-press-tone");
  EXPECT_NE(q4.find("<td class=\"num\">2023</td>"), std::string::npos);
  EXPECT_EQ(q4.find("<td class=\"num\">2022</td>"), std::string::npos);
}

TEST_F(ReportCliTest, FormatFilterDropsOtherFormatsDocumentsFromTheIndex) {
  auto of_format = [](const std::set<std::string>& ids, const std::string& prefix) {
    return std::count_if(ids.begin(), ids.end(), [&](const std::string& id) { return id.rfind(prefix, 0) == 0; });
  };
  const char* const others[] = {"china-ca-", "eu-ca-", "b5plus1-", "ca-germany-", "ca-consultative-"};
  const auto everything = IndexedDocuments(Report("all-formats", ""));
  for (const char* other : others) EXPECT_GT(of_format(everything, other), 0) << other;

  const std::string html = Report("c5plus1", "--format c5plus1");
  const auto c5 = IndexedDocuments(html);
  EXPECT_GT(of_format(c5, "c5plus1-"), 0);
  // Every piece of evidence comes from a C5+1 document or a news item, except the follow-up of
  // C5+1 commitments, which later documents of any format may give.
  const std::string open = "<details class=\"evidence\"><summary>";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    const size_t summary_end = html.find("</summary>", at), end = html.find("</details>", at);
    if (html.substr(at, summary_end - at).find("follow-up sentences") != std::string::npos) continue;
    const std::string block = html.substr(summary_end, end - summary_end);
    static const std::regex link(R"re(<a href="#doc-\d+">([^<]*)</a>)re");
    for (std::sregex_iterator it(block.begin(), block.end(), link), stop; it != stop; ++it) {
      const std::string id = (*it)[1];
      EXPECT_TRUE(id.rfind("c5plus1-", 0) == 0 || id.rfind("news-", 0) == 0) << id;
    }
  }
  // The rest of the report without the commitments section cites no other format at all.
  const auto without_q5 = IndexedDocuments(Report("c5plus1-no-q5", "--format c5plus1 --sections q1,q2,q3,q4,q6,q7"));
  EXPECT_GT(of_format(without_q5, "c5plus1-"), 0);
  for (const char* other : others) EXPECT_EQ(of_format(without_q5, other), 0) << other;
}

TEST_F(ReportCliTest, AcknowledgeAndToneChooseTheSubjects) {
  const std::string html = Report("subjects", "--sections q3,q4 --acknowledge ca-land-transport-agreement --tone "
                                              "middle-corridor");
  const std::string q3 = SectionOf(html, "q3-acknowledgement");
  EXPECT_NE(q3.find("<b>ca-land-transport-agreement</b>"), std::string::npos);
  EXPECT_EQ(q3.find("<b>ca-consultative-meeting</b>"), std::string::npos) << "only the entity asked for";
  const std::string q4 = SectionOf(html, "q4-press-tone");
  EXPECT_NE(q4.find("<h3>middle-corridor</h3>"), std::string::npos);
  EXPECT_EQ(Count(q4, "class=\"chart tone-lines\""), 1u);
  EXPECT_NE(q4.find("class=\"count\""), std::string::npos) << "article counts printed under the axis";
  EXPECT_EQ(Sw("report --db " + db() + " --out " + (dir() / "x").string() + " --tone no-such-entity").err,
            "summitwatch: error: no entity 'no-such-entity' in the store's knowledge base.\n");
}

TEST_F(ReportCliTest, DefaultSubjectsComeFromTheKnowledgeBase) {
  const std::string html = Report("defaults", "--sections q3,q4,q5");
  const std::string q3 = SectionOf(html, "q3-acknowledgement");
  // Regionally initiated formats, their bodies, the agreements signed at their meetings.
  for (const char* id : {"ca-consultative-meeting", "ca-national-coordinators-council", "ca-land-transport-agreement"}) {
    EXPECT_NE(q3.find(std::string("<li><b>") + id + "</b>"), std::string::npos) << id;
  }
  EXPECT_EQ(q3.find("<li><b>c5plus1</b>"), std::string::npos) << "an external format is no default";
  const std::string q4 = SectionOf(html, "q4-press-tone");
  EXPECT_NE(q4.find("<h3>bri</h3>"), std::string::npos) << "the initiative the demo news mention most";
  const std::string q5 = SectionOf(html, "q5-commitments");
  EXPECT_NE(q5.find("with_evidence"), std::string::npos);
  EXPECT_NE(q5.find("<svg"), std::string::npos);
  EXPECT_NE(q5.find("follow-up sentences found"), std::string::npos);
}

TEST_F(ReportCliTest, ErrorsAreOneSentence) {
  RunResult r = Sw("report --db " + db() + " --out /dev/null/report");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: cannot create the directory '/dev/null/report': Not a directory.\n");
  r = Sw("report --db " + db() + " --out " + (dir() / "bad-date").string() + " --from 2023-13");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: expected --from as YYYY, YYYY-MM or YYYY-MM-DD, found '2023-13'.\n");
  r = Sw("report --db " + db() + " --out " + (dir() / "bad").string() + " --as-of 2024");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: expected --as-of as YYYY-MM-DD, found '2024'.\n");
  r = Sw("report --db " + db() + " --out " + (dir() / "bad").string() + " --compare c5plus1");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: expected --compare as A:B (two formats or issuers), found 'c5plus1'.\n");
  r = Sw("report --db " + db() + " --out " + (dir() / "bad").string() + " --sections q9");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: unknown report section 'q9'; expected q1 to q7.\n");
  r = Sw("mentions --network --entity c5plus1 --db " + db());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: --entity and --network do not go together; use --acknowledge with --network.\n");
  r = Sw("mentions --network --acknowledge nowhere --db " + db());
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no entity 'nowhere' in the store's knowledge base.\n");
}

}  // namespace
