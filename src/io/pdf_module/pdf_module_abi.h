// SPDX-License-Identifier: MIT
// The C interface of libsummitwatch_pdf.so, the module that holds everything needing poppler.
//
// Usage (the core, src/io/pdf_module_loader.cc, after dlopen):
//   auto extract = (sw_pdf_extract_fn)dlsym(handle, SW_PDF_EXTRACT_SYMBOL);
//   auto release = (sw_pdf_release_fn)dlsym(handle, SW_PDF_RELEASE_SYMBOL);
//   sw_pdf_text t;
//   int status = extract(bytes, size, &t);   // SW_PDF_OK or why not
//   ... copy what you need out of t ...
//   release(&t);                            // always, whatever the status
//
// Why a module: linking poppler-cpp pulls in some 25 libraries (nss3, freetype, fontconfig,
// openjpeg, lcms2, tiff...) and cost every process about 4 ms of dynamic linking at start,
// although only PDF input needs them. The core opens the module on the first PDF instead.
//
// Why plain C: the module and the program may be built apart (or a stale module may sit beside a
// newer program), so nothing whose layout depends on the C++ library or the compiler crosses,
// and no exception does. The symbols carry the ABI version, so a module of another version is
// not found rather than misread.
//
// The module only extracts: page texts as poppler lays them out, and the raw Info strings. Tidying
// layout spaces, cleaning titles and parsing dates stay in the core (src/io/pdf_reader.cc),
// where they are tested without poppler in the way.
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The module's file name, looked for beside the program (src/io/pdf_module_loader.h).
#define SW_PDF_MODULE_FILE "libsummitwatch_pdf.so"
#define SW_PDF_EXTRACT_SYMBOL "sw_pdf_extract_v1"
#define SW_PDF_RELEASE_SYMBOL "sw_pdf_release_v1"

/// What sw_pdf_extract_v1 returns.
enum sw_pdf_status {
  SW_PDF_OK = 0,
  SW_PDF_DAMAGED = 1,    ///< poppler could not load the bytes as a PDF
  SW_PDF_ENCRYPTED = 2,  ///< loaded, but locked by a password
  SW_PDF_NO_PAGES = 3,
  SW_PDF_FAILED = 4,  ///< anything else (out of memory...); `error` says what
};

/// The result of one extraction. Every pointer points into memory the module owns until
/// sw_pdf_release_v1; strings are UTF-8, not NUL-terminated unless said so, and never NULL
/// (page_ends is NULL when page_count is 0).
typedef struct sw_pdf_text {
  const char* pages;        ///< the text of every page, one after the other
  const size_t* page_ends;  ///< page i is pages[page_ends[i-1] (0 for i = 0), page_ends[i])
  size_t page_count;
  const char* title;  ///< the Info dictionary's Title ("" when absent)
  size_t title_size;
  const char* creation_date;  ///< the Info dictionary's CreationDate, as written ("" when absent)
  size_t creation_date_size;
  const char* error;  ///< NUL-terminated; a reason with SW_PDF_FAILED, else ""
  void* owner;        ///< the module's own bookkeeping
} sw_pdf_text;

/// Extracts the text layer and Info strings of the PDF in bytes[0, size). Fills *out whatever the
/// outcome; a size over INT_MAX (poppler's limit) is SW_PDF_FAILED. Thread-safe, never throws.
typedef int (*sw_pdf_extract_fn)(const char* bytes, size_t size, sw_pdf_text* out);

/// Frees what sw_pdf_extract_v1 put in *out and clears it; a cleared or zeroed *out is a no-op.
typedef void (*sw_pdf_release_fn)(sw_pdf_text* out);

#ifdef __cplusplus
}
#endif
