// SPDX-License-Identifier: MIT
// summitwatch code FILE...: code documents and print the results; stores nothing.
#include <fmt/format.h>

#include <map>
#include <optional>

#include "cli/command.h"
#include "cli/read_flags.h"
#include "summitwatch/engine.h"
#include "summitwatch/output.h"
#include "summitwatch/reader.h"

namespace sw::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  bool json = false;
  ReadFlags read;
  std::string coders = "all";
};

void AppendSummary(const summitwatch::Document& doc, const summitwatch::Coding& c, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}  {}  {}  {} words  {} sentences\n", doc.id,
                 doc.date.empty() ? "(no date)" : doc.date, c.lang, c.words, c.sentences.size());
  if (!doc.title.empty()) fmt::format_to(std::back_inserter(out), "  title     {}\n", doc.title);
  out += "  areas    ";
  if (c.areas.empty()) out += " (none)";
  for (const auto& a : c.areas) fmt::format_to(std::back_inserter(out), " {} {:.0f}%", a.area, a.share * 100);
  out += "\n  mentions ";
  if (c.mentions.empty()) out += " (none)";
  // Entities in order of first mention, with counts and the stances taken toward them.
  std::vector<std::string_view> order;
  std::map<std::string_view, std::pair<int, std::map<std::string_view, int>>> seen;
  for (const auto& m : c.mentions) {
    auto& [count, stances] = seen[m.entity];
    if (count++ == 0) order.push_back(m.entity);
    if (!m.stance.empty()) ++stances[m.stance];
  }
  for (auto id : order) {
    const auto& [count, stances] = seen[id];
    fmt::format_to(std::back_inserter(out), " {}", id);
    if (count > 1) fmt::format_to(std::back_inserter(out), "×{}", count);
    if (!stances.empty()) {
      out += " (";
      bool first = true;
      for (const auto& [s, n] : stances) {
        fmt::format_to(std::back_inserter(out), "{}{}{}", first ? "" : ", ", s, n > 1 ? fmt::format(" ×{}", n) : "");
        first = false;
      }
      out += ")";
    }
  }
  out += "\n\n";
}

Outcome RunCode(const Options& opts, CodeArgs& args) {
  auto coders = summitwatch::EngineOptions::Parse(args.coders);
  if (!coders) return {coders.error()};
  auto engine = summitwatch::Engine::Load(ResolveDataDir(opts), *coders);
  if (!engine) return {engine.error()};
  summitwatch::Coder coder(*engine);
  const summitwatch::ReadOptions ropts = args.read.Options();
  Output out;
  Outcome outcome;
  auto status = summitwatch::ReadDocuments(
      args.files, ropts,
      [&](summitwatch::Document&& doc) {
        const summitwatch::Coding& c = coder.Code(doc);
        if (c.repaired) {
          PrintWarning(fmt::format("{}: repaired {} invalid UTF-8 sequence{}.", doc.id, c.repaired, c.repaired > 1 ? "s" : ""));
        }
        if (args.json) {
          summitwatch::AppendCodingJson(doc, c, out.buffer());
        } else {
          AppendSummary(doc, c, out.buffer());
        }
        out.MaybeFlush();
      },
      [&](const summitwatch::Error& e) {
        ++outcome.skipped;
        out.Flush();  // keep stdout and stderr in document order on a terminal
        PrintError(e.message);
      });
  if (!status) outcome.fatal = status;
  return outcome;
}

void RegisterCode(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code documents: areas, mentions with stance, tone, commitments (stores nothing)");
  cmd->add_option("files", args->files, "Text/Markdown with front matter, HTML, PDF, .jsonl[.zst], directories, or - for stdin")
      ->required();
  cmd->add_flag("--json", args->json, "One JSON object per document (DESIGN.md), JSON Lines");
  args->read.Add(cmd);
  cmd->add_option("--coders", args->coders,
                  "Coders to run, comma-separated: areas, mentions (with stance), tone, commitments, or all")
      ->capture_default_str();
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunCode(opts, *args); }; });
}

const Command kCommand{10, RegisterCode};

}  // namespace
}  // namespace sw::cli
