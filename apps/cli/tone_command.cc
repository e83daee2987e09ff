// SPDX-License-Identifier: MIT
// summitwatch tone --target ID [--by country,year|year|source|country]: the press-tone monitor.
#include <map>

#include "cli/query_command.h"
#include "cli/store_flags.h"
#include "summitwatch/tone_series.h"

namespace sw::cli {
namespace {

struct ToneArgs {
  summitwatch::ToneSeriesOptions options;
  FilterFlags filters;
};

const Query kTone{
    45, "tone",
    "Press tone toward an entity per country and year (or year, source, country): GDELT article mean and "
    "target-directed mean with 95% bootstrap intervals",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<ToneArgs>();
      cmd->add_option("--target", args->options.target, "Entity id whose coverage to measure (e.g. bri)")->required();
      static const std::map<std::string, summitwatch::ToneGroupBy> kNames = {
          {"country,year", summitwatch::ToneGroupBy::kCountryYear},
          {"year", summitwatch::ToneGroupBy::kYear},
          {"source", summitwatch::ToneGroupBy::kSource},
          {"country", summitwatch::ToneGroupBy::kCountry}};
      cmd->add_option("--by", args->options.by,
                      "Cells: country,year (default), year, source or country")
          ->transform(CLI::CheckedTransformer(kNames));
      args->filters.Add(cmd);
      return [args](const summitwatch::Store& s) {
        summitwatch::ToneSeriesOptions o = args->options;
        o.filter = args->filters.filter;
        return summitwatch::ToneSeries(s, o);
      };
    }};

}  // namespace
}  // namespace sw::cli
