// SPDX-License-Identifier: MIT
// `summitwatch eval`: the parent of the validation commands (eval tone, eval commitments, ...).
// Each child lives in its own file and attaches itself to this parent:
//
//   void RegisterEvalTone(CLI::App& app, Options& opts, Runner& run) {
//     CLI::App* cmd = EvalApp(app)->add_subcommand("tone", "...");
//     ...
//   }
//   const Command kEvalTone{81, RegisterEvalTone};   // after `eval` (80): 81 tone, 82 commitments
#pragma once

#include <CLI/CLI.hpp>

namespace sw::cli {

/// The `eval` subcommand of `app`, created on first use.
CLI::App* EvalApp(CLI::App& app);

}  // namespace sw::cli
