// SPDX-License-Identifier: MIT
// The reading flags that `code` and `ingest` share: metadata overrides (--kind --issuer --format
// --meeting --date --lang --country) and the document size limit.
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

}  // namespace sw::cli
