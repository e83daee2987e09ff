// SPDX-License-Identifier: MIT
// summitwatch report --out DIR: the self-contained HTML report answering the seven questions,
// written to DIR/report.html.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "cli/command.h"
#include "cli/store_flags.h"

namespace sw::cli {
namespace {

struct ReportArgs {
  DbFlag db;
  std::string out = "out";
  std::vector<std::string> compare;  // "A:B"
  summitwatch::ReportOptions options;
};

Outcome RunReport(const Options& opts, ReportArgs& args) {
  namespace fs = std::filesystem;
  const std::string data = ResolveDataDir(opts);
  args.options.followup_cues = data + "/cues/followup.yaml";
  std::error_code ec;
  if (args.options.stopwords.empty() && fs::exists(data + "/text/stopwords.yaml", ec)) {
    args.options.stopwords = data + "/text/stopwords.yaml";
  }
  for (const auto& pair : args.compare) {
    const size_t colon = pair.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == pair.size() ||
        pair.find(':', colon + 1) != std::string::npos) {
      return {summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput,
                                     fmt::format("expected --compare as A:B (two formats or issuers), found '{}'.", pair))};
    }
    args.options.compare.emplace_back(pair.substr(0, colon), pair.substr(colon + 1));
  }
  auto store = args.db.Open();
  if (!store) return {store.error()};
  // The directory first: a report of a large store takes a while, and should not be lost to a typo.
  const fs::path file = fs::path(args.out) / "report.html";
  fs::create_directories(args.out, ec);
  if (ec || !fs::is_directory(args.out, ec)) {
    return {summitwatch::MakeError(summitwatch::ErrorCode::kIo,
                                   fmt::format("cannot create the directory '{}'{}.", args.out,
                                               ec ? ": " + ec.message() : std::string()),
                                   args.out)};
  }
  auto html = summitwatch::Report(*store, args.options);
  if (!html) return {html.error()};
  std::ofstream stream(file, std::ios::binary);
  stream << *html;
  stream.close();
  if (!stream) {
    return {summitwatch::MakeError(summitwatch::ErrorCode::kIo, fmt::format("cannot write '{}'.", file.string()),
                                   file.string())};
  }
  Output out;
  fmt::format_to(std::back_inserter(out.buffer()), "wrote {} ({} KB)\n", file.string(), (html->size() + 1023) / 1024);
  return {};
}

void RegisterReport(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write DIR/report.html: the seven questions answered with charts, tables and their evidence");
  args->db.Add(cmd);
  cmd->add_option("--out", args->out, "Directory to write report.html into (created when missing)")
      ->capture_default_str();
  auto& f = args->options.filter;
  cmd->add_option("--from", f.from, "Only documents dated from (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", f.to, "Only documents dated up to (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--format", f.format, "Only documents of these formats (comma-separated ids)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--as-of", args->options.as_of,
                  "Date deciding meetings held and deadlines passed (YYYY-MM-DD; default: the end of --to, else today)");
  cmd->add_option("--acknowledge", args->options.acknowledged,
                  "Institutions whose silences to list (comma-separated ids; default: the regionally initiated "
                  "formats, their bodies and the agreements signed at their meetings)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--tone", args->options.tone_targets,
                  "Entities whose press tone by country and year to chart (comma-separated ids; default: the "
                  "initiatives news items mention most)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--compare", args->compare,
                  "Two formats or issuers to compare, A:B (repeatable; default: each external format against the "
                  "regional ones)")
      ->allow_extra_args(false);
  cmd->add_option("--sections", args->options.sections,
                  "Only these questions' sections (comma-separated: q1 ... q7; default: all seven)")
      ->allow_extra_args(false)
      ->delimiter(',');
  cmd->add_option("--title", args->options.title, "Page title")->capture_default_str();
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunReport(opts, *args); }; });
}

const Command kReport{61, RegisterReport};

}  // namespace
}  // namespace sw::cli
