// SPDX-License-Identifier: MIT
// summitwatch eval: validation against data that nobody on the project wrote (../shared/eval).
#include "cli/eval_command.h"

#include "cli/command.h"

namespace sw::cli {

CLI::App* EvalApp(CLI::App& app) {
  std::function<bool(CLI::App*)> named_eval = [](CLI::App* s) { return s->get_name() == "eval"; };
  if (auto found = app.get_subcommands(named_eval); !found.empty()) return found.front();
  CLI::App* eval = app.add_subcommand("eval", "Validate what summitwatch measures against human-coded data");
  eval->require_subcommand(1);
  return eval;
}

namespace {

// Registered before its children so that `--help` lists it in its place whatever they do.
const Command kEval{80, [](CLI::App& app, Options&, Runner&) { EvalApp(app); }};

}  // namespace
}  // namespace sw::cli
