// SPDX-License-Identifier: MIT
// The command line as users meet it: stdout, stderr and exit status, every message pinned.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using RunResult = sw::test::Ran;

using sw::test::Slurp;

class CliTest : public ::testing::Test {
 protected:
  // Runs summitwatch with `args` (shell words) from the source directory.
  RunResult Sw(const std::string& args, const std::string& stdin_text = "") {
    return sw::test::Run(dir_, args, stdin_text);
  }

  fs::path Write(const std::string& name, const std::string& content) { return tmp_.Write(name, content); }

  sw::test::TempDir tmp_{"cli"};  // removed, permissions restored, after each test
  fs::path dir_ = tmp_.path();
};

TEST_F(CliTest, CodeJsonGivesOneRecordPerDocumentWithOffsets) {
  RunResult r = Sw("code --json tests/fixtures/docs/xian-excerpt.md tests/fixtures/docs/news.jsonl");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::istringstream lines(r.out);
  std::string l1, l2, l3, l4;
  std::getline(lines, l1);
  std::getline(lines, l2);
  std::getline(lines, l3);
  EXPECT_FALSE(std::getline(lines, l4));
  EXPECT_NE(l1.find("\"id\":\"xian-excerpt\""), std::string::npos);
  EXPECT_NE(l1.find("{\"entity\":\"china-ca-secretariat\",\"type\":\"body\",\"start\":"), std::string::npos) << l1;
  EXPECT_NE(l1.find("\"text\":\"China–Central Asia Secretariat\",\"sentence\":0,\"stance\":\"welcomes\""), std::string::npos) << l1;
  EXPECT_NE(l1.find("\"entity\":\"bri\""), std::string::npos) << l1;
  EXPECT_NE(l2.find("\"id\":\"n1\""), std::string::npos);
  EXPECT_NE(l2.find("\"entity\":\"b5plus1-forum-2024\""), std::string::npos) << l2;
  EXPECT_NE(l3.find("\"lang\":\"ru\""), std::string::npos);
  EXPECT_NE(l3.find("\"entity\":\"KAZ\""), std::string::npos) << l3;
}

TEST_F(CliTest, CodeReadsStandardInput) {
  RunResult r = Sw("code --json --date 2023-09-19 -", "The C5+1 Secretariat met in Astana.");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"stdin\""), std::string::npos);
  EXPECT_NE(r.out.find("\"date\":\"2023-09-19\""), std::string::npos);
  EXPECT_NE(r.out.find("\"entity\":\"c5plus1-secretariat\""), std::string::npos) << r.out;
}

TEST_F(CliTest, CodeSummaryIsReadable) {
  RunResult r = Sw("code tests/fixtures/docs/xian-excerpt.md");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("xian-excerpt  2023-05-19  en"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("china-ca-secretariat (welcomes)"), std::string::npos) << r.out;
}

TEST_F(CliTest, BadInputsAreSkippedWithOneLineEachAndExitOne) {
  fs::path empty = Write("empty.txt", "");
  fs::path binary = Write("blob.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  fs::path truncated = Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"Astana\"}\n{\"id\": \"b\", \"text\": \"Ast");
  fs::path notext = Write("notext.jsonl", "{\"id\": \"c\"}\n");
  fs::path fm = Write("fm.md", "---\ntitle: [unclosed\n---\nBody.\n");
  fs::path unclosed = Write("open.md", "---\ntitle: x\nBody without a closing fence.\n");
  fs::path baddate = Write("date.md", "---\ndate: 2023-13-45\n---\nBody.\n");
  RunResult r = Sw("code --json " + empty.string() + " " + binary.string() + " " + truncated.string() + " " +
             notext.string() + " " + fm.string() + " " + unclosed.string() + " " + baddate.string() + " " +
             (dir_ / "missing.txt").string());
  EXPECT_EQ(r.status, 1);
  const std::string d = dir_.string();
  EXPECT_EQ(r.err,
            "summitwatch: error: " + d + "/empty.txt: file is empty; skipped.\n"
            "summitwatch: error: " + d + "/blob.txt: looks like a binary file, not text; skipped.\n"
            "summitwatch: error: " + d + "/feed.jsonl:2: expected a JSON object; the line is truncated or not valid JSON.\n"
            "summitwatch: error: " + d + "/notext.jsonl:1: the object has no 'text'.\n"
            "summitwatch: error: " + d + "/fm.md:3: invalid front matter: end of sequence flow not found.\n"
            "summitwatch: error: " + d + "/open.md:1: front matter opened with '---' is never closed.\n"
            "summitwatch: error: " + d + "/date.md: expected 'date' as YYYY-MM-DD, found '2023-13-45'.\n"
            "summitwatch: error: " + d + "/missing.txt: no such file or directory.\n");
  // The one good line of the truncated feed was still coded.
  EXPECT_NE(r.out.find("\"id\":\"a\""), std::string::npos);
}

TEST_F(CliTest, InvalidUtf8IsRepairedWithAWarning) {
  fs::path bad = Write("bad.txt", "Kazakhstan \xC3\x28 and \xFF Uzbekistan.");
  RunResult r = Sw("code --json " + bad.string());
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "summitwatch: warning: bad: repaired 2 invalid UTF-8 sequences.\n");
  EXPECT_NE(r.out.find("\"entity\":\"UZB\""), std::string::npos) << r.out;
}

TEST_F(CliTest, OversizedDocumentIsSkipped) {
  fs::path big = Write("big.jsonl", "{\"text\": \"" + std::string(2u << 20, 'a') + "\"}\n{\"text\": \"Astana\"}\n");
  RunResult r = Sw("code --json --max-doc-mb 1 " + big.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: " + big.string() + ":1: line is longer than the 1 MB document limit; skipped.\n");
  EXPECT_NE(r.out.find("\"id\":\"big:2\""), std::string::npos) << r.out;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  RunResult r = Sw("code --bogus x");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: The following argument was not expected: --bogus. Run 'summitwatch --help' for usage.\n");
  r = Sw("");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: A subcommand is required. Run 'summitwatch --help' for usage.\n");
}

TEST_F(CliTest, HelpGoesToStdoutAndDocumentsExitCodes) {
  RunResult r = Sw("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("1  the run finished, but some inputs were skipped"), std::string::npos);
}

TEST_F(CliTest, BrokenDataDirectoryIsASetUpError) {
  fs::create_directories(dir_ / "data");
  RunResult r = Sw("--data " + (dir_ / "data").string() + " code -", "text");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("summitwatch: error: " + (dir_ / "data").string() + "/codebook/areas.yaml: file not found.", 0), 0u)
      << r.err;
}

TEST_F(CliTest, KbCheckPassesOnTheShippedKnowledgeBase) {
  RunResult r = Sw("kb check");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find(" 0 problems"), std::string::npos) << r.out;
}

TEST_F(CliTest, KbCheckLocatesEveryProblemInABrokenCopy) {
  fs::copy(fs::path(SW_SOURCE_DIR) / "data", dir_ / "data", fs::copy_options::recursive);
  const fs::path kb = dir_ / "data" / "kb";
  std::ofstream(kb / "zz-broken.yaml") << "- id: c5plus1\n"                      // line 1: duplicate id
                                          "  type: format\n"
                                          "  name: Duplicate\n"
                                          "  founded: 2015-02-30\n"              // line 4: impossible date
                                          "  members: [KAZ, XXX]\n"              // line 5: dangling reference
                                          "  aliases: {en: [C5+1], ru: [Си пять плюс один]}\n"  // line 6: alias collision
                                          "- id: broken-meeting\n"
                                          "  type: meeting\n"
                                          "  name: Broken\n"
                                          "  format: c5plus1\n"
                                          "  date: 2024-05-02\n"
                                          "  end_date: 2024-05-01\n"             // line 12: ends before it starts
                                          "  colour: blue\n"                     // line 13: unknown key
                                          "  aliases: {en: [Broken Meeting Alias]}\n";  // line 7: no ru
  RunResult r = Sw("kb check " + kb.string());
  EXPECT_EQ(r.status, 1);
  const std::string f = (kb / "zz-broken.yaml").string();
  for (const std::string& expected : {
           f + ":1: duplicate id 'c5plus1' (first defined at ",
           f + ":4: expected 'founded' to be a date YYYY, YYYY-MM or YYYY-MM-DD, found '2015-02-30'.",
           f + ":5: 'members' refers to unknown id 'XXX'.",
           f + ":6: alias 'C5+1' of 'c5plus1' collides with the same alias of 'c5plus1'",
           f + ":7: entity 'broken-meeting' needs aliases in English and Russian; missing ru.",
           f + ":12: meeting 'broken-meeting' ends (2024-05-01) before it starts (2024-05-02).",
           f + ":13: unknown key 'colour' for a meeting; expected one of: format, number, level, date, end_date, city, host, participants, outputs.",
       }) {
    EXPECT_NE(r.err.find(expected), std::string::npos) << "missing: " << expected << "\nin:\n" << r.err;
  }
  EXPECT_NE(r.out.find(" 7 problems"), std::string::npos) << r.out << r.err;
}

TEST_F(CliTest, KbCheckReportsInvalidYamlWithItsLine) {
  fs::create_directories(dir_ / "kb");
  std::ofstream(dir_ / "kb" / "bad.yaml") << "- id: x\n  type: [unclosed\n";
  RunResult r = Sw("kb check " + (dir_ / "kb").string());
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err.rfind((dir_ / "kb" / "bad.yaml").string() + ":3: invalid YAML: ", 0), 0u) << r.err;
}

TEST_F(CliTest, KbShowPrintsTheEntityAndWhatRefersToIt) {
  RunResult r = Sw("kb show china-ca-secretariat");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("id: china-ca-secretariat"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Xi"), std::string::npos);
  r = Sw("kb show china-ca-secretariat --json");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("{", 0), 0u);
  r = Sw("kb show no-such-thing");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no entity with id 'no-such-thing' in data/kb.\n");
}

}  // namespace
