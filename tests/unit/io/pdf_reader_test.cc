// SPDX-License-Identifier: MIT
#include "io/pdf_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <vector>

namespace sw::io {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(SW_SOURCE_DIR) + "/tests/fixtures/pdf/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A content stream writing `lines` down a page in Helvetica.
std::string Lines(const std::vector<std::string>& lines) {
  std::string ops = "BT /F1 12 Tf 72 720 Td 16 TL\n";
  for (const auto& l : lines) ops += "(" + l + ") Tj T*\n";
  return ops + "ET";
}

// A minimal PDF with one page per content stream (an empty one makes a blank page) and, when
// given, an Info dictionary with `info` inside it. Offsets in the xref table are computed here.
std::string MakePdf(const std::vector<std::string>& pages, const std::string& info = "") {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const auto& content : pages) {
    const size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>" +
                      (content.empty() ? std::string() : " /Contents " + std::to_string(page + 1) + " 0 R") + " >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  if (!info.empty()) objects.push_back("<< " + info + " >>");
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    std::string n = std::to_string(off);
    out += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" +
         (info.empty() ? "" : " /Info " + std::to_string(objects.size()) + " 0 R") + " >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string ErrorOf(std::string_view bytes, const std::string& where = "x.pdf") {
  auto doc = ParsePdfDocument(bytes, where);
  return doc.ok() ? "(read)" : doc.error().message;
}

TEST(PdfReaderTest, ReadsEveryPageTitleAndDate) {
  auto doc = ParsePdfDocument(Fixture("statement.pdf"), "statement.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->text,
            "Joint Statement of the C5+1 Foreign Ministers\n"
            "The Ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan,\n"
            "Uzbekistan and the United States welcomed the launch of the\n"
            "C5+1 Critical Minerals Dialogue.\n\n"
            "The Parties will develop the Trans-Caspian International Transport Route.");
  EXPECT_EQ(doc->title, "C5+1 – Joint Statement");  // UTF-16BE in the file
  EXPECT_EQ(doc->date, "2023-09-19");                // the author's day, not moved to UTC
  EXPECT_EQ(doc->id, "");
}

TEST(PdfReaderTest, BadPdfsSayWhy) {
  EXPECT_EQ(ErrorOf(Fixture("empty-page.pdf"), "tests/fixtures/pdf/empty-page.pdf"),
            "tests/fixtures/pdf/empty-page.pdf: PDF has no text layer (scanned?); skipped.");
  EXPECT_EQ(ErrorOf(Fixture("truncated.pdf")), "x.pdf: not a readable PDF (damaged or truncated); skipped.");
  EXPECT_EQ(ErrorOf(Fixture("encrypted.pdf")), "x.pdf: not a readable PDF (encrypted); skipped.");
  EXPECT_EQ(ErrorOf("Just some text."), "x.pdf: not a readable PDF (no %PDF- header); skipped.");
  EXPECT_EQ(ErrorOf("%PDF-1.7\nnothing else"), "x.pdf: not a readable PDF (damaged or truncated); skipped.");
  EXPECT_EQ(ErrorOf(MakePdf({"", ""})), "x.pdf: PDF has no text layer (scanned?); skipped.");
  auto doc = ParsePdfDocument(Fixture("truncated.pdf"), "t.pdf");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().where, "t.pdf");
}

TEST(PdfReaderTest, PagesAreJoinedAndBlankPagesLeaveNoGap) {
  auto doc = ParsePdfDocument(MakePdf({Lines({"First page."}), "", Lines({"Third   page,", "two lines."})}), "p.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->text, "First page.\n\nThird page,\ntwo lines.");
  EXPECT_EQ(doc->title, "");
  EXPECT_EQ(doc->date, "");
}

TEST(PdfReaderTest, TitlesAndDatesFromTheDocumentInfo) {
  struct Case {
    std::string info, title, date;
  };
  for (const Case& c : std::vector<Case>{
           {"/Title (Joint  Statement ) /CreationDate (D:20230504)", "Joint Statement", "2023-05-04"},
           {"/Title (Microsoft Word - Xian Declaration.docx)", "Xian Declaration", ""},
           {"/CreationDate (20240330120000Z)", "", "2024-03-30"},  // no "D:", as some writers do
           {"/CreationDate (D:2023)", "", ""},                     // a year is not a day
           {"/CreationDate (D:20230231)", "", ""},                 // no such day
           {"/CreationDate (yesterday)", "", ""},
       }) {
    auto doc = ParsePdfDocument(MakePdf({Lines({"Text."})}, c.info), "i.pdf");
    ASSERT_TRUE(doc.ok()) << c.info;
    EXPECT_EQ(doc->title, c.title) << c.info;
    EXPECT_EQ(doc->date, c.date) << c.info;
  }
}

TEST(PdfReaderTest, JunkBeforeTheHeaderIsTolerated) {
  auto doc = ParsePdfDocument("\r\n\r\n" + MakePdf({Lines({"After junk."})}), "j.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->text, "After junk.");
}

TEST(PdfReaderTest, CutOrDamagedFilesNeverCrash) {
  const std::string pdf = Fixture("statement.pdf");
  ASSERT_GT(pdf.size(), 1000u);
  for (size_t cut = 0; cut < pdf.size(); cut += 13) {
    auto doc = ParsePdfDocument(std::string_view(pdf).substr(0, cut), "c.pdf");
    if (!doc.ok()) {
      EXPECT_EQ(doc.error().message.rfind("c.pdf: ", 0), 0u) << doc.error().message;
    }
  }
  std::mt19937 rng(11);
  for (int round = 0; round < 100; ++round) {
    std::string bad = pdf;
    for (int i = 0; i < 8; ++i) bad[rng() % bad.size()] = static_cast<char>(rng());
    (void)ParsePdfDocument(bad, "d.pdf");
  }
}

TEST(PdfReaderTest, SniffsPdf) {
  EXPECT_TRUE(LooksLikePdf("%PDF-1.4\n"));
  EXPECT_FALSE(LooksLikePdf("%PDF"));
  EXPECT_FALSE(LooksLikePdf(" %PDF-1.4"));
  EXPECT_FALSE(LooksLikePdf(""));
}

}  // namespace
}  // namespace sw::io
