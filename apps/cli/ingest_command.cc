// SPDX-License-Identifier: MIT
// summitwatch ingest PATH...: read, code and store documents; a summary line at the end.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/read_flags.h"
#include "cli/store_flags.h"
#include "summitwatch/engine.h"
#include "summitwatch/store.h"

namespace sw::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct IngestArgs {
  std::vector<std::string> paths;
  DbFlag db;
  ReadFlags read;
  bool json = false;
  summitwatch::IngestOptions batch;
  ThreadsFlag threads;
};

// A one-line progress report on stderr, redrawn at most five times a second; only on a terminal.
class Progress {
 public:
  Progress() : enabled_(::isatty(STDERR_FILENO) == 1), start_(Clock::now()), last_(start_) {}
  void Update(const summitwatch::IngestStats& s, size_t skipped, bool force = false) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r\033[Kread %zu  new %zu  duplicate %zu  skipped %zu  %.1f MB  %.1f MB/s", s.read, s.added,
                 s.duplicate, skipped, s.bytes / 1e6, secs > 0 ? s.bytes / 1e6 / secs : 0.0);
    shown_ = true;
  }
  // Clears the line before anything else is written to stderr.
  void Clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_, last_;
};

Outcome RunIngest(const Options& opts, IngestArgs& args) {
  auto threads = args.threads.Parse();
  if (!threads) return {threads.error()};
  args.batch.coding_threads = *threads;
  auto store = args.db.Open();
  if (!store) return {store.error()};
  const std::string data = ResolveDataDir(opts);
  auto engine = summitwatch::Engine::Load(data);
  if (!engine) return {engine.error()};
  // The registry answers from the same knowledge base the documents were coded with.
  if (auto s = store->LoadKnowledgeBase(data + "/kb"); !s) return {s};

  summitwatch::Ingester ingester(*store, *engine, args.batch);
  Progress progress;
  Outcome outcome;
  summitwatch::Status failed;
  auto status = summitwatch::ReadDocuments(
      args.paths, args.read.Options(),
      [&](summitwatch::Document&& doc) {
        if (!failed) return;
        std::string id = doc.id;
        auto repaired = ingester.Add(std::move(doc));
        if (!repaired) {
          failed = repaired.error();
          return;
        }
        if (*repaired) {
          progress.Clear();
          PrintWarning(fmt::format("{}: repaired {} invalid UTF-8 sequence{}.", id, *repaired, *repaired > 1 ? "s" : ""));
        }
        progress.Update(ingester.stats(), outcome.skipped);
      },
      [&](const summitwatch::Error& e) {
        ++outcome.skipped;
        progress.Clear();
        PrintError(e.message);
      });
  if (summitwatch::Status s = ingester.Finish(); failed && !s) failed = s;
  progress.Clear();
  if (!failed) return {failed};
  if (!status) return {status};

  const summitwatch::IngestStats s = ingester.stats();
  const double secs = progress.Seconds();
  Output out;
  if (args.json) {
    nlohmann::ordered_json j = {{"read", s.read},       {"new", s.added},  {"duplicate", s.duplicate},
                                {"skipped", outcome.skipped}, {"bytes", s.bytes}, {"seconds", secs}};
    out.buffer() = j.dump() + "\n";
  } else {
    fmt::format_to(std::back_inserter(out.buffer()),
                   "ingest: read {}, new {}, duplicate {}, skipped {} ({:.1f} MB in {:.1f} s, {:.0f} documents/s)\n",
                   s.read, s.added, s.duplicate, outcome.skipped, s.bytes / 1e6, secs, secs > 0 ? s.read / secs : 0.0);
  }
  return outcome;
}

void RegisterIngest(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Read, code and store documents (re-ingesting stored ones is a no-op)");
  cmd->add_option("paths", args->paths,
                  "Text/Markdown files with front matter, .jsonl[.zst] files, directories, or - for stdin")
      ->required();
  args->db.Add(cmd);
  args->read.Add(cmd);
  cmd->add_flag("--json", args->json, "The summary as JSON");
  cmd->add_option("--batch", args->batch.batch_documents, "Commit after this many documents")->capture_default_str();
  args->threads.Add(cmd, "Coding threads: 0 for one per processor (the default); writing has a thread of its own");
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunIngest(opts, *args); }; });
}

const Command kIngest{21, RegisterIngest};

}  // namespace
}  // namespace sw::cli
