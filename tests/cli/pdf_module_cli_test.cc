// SPDX-License-Identifier: MIT
// The program without its PDF module (libsummitwatch_pdf.so): PDFs are skipped with one line each,
// everything else is read as before.
#include "cli_helpers.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using sw::test::Has;
using sw::test::Lines;
using sw::test::Ran;

// Points the module search at `dir` (only there) for the commands run while it lives.
class PdfDirOverride {
 public:
  explicit PdfDirOverride(const fs::path& dir) { ::setenv("SUMMITWATCH_PDF_DIR", dir.c_str(), 1); }
  ~PdfDirOverride() { ::unsetenv("SUMMITWATCH_PDF_DIR"); }
  PdfDirOverride(const PdfDirOverride&) = delete;
  PdfDirOverride& operator=(const PdfDirOverride&) = delete;
};

class PdfModuleCliTest : public ::testing::Test {
 protected:
  Ran Sw(const std::string& args, const std::string& stdin_bytes = "") {
    return sw::test::Run(dir_, args, stdin_bytes);
  }

  sw::test::TempDir tmp_{"pdfmodule"};
  fs::path dir_ = tmp_.path();
};

TEST_F(PdfModuleCliTest, WithoutTheModulePdfsAreSkippedAndOtherInputsRead) {
  const fs::path empty = dir_ / "no-module";
  fs::create_directories(empty);
  PdfDirOverride no_module(empty);
  Ran r = Sw("code --json tests/fixtures/pdf/statement.pdf tests/fixtures/html/article.html");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "summitwatch: error: tests/fixtures/pdf/statement.pdf: cannot read PDF: PDF support "
            "(libsummitwatch_pdf.so) was not found in SUMMITWATCH_PDF_DIR (" +
                empty.string() + "); skipped.\n");
  std::vector<std::string> l = Lines(r.out);
  ASSERT_EQ(l.size(), 1u) << r.out;
  EXPECT_EQ(l[0].rfind("{\"id\":\"article\",\"title\":\"C5+1 foreign ministers meet in New York\"", 0), 0u) << l[0];

  // Sniffed from standard input, the same; a file that is not a PDF never needs the module.
  r = Sw("code --json -", sw::test::Slurp(fs::path(SW_SOURCE_DIR) / "tests/fixtures/pdf/statement.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "summitwatch: error: <stdin>: cannot read PDF: PDF support (libsummitwatch_pdf.so) was not "
            "found in SUMMITWATCH_PDF_DIR (" +
                empty.string() + "); skipped.\n");
  r = Sw("code --json -", "Kazakhstan and Uzbekistan signed an agreement.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Has(r.out, "\"entity\":\"KAZ\"")) << r.out;
}

TEST_F(PdfModuleCliTest, TheOverrideFindsTheModuleWhereItIs) {
  PdfDirOverride build_dir(fs::path(SW_BINARY).parent_path());
  Ran r = Sw("code --json tests/fixtures/pdf/statement.pdf");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"id\":\"statement\",\"title\":\"C5+1 – Joint Statement\",\"date\":\"2023-09-19\"", 0), 0u)
      << r.out;
}

}  // namespace
