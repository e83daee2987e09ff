// SPDX-License-Identifier: MIT
// summitwatch consensus [--members A,B,C] [--basis issuer|host]: how much common agenda a group
// shares; without --members, the region's states alone and with each outside partner.
#include <map>

#include "cli/query_command.h"
#include "cli/store_flags.h"
#include "summitwatch/consensus.h"

namespace sw::cli {
namespace {

struct ConsensusArgs {
  summitwatch::ConsensusOptions options;
  bool profiles = false;
  FilterFlags filters;
};

const Query kConsensus{
    47, "consensus",
    "Consensus space: the agenda a group's members share (common agenda, pairwise overlap, shared areas) with 95% "
    "bootstrap intervals; by default the region's states alone and with each outside partner",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<ConsensusArgs>();
      cmd->add_option("--members", args->options.members, "One group of these members (comma-separated ids)")
          ->allow_extra_args(false)
          ->delimiter(',');
      static const std::map<std::string, summitwatch::ProfileBasis> kBases = {
          {"issuer", summitwatch::ProfileBasis::kIssuer}, {"host", summitwatch::ProfileBasis::kHost}};
      cmd->add_option("--basis", args->options.basis,
                      "A member's profile: the documents it issued (issuer, default) or those of the meetings it "
                      "hosted and those it issued alone (host)")
          ->transform(CLI::CheckedTransformer(kBases));
      cmd->add_option("--threshold", args->options.threshold,
                      "Share from which a member prioritises an area (default 0.10)")
          ->check(CLI::Range(0.0, 1.0));
      cmd->add_flag("--profiles", args->profiles, "Show each member's profile instead of the groups");
      args->filters.Add(cmd);
      return [args](const summitwatch::Store& s) -> summitwatch::Result<summitwatch::Table> {
        summitwatch::ConsensusOptions o = args->options;
        o.filter = args->filters.filter;
        auto c = summitwatch::ComputeConsensus(s, o);
        if (!c) return c.error();
        return args->profiles ? summitwatch::MemberProfilesTable(*c) : summitwatch::ConsensusTable(*c);
      };
    }};

}  // namespace
}  // namespace sw::cli
