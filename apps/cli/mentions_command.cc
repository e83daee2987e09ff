// SPDX-License-Identifier: MIT
// summitwatch mentions [--entity ID] [--by G]: who mentions whom, and with what stance.
#include "cli/query_command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

struct MentionsArgs {
  summitwatch::GroupBy by = summitwatch::GroupBy::kIssuer;
  std::string entity;
  FilterFlags filters;
};

const Query kMentions{
    41, "mentions", "Who mentions whom: per issuer (or format, year, country) and entity, mentions by stance",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<MentionsArgs>();
      cmd->add_option("--entity", args->entity,
                      "Only this entity; every group with documents is listed, mentioning it or not");
      AddGroupByFlag(cmd, args->by, "Group the mentioning documents by issuer, format, year, country or document "
                                    "(default issuer)");
      args->filters.Add(cmd);
      return [args](const summitwatch::Store& s) {
        return summitwatch::MentionMatrix(s, args->by, args->entity, args->filters.filter);
      };
    }};

}  // namespace
}  // namespace sw::cli
