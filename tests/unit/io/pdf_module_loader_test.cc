// SPDX-License-Identifier: MIT
#include "io/pdf_module_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sw::io {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class PdfModuleLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sw-pdfloader-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    ::unsetenv("SUMMITWATCH_PDF_DIR");
  }
  fs::path dir_;
};

std::string ExecutableDir() { return fs::read_symlink("/proc/self/exe").parent_path().string(); }

TEST_F(PdfModuleLoaderTest, AMissingModuleIsOneClause) {
  auto m = LoadPdfModule({{dir_.string()}, "beside the program"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message, "PDF support (libsummitwatch_pdf.so) was not found beside the program");
  m = LoadPdfModule({{}, "anywhere"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().message, "PDF support (libsummitwatch_pdf.so) was not found anywhere");
}

TEST_F(PdfModuleLoaderTest, TheFirstFileFoundIsTheOneUsedEvenWhenBroken) {
  std::ofstream(dir_ / "libsummitwatch_pdf.so") << "not a shared object\n";
  // The real module is further down the list; a broken one earlier must be reported, not skipped
  // over silently.
  auto m = LoadPdfModule({{(dir_ / "none").string(), dir_.string(), ExecutableDir() + "/.."}, "here"});
  ASSERT_FALSE(m.ok());
  const std::string prefix = "PDF support (" + (dir_ / "libsummitwatch_pdf.so").string() + ") could not be loaded (";
  EXPECT_EQ(m.error().message.rfind(prefix, 0), 0u) << m.error().message;
  EXPECT_EQ(m.error().message.back(), ')') << m.error().message;
}

TEST_F(PdfModuleLoaderTest, TheSearchIsTheProgramsDirectoryThenTheBuildOrTheOverrideAlone) {
  ::unsetenv("SUMMITWATCH_PDF_DIR");
  PdfModuleSearch s = DefaultPdfModuleSearch();
  EXPECT_EQ(s.described, "beside the program");
  ASSERT_EQ(s.dirs.size(), 2u);
  EXPECT_EQ(s.dirs[0], ExecutableDir());
  EXPECT_TRUE(fs::exists(fs::path(s.dirs[1]) / "libsummitwatch_pdf.so")) << s.dirs[1];

  ::setenv("SUMMITWATCH_PDF_DIR", dir_.c_str(), 1);
  s = DefaultPdfModuleSearch();
  EXPECT_EQ(s.dirs, std::vector<std::string>{dir_.string()});
  EXPECT_EQ(s.described, "in SUMMITWATCH_PDF_DIR (" + dir_.string() + ")");

  ::setenv("SUMMITWATCH_PDF_DIR", "", 1);  // set but empty is unset
  EXPECT_EQ(DefaultPdfModuleSearch().described, "beside the program");
}

// The module's side of the contract (pdf_module/pdf_module_abi.h), through the loaded module.
TEST_F(PdfModuleLoaderTest, TheModuleExtractsAndReleases) {
  ::unsetenv("SUMMITWATCH_PDF_DIR");
  const auto& m = SharedPdfModule();
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(&SharedPdfModule(), &m);  // loaded once

  std::ifstream in(std::string(SW_SOURCE_DIR) + "/tests/fixtures/pdf/statement.pdf", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string pdf = ss.str();
  sw_pdf_text t;
  ASSERT_EQ(m->extract(pdf.data(), pdf.size(), &t), SW_PDF_OK) << t.error;
  ASSERT_EQ(t.page_count, 2u);
  const std::string page2(t.pages + t.page_ends[0], t.page_ends[1] - t.page_ends[0]);
  EXPECT_NE(page2.find("Trans-Caspian International Transport Route"), std::string::npos) << page2;
  EXPECT_EQ(std::string(t.title, t.title_size), "C5+1 – Joint Statement");
  EXPECT_EQ(std::string(t.creation_date, t.creation_date_size).rfind("D:20230919", 0), 0u);
  EXPECT_STREQ(t.error, "");
  m->release(&t);
  EXPECT_EQ(t.owner, nullptr);
  EXPECT_EQ(t.page_count, 0u);
  m->release(&t);  // a released result may be released again

  const std::string junk = "%PDF-1.7\nnothing else";
  ASSERT_EQ(m->extract(junk.data(), junk.size(), &t), SW_PDF_DAMAGED);
  EXPECT_EQ(t.page_count, 0u);
  EXPECT_EQ(t.title_size, 0u);
  m->release(&t);

  // Poppler takes an int length; the module refuses more before reading a byte.
  ASSERT_EQ(m->extract(junk.data(), size_t{INT_MAX} + 1, &t), SW_PDF_FAILED);
  EXPECT_STREQ(t.error, "larger than 2 GB");
  m->release(&t);
}

}  // namespace
}  // namespace sw::io
