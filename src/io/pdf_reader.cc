// SPDX-License-Identifier: MIT
#include "io/pdf_reader.h"

#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "kb/date.h"

namespace sw::io {
namespace {

using summitwatch::Document;
using summitwatch::ErrorCode;
using summitwatch::MakeError;

// Poppler reports every oddity of a damaged file on stderr ("Syntax Error: ..."), which would
// bury our one-line messages; the outcome is in what load_from_raw_data returns.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Poppler pads lines with spaces to mimic their layout and ends pages with a form feed; a reader
// sees words, lines and paragraphs. Trims, collapses blanks, keeps at most one empty line.
std::string Tidy(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  int newlines = 0;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
    } else if (c == '\n' || c == '\f') {
      ++newlines;
    } else {
      if (!out.empty()) out += newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : space ? " " : "";
      out += c;
      space = false;
      newlines = 0;
    }
  }
  return out;
}

// PDF dates are "D:YYYYMMDDHHmmSS+HH'mm'" with everything after the year optional; only a full
// calendar day makes a document date. The day is kept as written, in the author's time zone.
std::string PdfDate(std::string_view s) {
  if (s.substr(0, 2) == "D:") s.remove_prefix(2);
  if (s.size() < 8) return {};
  for (char c : s.substr(0, 8)) {
    if (c < '0' || c > '9') return {};
  }
  std::string out = fmt::format("{}-{}-{}", s.substr(0, 4), s.substr(4, 2), s.substr(6, 2));
  auto date = kb::Date::Parse(out);
  return date && date->day ? out : std::string();
}

// Word's PDF export names the document after its file: "Microsoft Word - Joint Statement.docx".
std::string CleanTitle(std::string title) {
  title = Tidy(title);
  constexpr std::string_view kWord = "Microsoft Word - ";
  if (title.rfind(kWord, 0) == 0) {
    title.erase(0, kWord.size());
    for (std::string_view ext : {".docx", ".doc"}) {
      if (title.size() > ext.size() && title.compare(title.size() - ext.size(), ext.size(), ext) == 0) {
        title.resize(title.size() - ext.size());
      }
    }
  }
  return title;
}

summitwatch::Error Unreadable(const std::string& where, std::string_view reason) {
  return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: not a readable PDF ({}); skipped.", where, reason),
                   where);
}

}  // namespace

summitwatch::Result<Document> ParsePdfDocument(std::string_view bytes, const std::string& where) {
  // Readers accept the header anywhere in the first kilobyte, after junk some generators emit.
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) return Unreadable(where, "no %PDF- header");
  if (bytes.size() > INT_MAX) return Unreadable(where, "larger than 2 GB");
  SilencePoppler();
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return Unreadable(where, "damaged or truncated");
  if (pdf->is_locked()) return Unreadable(where, "encrypted");
  if (pdf->pages() <= 0) return Unreadable(where, "no pages");

  Document doc;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    std::string text = Tidy(Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
    if (text.empty()) continue;
    if (!doc.text.empty()) doc.text += "\n\n";
    doc.text += text;
  }
  if (doc.text.empty()) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: PDF has no text layer (scanned?); skipped.", where),
                     where);
  }
  doc.title = CleanTitle(Utf8(pdf->info_key("Title")));
  doc.date = PdfDate(Utf8(pdf->info_key("CreationDate")));
  return doc;
}

bool LooksLikePdf(std::string_view head) { return head.substr(0, 5) == "%PDF-"; }

}  // namespace sw::io
