// SPDX-License-Identifier: MIT
// summitwatch delegation [--year YEAR]: how much of the region's institution-building outside
// powers initiate, host or run, year by year (docs/METHODS.md, "Delegation index"); with --year,
// the formats, meetings and bodies behind that year's figures.
#include "cli/query_command.h"
#include "summitwatch/delegation.h"

namespace sw::cli {
namespace {

struct DelegationArgs {
  summitwatch::DelegationOptions options;
  int year = 0;
};

const Query kDelegation{
    46, "delegation",
    "Delegation index by year: the share of the region's formats, meetings and bodies that outside powers "
    "initiate, host or run",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<DelegationArgs>();
      cmd->add_option("--as-of", args->options.as_of,
                      "Count what happened by this date, YYYY-MM-DD (default today); later meetings are planned");
      cmd->add_option("--from", args->options.from_year, "First year (default: the first year a format exists)")
          ->check(CLI::Range(1900, 2999));
      cmd->add_option("--to", args->options.to_year, "Last year (default and at most: the as-of year)")
          ->check(CLI::Range(1900, 2999));
      cmd->add_option("--region", args->options.region,
                      "A region id of the knowledge base (default: the region marked 'focus: true')");
      cmd->add_option("--year", args->year, "List the formats, meetings and bodies counted in this year instead")
          ->check(CLI::Range(1900, 2999));
      return [args](const summitwatch::Store& s) {
        return args->year ? summitwatch::DelegationItems(s, args->options, args->year)
                          : summitwatch::DelegationIndex(s, args->options);
      };
    }};

}  // namespace
}  // namespace sw::cli
