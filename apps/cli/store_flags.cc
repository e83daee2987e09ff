// SPDX-License-Identifier: MIT
#include "cli/store_flags.h"

#include <map>

namespace sw::cli {

void DbFlag::Add(CLI::App* cmd) {
  cmd->add_option("--db", path, "Store file")->capture_default_str();
}

void FilterFlags::Add(CLI::App* cmd) {
  auto list = [&](const char* name, std::vector<std::string>& to, const char* help) {
    cmd->add_option(name, to, help)->allow_extra_args(false)->delimiter(',')->group("Filters");
  };
  list("--format", filter.format, "Only documents of these formats (comma-separated ids)");
  list("--issuer", filter.issuer, "Only documents issued by one of these actors");
  list("--kind", filter.kind, "Only these kinds (declaration, communique, statement, speech, readout, news, other)");
  list("--lang", filter.lang, "Only these languages (ISO 639-1)");
  list("--country", filter.country, "Only news published in these countries (ISO alpha-3)");
  cmd->add_option("--from", filter.from, "Only documents dated on or after YYYY[-MM[-DD]]")->group("Filters");
  cmd->add_option("--to", filter.to, "Only documents dated on or before YYYY[-MM[-DD]]")->group("Filters");
}

void AddGroupByFlag(CLI::App* cmd, summitwatch::GroupBy& by, const std::string& help) {
  static const std::map<std::string, summitwatch::GroupBy> kNames = {
      {"document", summitwatch::GroupBy::kDocument}, {"issuer", summitwatch::GroupBy::kIssuer},
      {"format", summitwatch::GroupBy::kFormat},     {"year", summitwatch::GroupBy::kYear},
      {"country", summitwatch::GroupBy::kCountry}};
  cmd->add_option("--by", by, help)->transform(CLI::CheckedTransformer(kNames));
}

}  // namespace sw::cli
