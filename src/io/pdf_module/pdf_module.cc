// SPDX-License-Identifier: MIT
// libsummitwatch_pdf.so: poppler-cpp behind the C interface of pdf_module_abi.h. Built as a
// separate module (not part of summitwatch_core) so that only processes reading a PDF load
// poppler and the libraries it pulls in; see pdf_module_abi.h for why and for the contract.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "io/pdf_module/pdf_module_abi.h"

namespace {

// What sw_pdf_text points into, freed by sw_pdf_release_v1.
struct Owned {
  std::string pages;
  std::vector<size_t> page_ends;
  std::string title, creation_date, error;
};

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

int Extract(const char* bytes, size_t size, Owned& o) {
  if (size > INT_MAX) {
    o.error = "larger than 2 GB";
    return SW_PDF_FAILED;
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(bytes, static_cast<int>(size)));
  if (!pdf) return SW_PDF_DAMAGED;
  if (pdf->is_locked()) return SW_PDF_ENCRYPTED;
  if (pdf->pages() <= 0) return SW_PDF_NO_PAGES;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (page) o.pages += Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    o.page_ends.push_back(o.pages.size());
  }
  o.title = Utf8(pdf->info_key("Title"));
  o.creation_date = Utf8(pdf->info_key("CreationDate"));
  return SW_PDF_OK;
}

void PointInto(const Owned& o, sw_pdf_text* out) {
  out->pages = o.pages.data();
  out->page_ends = o.page_ends.empty() ? nullptr : o.page_ends.data();
  out->page_count = o.page_ends.size();
  out->title = o.title.data();
  out->title_size = o.title.size();
  out->creation_date = o.creation_date.data();
  out->creation_date_size = o.creation_date.size();
  out->error = o.error.c_str();
}

// Drops what a failed extraction had gathered; the reason itself may not fit in memory.
int Fail(Owned& o, const char* reason) noexcept {
  o = Owned{};
  try {
    o.error = reason;
  } catch (...) {
  }
  return SW_PDF_FAILED;
}

void Clear(sw_pdf_text* out) { *out = sw_pdf_text{"", nullptr, 0, "", 0, "", 0, "", nullptr}; }

}  // namespace

extern "C" {

__attribute__((visibility("default"))) int sw_pdf_extract_v1(const char* bytes, size_t size,
                                                             sw_pdf_text* out) noexcept {
  Clear(out);
  auto* owned = new (std::nothrow) Owned;
  if (!owned) {
    out->error = "out of memory";
    return SW_PDF_FAILED;
  }
  out->owner = owned;
  int status;
  // Nothing may unwind into a caller that was compiled apart: poppler-cpp and std::string throw
  // std::bad_alloc, and a damaged file must not take the program down.
  try {
    status = Extract(bytes, size, *owned);
  } catch (const std::bad_alloc&) {
    status = Fail(*owned, "out of memory");
  } catch (const std::exception& e) {
    status = Fail(*owned, e.what());
  } catch (...) {
    status = Fail(*owned, "poppler failed");
  }
  PointInto(*owned, out);
  return status;
}

__attribute__((visibility("default"))) void sw_pdf_release_v1(sw_pdf_text* out) noexcept {
  if (!out) return;
  delete static_cast<Owned*>(out->owner);
  Clear(out);
}

}  // extern "C"

// The exports must keep the types the core gives dlsym's results.
[[maybe_unused]] constexpr sw_pdf_extract_fn kExtractHasItsType = sw_pdf_extract_v1;
[[maybe_unused]] constexpr sw_pdf_release_fn kReleaseHasItsType = sw_pdf_release_v1;
