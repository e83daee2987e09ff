// SPDX-License-Identifier: MIT
// summitwatch kb check [DIR] | kb show ID: knowledge-base maintenance.
#include <fmt/format.h>

#include <filesystem>

#include "cli/command.h"
#include "summitwatch/kb.h"

namespace sw::cli {
namespace {

struct KbArgs {
  std::string dir;
  std::string id;
  bool json = false;
};

// The codebook beside a knowledge-base directory (DIR/../codebook/areas.yaml) when there is one,
// so a copy of the whole data directory is checked against its own areas.
std::string CodebookFor(const std::string& kb_dir, const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path beside = fs::path(kb_dir).parent_path() / "codebook" / "areas.yaml";
  if (fs::exists(beside, ec)) return beside.string();
  fs::path shipped = fs::path(data_dir) / "codebook" / "areas.yaml";
  return fs::exists(shipped, ec) ? shipped.string() : std::string();
}

Outcome RunCheck(const Options& opts, const KbArgs& args) {
  const std::string data = ResolveDataDir(opts);
  std::string dir = args.dir.empty() ? data + "/kb" : args.dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  if (!std::filesystem::is_directory(dir)) {
    return {summitwatch::MakeError(summitwatch::ErrorCode::kNotFound, fmt::format("{}: no such directory.", dir))};
  }
  summitwatch::KbReport report = summitwatch::CheckKnowledgeBase(dir, CodebookFor(dir, data));
  for (const auto& p : report.problems) std::fprintf(stderr, "%s\n", p.c_str());
  Output out;
  fmt::format_to(std::back_inserter(out.buffer()), "{}: {} entities, {} aliases, {} problem{}\n", dir, report.entities,
                 report.aliases, report.problems.size(), report.problems.size() == 1 ? "" : "s");
  return {{}, report.problems.size()};
}

Outcome RunShow(const Options& opts, const KbArgs& args) {
  auto text = summitwatch::DescribeEntity(ResolveDataDir(opts) + "/kb", args.id, args.json);
  if (!text) {
    if (text.error().code == summitwatch::ErrorCode::kNotFound) {
      PrintError(text.error().message);
      return {{}, 1};
    }
    return {text.error()};
  }
  Output out;
  out.buffer() = *text;
  return {};
}

void RegisterKb(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<KbArgs>();
  CLI::App* kb = app.add_subcommand("kb", "Knowledge-base maintenance");
  kb->require_subcommand(1);
  CLI::App* check = kb->add_subcommand("check", "Validate the knowledge base; each problem with file, line and what was expected");
  check->add_option("dir", args->dir, "Knowledge-base directory (default: the data directory's kb/)");
  check->callback([&opts, &run, args] { run = [&opts, args] { return RunCheck(opts, *args); }; });
  CLI::App* show = kb->add_subcommand("show", "Show one entity, with where it is defined and what refers to it");
  show->add_option("id", args->id, "Entity id, e.g. c5plus1 or KAZ")->required();
  show->add_flag("--json", args->json, "As JSON");
  show->callback([&opts, &run, args] { run = [&opts, args] { return RunShow(opts, *args); }; });
}

const Command kCommand{90, RegisterKb};

}  // namespace
}  // namespace sw::cli
