// SPDX-License-Identifier: MIT
#include "cli/query_command.h"

#include "cli/store_flags.h"

namespace sw::cli {
namespace {

std::vector<QueryDef>& Registry() {
  static std::vector<QueryDef> registry;
  return registry;
}

const Options*& ProgramOptions() {
  static const Options* options = nullptr;
  return options;
}

void RegisterQuery(const QueryDef& q, CLI::App& app, Runner& run) {
  CLI::App* cmd = app.add_subcommand(q.name, q.help);
  auto db = std::make_shared<DbFlag>();
  auto json = std::make_shared<bool>(false);
  db->Add(cmd);
  cmd->add_flag("--json", *json, "As JSON: an array of row objects");
  Answer answer = q.define(cmd);
  cmd->callback([&run, db, json, answer] {
    run = [db, json, answer] { return RunQuery(db->path, answer, *json ? TableFormat::kJson : TableFormat::kAligned); };
  });
}

}  // namespace

Query::Query(int order, std::string name, std::string help, DefineQuery define) {
  QueryDef def{order, std::move(name), std::move(help), std::move(define)};
  Registry().push_back(def);
  Command(order, [def](CLI::App& app, Options& opts, Runner& run) {
    ProgramOptions() = &opts;
    RegisterQuery(def, app, run);
  });
}

const Options& QueryOptions() {
  static const Options defaults;
  return ProgramOptions() ? *ProgramOptions() : defaults;
}

const std::vector<QueryDef>& Queries() { return Registry(); }

Outcome RunQuery(const std::string& db_path, const Answer& answer, TableFormat format) {
  auto store = summitwatch::Store::Open(db_path);
  if (!store) return {store.error()};
  auto table = answer(*store);
  if (!table) {
    if (table.error().code == summitwatch::ErrorCode::kNotFound) {
      PrintError(table.error().message);
      return {{}, 1};
    }
    return {table.error()};
  }
  Output out;
  AppendTable(*table, format, out.buffer());
  return {};
}

}  // namespace sw::cli
