// SPDX-License-Identifier: MIT
// summitwatch init [--db PATH]: create (or migrate) a store and load the knowledge base into it.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

struct InitArgs {
  DbFlag db;
  bool json = false;
};

Outcome RunInit(const Options& opts, const InitArgs& args) {
  auto store = summitwatch::Store::Create(args.db.path);
  if (!store) return {store.error()};
  bool changed = false;
  if (auto s = store->LoadKnowledgeBase(ResolveDataDir(opts) + "/kb", &changed); !s) return {s};
  auto summary = store->Describe();
  if (!summary) return {summary.error()};
  Output out;
  if (args.json) {
    nlohmann::ordered_json j = {{"path", summary->path},
                                {"schema_version", summary->schema_version},
                                {"entities", summary->entities},
                                {"documents", summary->documents}};
    out.buffer() = j.dump() + "\n";
  } else {
    fmt::format_to(std::back_inserter(out.buffer()), "{}: schema version {}, {} entities, {} documents\n",
                   summary->path, summary->schema_version, summary->entities, summary->documents);
  }
  return {};
}

void RegisterInit(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* cmd = app.add_subcommand("init", "Create a store (or bring one up to date) and load the knowledge base");
  args->db.Add(cmd);
  cmd->add_flag("--json", args->json, "As JSON");
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunInit(opts, *args); }; });
}

const Command kInit{20, RegisterInit};

}  // namespace
}  // namespace sw::cli
