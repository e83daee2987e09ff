// SPDX-License-Identifier: MIT
// summitwatch eval commitments FILE...: precision and recall of the commitment extractor on
// golden sentences (tests/golden/commitments/*.tsv; format in src/commit/golden_eval.h).
//
// A sentence is a true positive when it is labelled a commitment and at least one commitment
// is extracted from it. Modality and deadline accuracy are measured on the true positives.
// --min-precision / --min-recall turn the figures into a check (exit status 1 below a floor),
// which is how ctest pins them.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/eval_command.h"
#include "commit/golden_eval.h"
#include "summitwatch/output.h"

namespace sw::cli {
namespace {

struct EvalCommitmentsArgs {
  std::vector<std::string> files;
  bool json = false;
  bool errors = false;
  double min_precision = 0;
  double min_recall = 0;
};

std::string Name(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Dash(const std::string& s) { return s.empty() ? "-" : s; }

void AppendJsonScores(const std::string& name, const commit::Scores& s, std::string& out) {
  out += "{";
  if (!name.empty()) {
    out += "\"file\":";
    summitwatch::AppendJsonString(name, out);
    out += ",";
  }
  fmt::format_to(std::back_inserter(out),
                 "\"n\":{},\"positives\":{},\"tp\":{},\"fp\":{},\"fn\":{},\"tn\":{},\"precision\":{:.4f},"
                 "\"recall\":{:.4f},\"f1\":{:.4f},\"modality_accuracy\":{:.4f},\"deadline_accuracy\":{:.4f}}}",
                 s.n, s.tp + s.fn, s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall(), s.f1(), s.modality_accuracy(),
                 s.deadline_accuracy());
}

void AppendRow(const std::string& name, const commit::Scores& s, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{:<24} {:>5} {:>5} {:>9.3f} {:>7.3f} {:>6.3f} {:>9.3f} {:>9.3f}\n", name,
                 s.n, s.tp + s.fn, s.precision(), s.recall(), s.f1(), s.modality_accuracy(), s.deadline_accuracy());
}

Outcome RunEvalCommitments(const Options& opts, const EvalCommitmentsArgs& args) {
  auto engine = summitwatch::Engine::Load(ResolveDataDir(opts));
  if (!engine) return {engine.error()};
  Output out;
  Outcome outcome;
  commit::Scores total;
  std::string json_files;
  if (!args.json) {
    fmt::format_to(std::back_inserter(out.buffer()), "{:<24} {:>5} {:>5} {:>9} {:>7} {:>6} {:>9} {:>9}\n", "file", "n",
                   "pos", "precision", "recall", "F1", "modality", "deadline");
  }
  for (const std::string& file : args.files) {
    std::vector<commit::GoldenCase> cases;
    if (auto st = commit::ReadGoldenFile(file, cases); !st) {
      ++outcome.skipped;
      out.Flush();
      PrintError(st.error().message);
      continue;
    }
    std::vector<commit::CaseOutcome> got;
    const commit::Scores s = commit::Evaluate(*engine, cases, &got);
    for (size_t i = 0; i < cases.size(); ++i) {
      total.Add(cases[i], got[i]);
      const auto& g = cases[i];
      const bool wrong = g.commitment != got[i].commitment ||
                         (g.commitment && (g.modality != got[i].modality || g.deadline != got[i].deadline));
      if (args.errors && wrong) {
        // Disagreements go to stderr so that stdout stays the figures (and valid JSON).
        out.Flush();
        std::fprintf(stderr, "%s:%d: expected %s %s %s, got %s %s %s: %s\n", Name(file).c_str(), g.line,
                     g.commitment ? "yes" : "no", Dash(g.modality).c_str(), Dash(g.deadline).c_str(),
                     got[i].commitment ? "yes" : "no", Dash(got[i].modality).c_str(), Dash(got[i].deadline).c_str(),
                     g.sentence.c_str());
      }
    }
    if (args.json) {
      if (!json_files.empty()) json_files += ",";
      AppendJsonScores(Name(file), s, json_files);
    } else {
      AppendRow(Name(file), s, out.buffer());
    }
  }
  if (args.json) {
    out.buffer() += "{\"total\":";
    AppendJsonScores("", total, out.buffer());
    out.buffer() += ",\"files\":[" + json_files + "]}\n";
  } else if (args.files.size() > 1) {
    AppendRow("total", total, out.buffer());
  }
  out.Flush();
  if (total.precision() < args.min_precision) {
    ++outcome.skipped;
    PrintError(fmt::format("precision {:.3f} is below the floor {:.3f}.", total.precision(), args.min_precision));
  }
  if (total.recall() < args.min_recall) {
    ++outcome.skipped;
    PrintError(fmt::format("recall {:.3f} is below the floor {:.3f}.", total.recall(), args.min_recall));
  }
  return outcome;
}

void RegisterEvalCommitments(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<EvalCommitmentsArgs>();
  CLI::App* cmd = EvalApp(app)->add_subcommand(
      "commitments", "Precision and recall of commitment extraction on golden sentences (tests/golden/commitments)");
  cmd->add_option("files", args->files, "Golden TSV files, e.g. tests/golden/commitments/*.tsv")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--json", args->json, "One JSON object: the total and a record per file");
  cmd->add_flag("--errors", args->errors, "List each disagreement (file:line, expected, got) on stderr");
  cmd->add_option("--min-precision", args->min_precision, "Exit with status 1 if the total precision is below this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-recall", args->min_recall, "Exit with status 1 if the total recall is below this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunEvalCommitments(opts, *args); }; });
}

const Command kEvalCommitments{82, RegisterEvalCommitments};

}  // namespace
}  // namespace sw::cli
