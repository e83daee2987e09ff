// SPDX-License-Identifier: MIT
// Flags of the store commands: --db, and the document filters of the query commands.
#pragma once

#include <CLI/CLI.hpp>

#include "summitwatch/store.h"

namespace sw::cli {

/// --db PATH (default summitwatch.db).
struct DbFlag {
  std::string path = "summitwatch.db";
  void Add(CLI::App* cmd);
  summitwatch::Result<summitwatch::Store> Open() const { return summitwatch::Store::Open(path); }
};

/// --format --issuer --kind --from --to --lang --country; lists are comma-separated.
struct FilterFlags {
  summitwatch::DocFilter filter;
  void Add(CLI::App* cmd);
};

/// --by document|issuer|format|year|country, parsed into `by`.
void AddGroupByFlag(CLI::App* cmd, summitwatch::GroupBy& by, const std::string& help);

}  // namespace sw::cli
