// SPDX-License-Identifier: MIT
// The flags that `code` and `ingest` share: metadata overrides (--kind --issuer --format
// --meeting --date --lang --country), the document size limit, and --threads.
#pragma once

#include <CLI/CLI.hpp>

#include "summitwatch/reader.h"

namespace sw::cli {

struct ReadFlags {
  summitwatch::Document overrides;
  size_t max_doc_mb = 64;

  /// Adds the flags to `cmd`; `this` must outlive parsing.
  void Add(CLI::App* cmd);
  summitwatch::ReadOptions Options() const;
};

/// --threads N: kept as text until Parse, so that a bad value gets our message, not CLI11's.
struct ThreadsFlag {
  std::string value = "0";

  void Add(CLI::App* cmd, const std::string& help);
  /// 0 (one per processor) or a positive count up to 256; anything else is a usage error.
  summitwatch::Result<size_t> Parse() const;
};

}  // namespace sw::cli
