// SPDX-License-Identifier: MIT
// summitwatch mentions [--entity ID] [--by G]: who mentions whom, and with what stance.
// summitwatch mentions --network [--acknowledge IDS]: the acknowledgement network the report's
// question 3 draws (the same table, the same defaults).
#include "cli/query_command.h"
#include "cli/store_flags.h"
#include "summitwatch/mention_network.h"

namespace sw::cli {
namespace {

struct MentionsArgs {
  summitwatch::GroupBy by = summitwatch::GroupBy::kIssuer;
  std::string entity;
  bool network = false;
  std::vector<std::string> acknowledged;
  FilterFlags filters;
};

const Query kMentions{
    41, "mentions", "Who mentions whom: per issuer (or format, year, country) and entity, mentions by stance",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<MentionsArgs>();
      cmd->add_option("--entity", args->entity,
                      "Only this entity; every group with documents is listed, mentioning it or not");
      cmd->add_flag("--network", args->network,
                    "The acknowledgement network of the report: per source and institution, documents, mentions, "
                    "stances and the dominant one, then the acknowledged institutions' silences");
      cmd->add_option("--acknowledge", args->acknowledged,
                      "With --network: institutions whose silences to list (comma-separated ids; default: the "
                      "regionally initiated formats, their bodies and the agreements signed at their meetings)")
          ->allow_extra_args(false)
          ->delimiter(',');
      AddGroupByFlag(cmd, args->by, "Group the mentioning documents by issuer, format, year, country or document "
                                    "(default issuer)");
      args->filters.Add(cmd);
      return [args](const summitwatch::Store& s) -> summitwatch::Result<summitwatch::Table> {
        if (!args->network) {
          if (!args->acknowledged.empty()) {
            return summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput,
                                          "--acknowledge goes with --network.");
          }
          return summitwatch::MentionMatrix(s, args->by, args->entity, args->filters.filter);
        }
        if (!args->entity.empty()) {
          return summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput,
                                        "--entity and --network do not go together; use --acknowledge with --network.");
        }
        std::vector<std::string> acknowledged = args->acknowledged;
        if (acknowledged.empty()) {
          auto regional = summitwatch::RegionalInstitutions(s);
          if (!regional) return regional.error();
          acknowledged = std::move(*regional);
        }
        return summitwatch::MentionNetwork(s, args->filters.filter, acknowledged, args->by);
      };
    }};

}  // namespace
}  // namespace sw::cli
