// SPDX-License-Identifier: MIT
// summitwatch code FILE...: code documents and print the results; stores nothing.
#include <fmt/format.h>

#include <map>

#include "cli/command.h"
#include "summitwatch/engine.h"
#include "summitwatch/output.h"
#include "summitwatch/reader.h"

namespace sw::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  bool json = false;
  std::string issuer;
  size_t max_doc_mb = 64;
  summitwatch::Document overrides;
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
  auto engine = summitwatch::Engine::Load(ResolveDataDir(opts));
  if (!engine) return {engine.error()};
  summitwatch::Coder coder(*engine);
  summitwatch::ReadOptions ropts;
  ropts.max_document_bytes = args.max_doc_mb << 20;
  ropts.overrides = args.overrides;
  if (!args.issuer.empty()) {
    for (size_t b = 0, e; b <= args.issuer.size(); b = e + 1) {
      e = args.issuer.find(',', b);
      if (e == std::string::npos) e = args.issuer.size();
      if (e > b) ropts.overrides.issuer.push_back(args.issuer.substr(b, e - b));
    }
  }
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
  CLI::App* cmd = app.add_subcommand("code", "Code documents: areas, mentions and stances (stores nothing)");
  cmd->add_option("files", args->files, "Text/Markdown files with front matter, .jsonl[.zst] files, directories, or - for stdin")
      ->required();
  cmd->add_flag("--json", args->json, "One JSON object per document (DESIGN.md), JSON Lines");
  cmd->add_option("--kind", args->overrides.kind, "Override the documents' kind");
  cmd->add_option("--issuer", args->issuer, "Override the issuer (comma-separated actor ids)");
  cmd->add_option("--format", args->overrides.format, "Override the format id");
  cmd->add_option("--meeting", args->overrides.meeting, "Override the meeting id");
  cmd->add_option("--date", args->overrides.date, "Override the date (YYYY-MM-DD)");
  cmd->add_option("--lang", args->overrides.lang, "Override the language (ISO 639-1)");
  cmd->add_option("--country", args->overrides.country, "Override the publishing country (ISO alpha-3)");
  cmd->add_option("--max-doc-mb", args->max_doc_mb, "Skip documents larger than this many MB")->capture_default_str();
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunCode(opts, *args); }; });
}

const Command kCommand{10, RegisterCode};

}  // namespace
}  // namespace sw::cli
