// SPDX-License-Identifier: MIT
// summitwatch docs [filters]: the stored documents, newest first.
#include "cli/query_command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

struct DocsArgs {
  FilterFlags filters;
  size_t limit = 0;
};

const Query kDocs{30, "docs", "List the stored documents, newest first", [](CLI::App* cmd) -> Answer {
                    auto args = std::make_shared<DocsArgs>();
                    args->filters.Add(cmd);
                    cmd->add_option("--limit", args->limit, "At most this many (0: all)");
                    return [args](const summitwatch::Store& s) {
                      return summitwatch::ListDocuments(s, args->filters.filter, args->limit);
                    };
                  }};

}  // namespace
}  // namespace sw::cli
