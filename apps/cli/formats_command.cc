// SPDX-License-Identifier: MIT
// summitwatch formats [--bodies] [--by-year | --meetings]: the registry of formats (or bodies),
// their activity and whether they are dormant (docs/METHODS.md, "Liveness and dormancy").
#include "cli/query_command.h"
#include "summitwatch/liveness.h"

namespace sw::cli {
namespace {

struct FormatsArgs {
  bool bodies = false;
  bool by_year = false;
  bool meetings = false;
  std::string as_of;
};

const Query kFormats{
    42, "formats",
    "Registry of formats: members, initiator, secretariat, cadence, meetings, last sign of activity, dormant",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<FormatsArgs>();
      cmd->add_flag("--bodies", args->bodies, "List the bodies (secretariats, councils, working groups) instead");
      auto* by_year = cmd->add_flag("--by-year", args->by_year,
                                    "One row per format (or body) and year: meetings, documents, news reporting work");
      cmd->add_flag("--meetings", args->meetings, "List the meetings held, by date")->excludes(by_year);
      cmd->add_option("--as-of", args->as_of,
                      "Count what happened by this date, YYYY-MM-DD (default today); later meetings are planned");
      return [args](const summitwatch::Store& s) -> summitwatch::Result<summitwatch::Table> {
        if (args->meetings) return summitwatch::MeetingsHeld(s, args->as_of);
        auto rules = summitwatch::LoadLivenessRules(ResolveDataDir(QueryOptions()) + "/cues/liveness.yaml");
        if (!rules) return rules.error();
        const summitwatch::LivenessOptions options{args->as_of};
        if (args->by_year) return summitwatch::LivenessByYear(s, *rules, options, args->bodies);
        return args->bodies ? summitwatch::BodyLiveness(s, *rules, options)
                            : summitwatch::FormatLiveness(s, *rules, options);
      };
    }};

}  // namespace
}  // namespace sw::cli
