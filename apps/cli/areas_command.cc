// SPDX-License-Identifier: MIT
// summitwatch areas [--by G | --compare A B [--keyness]]: what groups of documents prioritise, and
// how two of them differ.
#include <fmt/format.h>

#include <algorithm>

#include "cli/query_command.h"
#include "cli/store_flags.h"
#include "summitwatch/compare.h"

namespace sw::cli {
namespace {

struct AreasArgs {
  summitwatch::GroupBy by = summitwatch::GroupBy::kIssuer;
  CLI::Option* by_flag = nullptr;
  std::vector<std::string> compare;
  bool keyness = false;
  size_t top = 0;
  FilterFlags filters;
};

// Each group's N largest areas as "area share%" cells, for a table that fits a terminal.
summitwatch::Table TopAreas(const summitwatch::Table& profiles, size_t n) {
  using summitwatch::Column;
  summitwatch::Table t;
  t.title = profiles.title + fmt::format(" (the {} largest)", n);
  std::vector<size_t> shares;
  for (size_t c = 0; c < profiles.columns.size(); ++c) {
    if (profiles.columns[c].kind == Column::Kind::kShare) shares.push_back(c); else t.columns.push_back(profiles.columns[c]);
  }
  for (size_t i = 1; i <= n; ++i) t.columns.push_back({fmt::format("area {}", i), Column::Kind::kText});
  for (const auto& row : profiles.rows) {
    std::vector<summitwatch::Value> out;
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t c = 0; c < row.size(); ++c) {
      if (profiles.columns[c].kind != Column::Kind::kShare) out.push_back(row[c]);
      else if (double v = std::get<double>(row[c]); v > 0) ranked.emplace_back(v, c);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < n; ++i) {
      if (i < ranked.size()) {
        out.emplace_back(fmt::format("{} {:.0f}%", profiles.columns[ranked[i].second].name, ranked[i].first * 100));
      } else {
        out.emplace_back();
      }
    }
    t.rows.push_back(std::move(out));
  }
  return t;
}

const Query kAreas{
    40, "areas", "Priority-area profiles by document, issuer, format, year or country; or two compared",
    [](CLI::App* cmd) -> Answer {
      auto args = std::make_shared<AreasArgs>();
      AddGroupByFlag(cmd, args->by, "Group documents by document, issuer, format, year or country (default issuer)");
      args->by_flag = cmd->get_option("--by");
      cmd->add_option("--compare", args->compare,
                      "Two issuers or formats (or, with --by, two groups) side by side, the areas that differ most "
                      "first, with the difference's 95% bootstrap interval")
          ->expected(2);
      cmd->add_flag("--keyness", args->keyness,
                    "With --compare: the words and phrases each side uses significantly more (log-likelihood)");
      cmd->add_option("--top", args->top,
                      "Show each group's N largest areas instead of every area's share; with --keyness, N terms per "
                      "side (default 20)");
      args->filters.Add(cmd);
      return [args](const summitwatch::Store& s) -> summitwatch::Result<summitwatch::Table> {
        if (args->keyness && args->compare.size() != 2) {
          return summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput, "--keyness needs --compare A B.");
        }
        if (args->compare.size() == 2) {
          std::optional<summitwatch::GroupBy> by;
          if (args->by_flag->count()) by = args->by;
          if (args->keyness) {
            summitwatch::KeynessOptions options;
            if (args->top > 0) options.top = args->top;
            options.stopwords = ResolveDataDir(QueryOptions()) + "/text/stopwords.yaml";
            auto k = summitwatch::ComputeKeyness(s, by, args->compare[0], args->compare[1], args->filters.filter,
                                                 options);
            if (!k) return k.error();
            return summitwatch::KeynessTable(*k);
          }
          return summitwatch::CompareAreas(s, by, args->compare[0], args->compare[1], args->filters.filter,
                                           summitwatch::CompareOptions{});
        }
        auto profiles = summitwatch::AreaProfiles(s, args->by, args->filters.filter);
        if (!profiles || args->top == 0) return profiles;
        return TopAreas(*profiles, args->top);
      };
    }};

}  // namespace
}  // namespace sw::cli
