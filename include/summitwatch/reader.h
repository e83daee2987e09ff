// SPDX-License-Identifier: MIT
// Readers: every input format turned into Documents, streamed.
//
// Usage:
//   summitwatch::ReadOptions opts;
//   summitwatch::ReadDocuments({"news.jsonl.zst", "decl.md", "-"}, opts,
//       [&](summitwatch::Document&& doc) { ... },
//       [&](const summitwatch::Error& skipped) { ... });
//
// Formats: text or Markdown with optional YAML front matter; HTML (.html .htm .xhtml: visible
// main text, title, date and language from metadata); PDF (text of every page, title and date
// from the document info); JSON Lines (one document a line, DESIGN.md's keys plus `text`),
// optionally zstd-compressed (.zst); directories, recursively; "-" for standard input (JSON
// Lines when its first byte is '{', PDF or HTML by their first bytes, text otherwise). A document
// that cannot be read is reported through `on_skip` with file (and line) and reason, and the
// rest goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "summitwatch/document.h"
#include "summitwatch/error.h"

namespace summitwatch {

struct ReadOptions {
  size_t max_document_bytes = 64u << 20;  ///< larger documents are skipped as oversized
  /// Metadata given on the command line; non-empty fields override the file's own.
  Document overrides;
};

using DocumentSink = std::function<void(Document&&)>;
using SkipSink = std::function<void(const Error&)>;

/// Reads every path in order. Returns an error only for a problem that stops everything (none
/// today: a missing path is a skipped input); per-document problems go to `on_skip`.
Status ReadDocuments(const std::vector<std::string>& paths, const ReadOptions& options, const DocumentSink& on_doc,
                     const SkipSink& on_skip);

}  // namespace summitwatch
