// SPDX-License-Identifier: MIT
// HTML and PDF input through the command line: stdout, stderr and exit status, every message pinned.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace {

namespace fs = std::filesystem;

using sw::test::Ran;

using sw::test::Slurp;

using sw::test::Lines;

using sw::test::Has;

class ReadersCliTest : public ::testing::Test {
 protected:
  // Runs summitwatch with `args` (shell words) from the source directory.
  Ran Sw(const std::string& args, const std::string& stdin_bytes = "") {
    return sw::test::Run(dir_, args, stdin_bytes);
  }

  static std::string Fixture(const std::string& name) {
    return Slurp(fs::path(SW_SOURCE_DIR) / "tests/fixtures" / name);
  }

  sw::test::TempDir tmp_{"readers"};  // removed, permissions restored, after each test
  fs::path dir_ = tmp_.path();
};

TEST_F(ReadersCliTest, CodeJsonReadsHtmlAndPdf) {
  Ran r = Sw("code --json tests/fixtures/html/article.html tests/fixtures/html/cp1251-ru.html "
             "tests/fixtures/pdf/statement.pdf");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::string> l = Lines(r.out);
  ASSERT_EQ(l.size(), 3u) << r.out;

  EXPECT_EQ(l[0].rfind("{\"id\":\"article\",\"title\":\"C5+1 foreign ministers meet in New York\","
                       "\"date\":\"2023-09-19\"",
                       0),
            0u)
      << l[0];
  EXPECT_TRUE(Has(l[0], "\"lang\":\"en\"")) << l[0];
  EXPECT_TRUE(Has(l[0], "\"text\":\"C5+1 Critical Minerals Dialogue\",\"sentence\":2,\"stance\":\"welcomes\"")) << l[0];
  EXPECT_TRUE(Has(l[0], "\"entity\":\"middle-corridor\"")) << l[0];
  // Named only in the menu, footer, aside, scripts and form: not the article's text.
  for (const char* noise : {"sco", "cis", "csto", "eaeu", "asean"}) {
    EXPECT_FALSE(Has(l[0], std::string("\"entity\":\"") + noise + "\"")) << noise << " in " << l[0];
  }

  EXPECT_EQ(l[1].rfind("{\"id\":\"cp1251-ru\",\"title\":\"Министры иностранных дел Центральной Азии встретились в "
                       "Астане\",\"date\":\"2023-09-14\"",
                       0),
            0u)
      << l[1];
  EXPECT_TRUE(Has(l[1], "\"entity\":\"KAZ\",\"type\":\"country\",\"start\":80,\"end\":100,\"text\":\"Казахстана\""))
      << l[1];
  EXPECT_TRUE(Has(l[1], "\"entity\":\"sco\",\"type\":\"organisation\"")) << l[1];
  EXPECT_TRUE(Has(l[1], "\"text\":\"Секретариата Китай – Центральная Азия\",\"sentence\":2,\"stance\":\"welcomes\""))
      << l[1];

  EXPECT_EQ(l[2].rfind("{\"id\":\"statement\",\"title\":\"C5+1 – Joint Statement\",\"date\":\"2023-09-19\"", 0), 0u)
      << l[2];
  EXPECT_TRUE(Has(l[2], "\"entity\":\"c5plus1-critical-minerals-dialogue\"")) << l[2];
  EXPECT_TRUE(Has(l[2], "\"entity\":\"USA\"")) << l[2];
  // Page 2 is its own sentence, after the "\n\n" that joins the pages.
  EXPECT_TRUE(Has(l[2], "\"text\":\"Trans-Caspian International Transport Route\",\"sentence\":1")) << l[2];
}

TEST_F(ReadersCliTest, BadHtmlAndPdfAreSkippedWithOneLineEachAndExitOne) {
  fs::path fake = dir_ / "fake.pdf";
  std::ofstream(fake) << "This is not a PDF.\n";
  Ran r = Sw("code --json tests/fixtures/html/no-body.html tests/fixtures/pdf/empty-page.pdf "
             "tests/fixtures/pdf/statement.pdf tests/fixtures/pdf/truncated.pdf tests/fixtures/pdf/encrypted.pdf " +
             fake.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "summitwatch: error: tests/fixtures/html/no-body.html: HTML has no visible text; skipped.\n"
            "summitwatch: error: tests/fixtures/pdf/empty-page.pdf: PDF has no text layer (scanned?); skipped.\n"
            "summitwatch: error: tests/fixtures/pdf/truncated.pdf: not a readable PDF (damaged or truncated); "
            "skipped.\n"
            "summitwatch: error: tests/fixtures/pdf/encrypted.pdf: not a readable PDF (encrypted); skipped.\n"
            "summitwatch: error: " + fake.string() + ": not a readable PDF (no %PDF- header); skipped.\n");
  std::vector<std::string> l = Lines(r.out);
  ASSERT_EQ(l.size(), 1u) << r.out;  // the good PDF among them was still coded
  EXPECT_EQ(l[0].rfind("{\"id\":\"statement\"", 0), 0u) << l[0];
}

TEST_F(ReadersCliTest, CommandLineMetadataOverridesThePage) {
  Ran r = Sw("code --json --date 2024-01-02 --kind news --country KAZ tests/fixtures/html/article.html "
             "tests/fixtures/pdf/statement.pdf");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> l = Lines(r.out);
  ASSERT_EQ(l.size(), 2u) << r.out;
  for (const auto& line : l) {
    EXPECT_TRUE(Has(line, "\"date\":\"2024-01-02\",\"kind\":\"news\"")) << line;
  }
  EXPECT_TRUE(Has(l[0], "\"title\":\"C5+1 foreign ministers meet in New York\"")) << l[0];  // not overridden
}

TEST_F(ReadersCliTest, StandardInputIsSniffed) {
  Ran r = Sw("code --json -", Fixture("html/article.html"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"id\":\"stdin\",\"title\":\"C5+1 foreign ministers meet in New York\"", 0), 0u) << r.out;
  EXPECT_FALSE(Has(r.out, "\"entity\":\"sco\"")) << r.out;

  r = Sw("code --json -", Fixture("pdf/statement.pdf"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"id\":\"stdin\",\"title\":\"C5+1 – Joint Statement\",\"date\":\"2023-09-19\"", 0), 0u)
      << r.out;

  r = Sw("code --json -", Fixture("html/no-body.html"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: <stdin>: HTML has no visible text; skipped.\n");

  r = Sw("code --json -", Fixture("pdf/empty-page.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: <stdin>: PDF has no text layer (scanned?); skipped.\n");
}

TEST_F(ReadersCliTest, DirectoriesTakeHtmlAndPdfAndOtherNamesAreSniffed) {
  fs::create_directories(dir_ / "in");
  fs::copy_file(fs::path(SW_SOURCE_DIR) / "tests/fixtures/pdf/statement.pdf", dir_ / "in" / "B-REPORT.PDF");
  fs::copy_file(fs::path(SW_SOURCE_DIR) / "tests/fixtures/html/article.html", dir_ / "in" / "a-page.htm");
  std::ofstream(dir_ / "in" / "c-notes.xhtml")
      << "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Kazakhstan.</p></body></html>";
  fs::copy_file(fs::path(SW_SOURCE_DIR) / "tests/fixtures/pdf/statement.pdf", dir_ / "download.bin");
  fs::copy_file(fs::path(SW_SOURCE_DIR) / "tests/fixtures/html/article.html", dir_ / "saved_page");
  Ran r = Sw("code --json " + (dir_ / "in").string() + " " + (dir_ / "download.bin").string() + " " +
             (dir_ / "saved_page").string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::string> l = Lines(r.out);
  ASSERT_EQ(l.size(), 5u) << r.out;
  EXPECT_EQ(l[0].rfind("{\"id\":\"B-REPORT\",\"title\":\"C5+1 – Joint Statement\"", 0), 0u) << l[0];
  EXPECT_EQ(l[1].rfind("{\"id\":\"a-page\",\"title\":\"C5+1 foreign ministers meet in New York\"", 0), 0u) << l[1];
  EXPECT_EQ(l[2].rfind("{\"id\":\"c-notes\"", 0), 0u) << l[2];
  EXPECT_TRUE(Has(l[2], "\"entity\":\"KAZ\"")) << l[2];
  EXPECT_EQ(l[3].rfind("{\"id\":\"download\",\"title\":\"C5+1 – Joint Statement\"", 0), 0u) << l[3];
  EXPECT_EQ(l[4].rfind("{\"id\":\"saved_page\",\"title\":\"C5+1 foreign ministers meet in New York\"", 0), 0u) << l[4];
}

}  // namespace
