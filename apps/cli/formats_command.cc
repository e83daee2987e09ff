// SPDX-License-Identifier: MIT
// summitwatch formats [--bodies]: the registry of formats (or bodies) and their activity.
#include "cli/query_command.h"

namespace sw::cli {
namespace {

struct FormatsArgs {
  bool bodies = false;
  std::string as_of;
};

const Query kFormats{
    42, "formats", "Registry of formats: members, initiator, secretariat, cadence, meetings, last sign of activity",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<FormatsArgs>();
      cmd->add_flag("--bodies", args->bodies, "List the bodies (secretariats, councils, working groups) instead");
      cmd->add_option("--as-of", args->as_of, "Count meetings held by this date, YYYY-MM-DD (default today)");
      return [args](const summitwatch::Store& s) {
        return args->bodies ? summitwatch::BodyRegistry(s) : summitwatch::FormatRegistry(s, args->as_of);
      };
    }};

}  // namespace
}  // namespace sw::cli
