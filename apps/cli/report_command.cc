// SPDX-License-Identifier: MIT
// summitwatch report [--out FILE]: the self-contained HTML overview of a store.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "cli/command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

struct ReportArgs {
  DbFlag db;
  std::string out = "report.html";
  summitwatch::ReportOptions options;
};

Outcome RunReport(const Options& opts, ReportArgs& args) {
  args.options.followup_cues = ResolveDataDir(opts) + "/cues/followup.yaml";
  auto store = args.db.Open();
  if (!store) return {store.error()};
  auto html = summitwatch::OverviewReport(*store, args.options);
  if (!html) return {html.error()};
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::path parent = fs::path(args.out).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  std::ofstream file(args.out, std::ios::binary);
  file << *html;
  file.close();
  if (!file) {
    return {summitwatch::MakeError(summitwatch::ErrorCode::kIo, fmt::format("cannot write '{}'.", args.out), args.out)};
  }
  Output out;
  fmt::format_to(std::back_inserter(out.buffer()), "wrote {} ({} KB)\n", args.out, (html->size() + 1023) / 1024);
  return {};
}

void RegisterReport(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand("report", "Write a self-contained HTML overview of the store (tables and charts)");
  args->db.Add(cmd);
  cmd->add_option("--out", args->out, "HTML file to write")->capture_default_str();
  cmd->add_option("--acknowledge", args->options.acknowledged,
                  "Entities whose acknowledgement to tabulate (comma-separated ids)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--tone", args->options.tone_targets,
                  "Entities whose press tone by country and year to chart (comma-separated ids)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--title", args->options.title, "Page title")->capture_default_str();
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunReport(opts, *args); }; });
}

const Command kReport{61, RegisterReport};

}  // namespace
}  // namespace sw::cli
