// SPDX-License-Identifier: MIT
// summitwatch code FILE...: code documents and print the results; stores nothing.
#include <fmt/format.h>

#include <map>
#include <memory>
#include <optional>

#include "cli/command.h"
#include "cli/read_flags.h"
#include "summitwatch/engine.h"
#include "summitwatch/output.h"
#include "summitwatch/reader.h"
#include "util/ordered_parallel.h"

namespace sw::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  bool json = false;
  ReadFlags read;
  std::string coders = "all";
  ThreadsFlag threads;
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

// One document on its way through the workers, or a skipped input that keeps its place in line.
struct CodeJob {
  summitwatch::Document doc;
  bool skipped = false;  // a reader's error, in `message`; nothing to code
  std::string message;
  size_t repaired = 0;
  std::string out;  // the document's JSON or summary, formatted by the worker
};

Outcome RunCode(const Options& opts, CodeArgs& args) {
  auto threads = args.threads.Parse();
  if (!threads) return {threads.error()};
  auto coders = summitwatch::EngineOptions::Parse(args.coders);
  if (!coders) return {coders.error()};
  coders->load_threads = static_cast<unsigned>(sw::util::ResolveThreads(*threads));
  auto engine = summitwatch::Engine::Load(ResolveDataDir(opts), *coders);
  if (!engine) return {engine.error()};
  const summitwatch::ReadOptions ropts = args.read.Options();
  const bool json = args.json;
  Output out;
  Outcome outcome;
  // Workers code and format; the caller's thread reads, and prints in input order, so stdout and
  // stderr come out exactly as with one thread.
  sw::util::OrderedParallel<CodeJob> pool(
      *threads,
      [&]() -> sw::util::OrderedParallel<CodeJob>::Work {
        struct State {
          explicit State(const summitwatch::Engine& e) : coder(e) {}
          summitwatch::Coder coder;
          std::string scratch;  // keeps its capacity: one allocation per document, not one per doubling
        };
        return [state = std::make_shared<State>(*engine), json](CodeJob& job) {
          if (job.skipped) return;
          const summitwatch::Coding& c = state->coder.Code(job.doc);
          job.repaired = c.repaired;
          state->scratch.clear();
          if (json) {
            summitwatch::AppendCodingJson(job.doc, c, state->scratch);
          } else {
            AppendSummary(job.doc, c, state->scratch);
          }
          job.out = state->scratch;
          job.doc.text = {};  // only the id is still needed; free the text before the wait in line
        };
      },
      [&](CodeJob& job) {
        if (job.skipped) {
          ++outcome.skipped;
          out.Flush();  // keep stdout and stderr in document order on a terminal
          PrintError(job.message);
          return;
        }
        if (job.repaired) {
          PrintWarning(fmt::format("{}: repaired {} invalid UTF-8 sequence{}.", job.doc.id, job.repaired,
                                   job.repaired > 1 ? "s" : ""));
        }
        out.buffer() += job.out;
        out.MaybeFlush();
      });
  auto status = summitwatch::ReadDocuments(
      args.files, ropts,
      [&](summitwatch::Document&& doc) {
        const size_t bytes = doc.text.size();
        pool.Add(CodeJob{std::move(doc), false, {}, 0, {}}, bytes);
      },
      [&](const summitwatch::Error& e) { pool.Add(CodeJob{{}, true, e.message, 0, {}}, 0); });
  pool.Finish();
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
  args->threads.Add(cmd,
                     "Coding threads: 0 for one per processor (the default), 1 for none beside the reader; "
                     "output is in input order whatever the number");
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunCode(opts, *args); }; });
}

const Command kCommand{10, RegisterCode};

}  // namespace
}  // namespace sw::cli
