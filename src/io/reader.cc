// SPDX-License-Identifier: MIT
// Dispatches each path to its reader by name (standard input and unknown names by their first
// bytes); detects empty, binary and oversized inputs.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

#include "io/byte_source.h"
#include "io/front_matter.h"
#include "io/html_reader.h"
#include "io/jsonl_reader.h"
#include "io/metadata.h"
#include "io/pdf_reader.h"
#include "summitwatch/reader.h"

namespace summitwatch {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsJsonLines(const std::string& path) {
  for (const char* ext : {".jsonl", ".ndjson", ".jsonl.zst", ".ndjson.zst"}) {
    if (EndsWith(path, ext)) return true;
  }
  return false;
}

std::string LowerExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool IsReadable(const fs::path& p) {
  static const char* const kExtensions[] = {".txt",  ".md",  ".markdown", ".text", ".jsonl", ".ndjson",
                                            ".zst",  ".html", ".htm",     ".xhtml", ".pdf"};
  const std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  const std::string ext = LowerExtension(p);
  return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return ext == e; });
}

// NUL bytes in the first 8 KB, or mostly control characters, mean a binary file.
bool LooksBinary(std::string_view s) {
  s = s.substr(0, 8192);
  size_t control = 0;
  for (unsigned char c : s) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 10 > s.size();
}

enum class Format { kText, kHtml, kPdf };

// By extension; standard input and other names are sniffed from their first bytes.
Format FormatOf(const std::string& path, std::string_view content) {
  const std::string ext = LowerExtension(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".pdf") return Format::kPdf;
  if (ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text") return Format::kText;
  if (sw::io::LooksLikePdf(content)) return Format::kPdf;
  return sw::io::LooksLikeHtml(content) ? Format::kHtml : Format::kText;
}

// Text, HTML and PDF files: read whole (within the size limit), then parsed by their reader.
void ReadFile(const std::string& path, const ReadOptions& options, const DocumentSink& on_doc,
              const SkipSink& on_skip) {
  auto src = sw::io::OpenSource(path);
  if (!src) return on_skip(src.error());
  std::string content;
  std::vector<char> buf(1 << 16);
  for (;;) {
    auto got = (*src)->Read(buf.data(), buf.size());
    if (!got) return on_skip(got.error());
    if (*got == 0) break;
    content.append(buf.data(), *got);
    if (content.size() > options.max_document_bytes) {
      return on_skip(MakeError(ErrorCode::kInvalidInput,
                               fmt::format("{}: larger than the {} MB document limit; skipped.", path,
                                           options.max_document_bytes >> 20),
                               path));
    }
  }
  const std::string where = path == "-" ? "<stdin>" : path;
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    return on_skip(MakeError(ErrorCode::kInvalidInput, fmt::format("{}: file is empty; skipped.", where), where));
  }
  const Format format = FormatOf(path, content);
  // A PDF is binary by nature; a UTF-16 page is full of NUL bytes yet text (the HTML reader
  // converts it).
  const bool utf16 = content.rfind("\xFF\xFE", 0) == 0 || content.rfind("\xFE\xFF", 0) == 0;
  if (format != Format::kPdf && !(format == Format::kHtml && utf16) && LooksBinary(content)) {
    return on_skip(
        MakeError(ErrorCode::kInvalidInput, fmt::format("{}: looks like a binary file, not text; skipped.", where), where));
  }
  auto doc = format == Format::kPdf    ? sw::io::ParsePdfDocument(content, where)
             : format == Format::kHtml ? sw::io::ParseHtmlDocument(content, where)
                                       : sw::io::ParseTextDocument(std::move(content), where);
  if (!doc) return on_skip(doc.error());
  if (doc->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return on_skip(MakeError(ErrorCode::kInvalidInput, fmt::format("{}: document has no text; skipped.", where), where));
  }
  if (doc->id.empty()) doc->id = path == "-" ? "stdin" : fs::path(path).stem().string();
  sw::io::ApplyOverrides(options.overrides, *doc);
  on_doc(std::move(*doc));
}

void ReadPath(const std::string& path, const ReadOptions& options, const DocumentSink& on_doc,
              const SkipSink& on_skip) {
  if (path == "-") {
    // Standard input is JSON Lines when it starts with '{', text otherwise; peek one byte.
    int c = std::fgetc(stdin);
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = std::fgetc(stdin);
    if (c != EOF) std::ungetc(c, stdin);
    if (c == '{') {
      auto src = sw::io::OpenSource("-");
      if (Status s = sw::io::ReadJsonLines(**src, "<stdin>", options, on_doc, on_skip); !s) on_skip(s.error());
      return;
    }
    return ReadFile(path, options, on_doc, on_skip);
  }
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return on_skip(MakeError(ErrorCode::kNotFound, fmt::format("{}: no such file or directory.", path), path));
  }
  if (fs::is_directory(status)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file(ec) && IsReadable(it->path())) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) ReadPath(f, options, on_doc, on_skip);
    return;
  }
  if (IsJsonLines(path)) {
    auto src = sw::io::OpenSource(path);
    if (!src) return on_skip(src.error());
    if (Status s = sw::io::ReadJsonLines(**src, path, options, on_doc, on_skip); !s) on_skip(s.error());
    return;
  }
  ReadFile(path, options, on_doc, on_skip);
}

}  // namespace

Status ReadDocuments(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& on_doc,
                     const SkipSink& on_skip) {
  for (const auto& p : paths) ReadPath(p, options, on_doc, on_skip);
  return {};
}

}  // namespace summitwatch
