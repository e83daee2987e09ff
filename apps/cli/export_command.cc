// SPDX-License-Identifier: MIT
// summitwatch export QUERY [flags] [--csv | --jsonl]: any query's table, for other tools.
#include <algorithm>

#include "cli/query_command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

void RegisterExport(CLI::App& app, Options&, Runner& run) {
  CLI::App* exp = app.add_subcommand("export", "Write the result of any query command as CSV or JSON Lines, e.g. "
                                               "'export areas --by issuer --csv'");
  exp->require_subcommand(1);
  std::vector<QueryDef> queries = Queries();
  std::stable_sort(queries.begin(), queries.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  for (const QueryDef& q : queries) {
    CLI::App* cmd = exp->add_subcommand(q.name, q.help);
    auto db = std::make_shared<DbFlag>();
    auto jsonl = std::make_shared<bool>(false);
    auto csv_flag = std::make_shared<bool>(false);
    db->Add(cmd);
    CLI::Option* csv = cmd->add_flag("--csv", *csv_flag, "CSV with a header row (the default)");
    cmd->add_flag("--jsonl", *jsonl, "JSON Lines: one object per row")->excludes(csv);
    Answer answer = q.define(cmd);
    cmd->callback([&run, db, jsonl, csv_flag, answer] {
      run = [db, jsonl, answer] {
        return RunQuery(db->path, answer, *jsonl ? TableFormat::kJsonLines : TableFormat::kCsv);
      };
    });
  }
}

const Command kExport{60, RegisterExport};

}  // namespace
}  // namespace sw::cli
