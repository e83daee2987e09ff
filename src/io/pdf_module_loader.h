// SPDX-License-Identifier: MIT
// Finds and opens libsummitwatch_pdf.so (the poppler module, pdf_module/pdf_module_abi.h) when
// the first PDF is read, so that processes reading none never load poppler.
//
// Usage:
//   const auto& pdf = sw::io::SharedPdfModule();   // opened once per process, thread-safe
//   if (!pdf) return Skip(where + ": cannot read PDF: " + pdf.error().message + "; skipped.");
//   sw_pdf_text t;
//   int status = pdf->extract(bytes.data(), bytes.size(), &t);
//   ...
//   pdf->release(&t);
//
// Search order: $SUMMITWATCH_PDF_DIR alone when it is set (tests point it at an empty directory
// to see the program without PDF support); else the directory of the running executable, where
// the build puts the module beside `summitwatch`; else the build directory compiled in, for
// programs built elsewhere in the tree (the unit tests in build/tests/).
#pragma once

#include <string>
#include <vector>

#include "io/pdf_module/pdf_module_abi.h"
#include "summitwatch/error.h"

namespace sw::io {

/// The module's two entry points; the module stays loaded for the life of the process.
struct PdfModule {
  sw_pdf_extract_fn extract = nullptr;
  sw_pdf_release_fn release = nullptr;
};

/// Where to look for the module, in order, and how to say so in a message.
struct PdfModuleSearch {
  std::vector<std::string> dirs;
  std::string described;  ///< completes "was not found ...", e.g. "beside the program"
};

/// The search order above, from the environment and /proc/self/exe.
PdfModuleSearch DefaultPdfModuleSearch();

/// Opens the module from the first directory of `search` that has the file (a broken file there
/// is an error, not a reason to look further). The error message is a clause for the reader's
/// "<file>: cannot read PDF: <clause>; skipped.", e.g.
/// "PDF support (libsummitwatch_pdf.so) was not found beside the program".
summitwatch::Result<PdfModule> LoadPdfModule(const PdfModuleSearch& search);

/// LoadPdfModule(DefaultPdfModuleSearch()), done once: the first caller pays, the others wait
/// for it and share the outcome (a failure too: the environment will not change under us).
const summitwatch::Result<PdfModule>& SharedPdfModule();

}  // namespace sw::io
