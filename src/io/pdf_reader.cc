// SPDX-License-Identifier: MIT
#include "io/pdf_reader.h"

#include <fmt/format.h>

#include <climits>

#include "io/pdf_module_loader.h"
#include "kb/date.h"

namespace sw::io {
namespace {

using summitwatch::Document;
using summitwatch::ErrorCode;
using summitwatch::MakeError;

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

// What the module extracted, released when it goes out of scope.
class Extracted {
 public:
  explicit Extracted(const PdfModule& module) : module_(module) {}
  ~Extracted() { module_.release(&text_); }
  Extracted(const Extracted&) = delete;
  Extracted& operator=(const Extracted&) = delete;

  int Run(std::string_view bytes) { return module_.extract(bytes.data(), bytes.size(), &text_); }
  const sw_pdf_text& text() const { return text_; }

 private:
  const PdfModule& module_;
  sw_pdf_text text_{};
};

}  // namespace

summitwatch::Result<Document> ParsePdfDocument(std::string_view bytes, const std::string& where) {
  // Readers accept the header anywhere in the first kilobyte, after junk some generators emit.
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) return Unreadable(where, "no %PDF- header");
  if (bytes.size() > INT_MAX) return Unreadable(where, "larger than 2 GB");
  // Poppler lives in a module opened on the first PDF (pdf_module/pdf_module_abi.h says why).
  const auto& module = SharedPdfModule();
  if (!module) {
    return MakeError(ErrorCode::kUnsupported,
                     fmt::format("{}: cannot read PDF: {}; skipped.", where, module.error().message), where);
  }
  Extracted pdf(*module);
  switch (pdf.Run(bytes)) {
    case SW_PDF_OK:
      break;
    case SW_PDF_DAMAGED:
      return Unreadable(where, "damaged or truncated");
    case SW_PDF_ENCRYPTED:
      return Unreadable(where, "encrypted");
    case SW_PDF_NO_PAGES:
      return Unreadable(where, "no pages");
    default:
      return Unreadable(where, *pdf.text().error ? pdf.text().error : "extraction failed");
  }

  const sw_pdf_text& raw = pdf.text();
  Document doc;
  size_t begin = 0;
  for (size_t i = 0; i < raw.page_count; ++i) {
    std::string text = Tidy(std::string_view(raw.pages + begin, raw.page_ends[i] - begin));
    begin = raw.page_ends[i];
    if (text.empty()) continue;
    if (!doc.text.empty()) doc.text += "\n\n";
    doc.text += text;
  }
  if (doc.text.empty()) {
    return MakeError(ErrorCode::kInvalidInput, fmt::format("{}: PDF has no text layer (scanned?); skipped.", where),
                     where);
  }
  doc.title = CleanTitle(std::string(raw.title, raw.title_size));
  doc.date = PdfDate(std::string_view(raw.creation_date, raw.creation_date_size));
  return doc;
}

bool LooksLikePdf(std::string_view head) { return head.substr(0, 5) == "%PDF-"; }

}  // namespace sw::io
