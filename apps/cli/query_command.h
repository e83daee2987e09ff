// SPDX-License-Identifier: MIT
// Query commands: questions answered from the store with one table each. A query file defines
// its flags and its answer once; it is then registered twice, as a command of its own (aligned
// table, or --json) and under `export` (CSV or JSON Lines).
//
//   const Query kAreas{20, "areas", "Area profiles ...", [](CLI::App* cmd) -> Answer {
//     auto args = std::make_shared<AreasArgs>();
//     cmd->add_option(...);
//     return [args](const summitwatch::Store& s) { return summitwatch::AreaProfiles(s, ...); };
//   }};
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/table_output.h"
#include "summitwatch/store.h"

namespace sw::cli {

using Answer = std::function<summitwatch::Result<summitwatch::Table>(const summitwatch::Store&)>;
/// Adds a query's flags to `cmd` and returns how to answer once they are parsed. Called once per
/// place the query appears, so each gets its own flag storage.
using DefineQuery = std::function<Answer(CLI::App* cmd)>;

struct QueryDef {
  int order;
  std::string name;
  std::string help;
  DefineQuery define;
};

/// Registers a query command (and, through Queries(), its export).
struct Query {
  Query(int order, std::string name, std::string help, DefineQuery define);
};

/// Every registered query, in registration order.
const std::vector<QueryDef>& Queries();

/// The program's options (--data), for answers that read data files: an Answer runs after the
/// command line is parsed, so they are final by then.
const Options& QueryOptions();

/// Opens the store at `db_path`, answers, and writes the table to stdout in `format`. A query
/// about something absent (kNotFound) finishes with status 1; other failures are fatal.
Outcome RunQuery(const std::string& db_path, const Answer& answer, TableFormat format);

}  // namespace sw::cli
