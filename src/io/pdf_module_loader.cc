// SPDX-License-Identifier: MIT
#include "io/pdf_module_loader.h"

#include <dlfcn.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace sw::io {
namespace {

using summitwatch::ErrorCode;
using summitwatch::MakeError;

std::string ExecutableDir() {
  std::string path(4096, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
  if (n <= 0 || static_cast<size_t>(n) >= path.size()) return {};
  path.resize(static_cast<size_t>(n));
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace

PdfModuleSearch DefaultPdfModuleSearch() {
  if (const char* env = std::getenv("SUMMITWATCH_PDF_DIR"); env && *env) {
    return {{env}, fmt::format("in SUMMITWATCH_PDF_DIR ({})", env)};
  }
  PdfModuleSearch search{{}, "beside the program"};
  if (std::string exe = ExecutableDir(); !exe.empty()) search.dirs.push_back(std::move(exe));
#ifdef SW_PDF_MODULE_BUILD_DIR
  search.dirs.push_back(SW_PDF_MODULE_BUILD_DIR);
#endif
  return search;
}

summitwatch::Result<PdfModule> LoadPdfModule(const PdfModuleSearch& search) {
  for (const std::string& dir : search.dirs) {
    const std::string path = dir + "/" + SW_PDF_MODULE_FILE;
    if (::access(path.c_str(), F_OK) != 0) continue;
    // RTLD_LOCAL: poppler's dependencies stay out of the program's symbol lookups. The handle
    // is never closed; poppler keeps global state for the life of the process.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = ::dlerror();
      return MakeError(ErrorCode::kUnsupported,
                       fmt::format("PDF support ({}) could not be loaded ({})", path, why ? why : "unknown reason"),
                       path);
    }
    PdfModule module;
    module.extract = reinterpret_cast<sw_pdf_extract_fn>(::dlsym(handle, SW_PDF_EXTRACT_SYMBOL));
    module.release = reinterpret_cast<sw_pdf_release_fn>(::dlsym(handle, SW_PDF_RELEASE_SYMBOL));
    if (!module.extract || !module.release) {
      ::dlclose(handle);
      return MakeError(ErrorCode::kUnsupported,
                       fmt::format("PDF support ({}) does not match this program (no {})", path,
                                   module.extract ? SW_PDF_RELEASE_SYMBOL : SW_PDF_EXTRACT_SYMBOL),
                       path);
    }
    return module;
  }
  return MakeError(ErrorCode::kUnsupported,
                   fmt::format("PDF support ({}) was not found {}", SW_PDF_MODULE_FILE, search.described));
}

const summitwatch::Result<PdfModule>& SharedPdfModule() {
  static const summitwatch::Result<PdfModule> module = LoadPdfModule(DefaultPdfModuleSearch());
  return module;
}

}  // namespace sw::io
