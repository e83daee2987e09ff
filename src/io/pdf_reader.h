// SPDX-License-Identifier: MIT
// PDF files: the text layer of every page, title and creation date, via poppler-cpp in the
// libsummitwatch_pdf.so module, opened on the first PDF (pdf_module_loader.h).
//
// Usage:
//   auto doc = sw::io::ParsePdfDocument(bytes, "statement.pdf");
//   if (!doc) return on_skip(doc.error());
//
// Pages are read in reading order (poppler's pdftotext layout, not its column-preserving one) and
// joined with "\n\n"; runs of layout spaces collapse to one. A scanned PDF has no text layer and
// is skipped: there is no OCR here.
#pragma once

#include <string>
#include <string_view>

#include "summitwatch/document.h"
#include "summitwatch/error.h"

namespace sw::io {

/// Reads a PDF given as raw bytes. `where` names the file in messages. Fills text, and title and
/// date (YYYY-MM-DD, from CreationDate) when the document info has them; leaves id empty. A
/// damaged, encrypted or text-less PDF is an error saying which; so is a missing PDF module.
summitwatch::Result<summitwatch::Document> ParsePdfDocument(std::string_view bytes, const std::string& where);

/// True when `head` (the first bytes of an input) starts with the "%PDF-" magic.
bool LooksLikePdf(std::string_view head);

}  // namespace sw::io
