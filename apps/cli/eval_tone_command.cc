// SPDX-License-Identifier: MIT
// summitwatch eval tone FILE...: agreement of the compound score with human tone ratings.
//
// Each FILE is ID<TAB>mean rating<TAB>text (the *_GroundTruth.txt files of ../shared/eval). Each
// text is coded as one document, in English unless --lang says otherwise, and its compound (the
// mean over its scored sentences) is compared with the mean human rating divided by --scale:
// Pearson r, and macro-F1 over negative / neutral / positive with a neutral band of ±--band on
// both sides. docs/METHODS.md ("Tone") has the definitions.
#include <fmt/format.h>

#include <cmath>

#include "cli/command.h"
#include "cli/eval_command.h"
#include "tone/tone_coder.h"
#include "tone/tone_eval.h"

namespace sw::cli {
namespace {

struct EvalToneArgs {
  std::vector<std::string> files;
  bool json = false;
  std::string lang = "en";
  double scale = 4;
  double band = 0.05;
};

std::string Name(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<int>(c));
      continue;
    }
    out += c;
  }
  return out + "\"";
}

Outcome RunEvalTone(const Options& opts, const EvalToneArgs& args) {
  auto coder = tone::ToneCoder::Load(ResolveDataDir(opts));
  if (!coder) return {coder.error()};
  Output out;
  Outcome outcome;
  std::string json;
  if (!args.json) {
    fmt::format_to(std::back_inserter(out.buffer()),
                   "compound against the mean human rating / {:g}; neutral band ±{:g}\n"
                   "{:<40} {:>6} {:>7} {:>9}   F1 neg / neu / pos\n",
                   args.scale, args.band, "file", "n", "r", "macro-F1");
  }
  for (const std::string& file : args.files) {
    auto rated = tone::ReadRatings(file);
    std::string problem;
    if (!rated) {
      problem = rated.error().message;
    } else {
      for (size_t i = 0; i < rated->size() && problem.empty(); ++i) {
        if (std::fabs((*rated)[i].rating) > args.scale) {
          problem = fmt::format("{}: rating {} of '{}' is outside ±{:g}; give the scale with --scale.", file,
                                (*rated)[i].rating, (*rated)[i].id, args.scale);
        }
      }
    }
    if (!problem.empty()) {
      ++outcome.skipped;
      out.Flush();
      PrintError(problem);
      continue;
    }
    std::vector<double> human, ours;
    for (auto& r : *rated) {
      summitwatch::Document doc;
      doc.id = r.id;
      doc.lang = args.lang;
      doc.text = std::move(r.text);
      human.push_back(r.rating / args.scale);
      ours.push_back((*coder)->Code(doc).tone.compound);
    }
    const tone::Agreement a = tone::Compare(human, ours, args.band);
    if (args.json) {
      fmt::format_to(std::back_inserter(json),
                     "{}{{\"file\":{},\"n\":{},\"pearson\":{:.4f},\"macro_f1\":{:.4f},"
                     "\"f1\":{{\"negative\":{:.4f},\"neutral\":{:.4f},\"positive\":{:.4f}}}}}",
                     json.empty() ? "" : ",", JsonString(Name(file)), a.n, a.pearson, a.macro_f1, a.f1[0], a.f1[1], a.f1[2]);
    } else {
      fmt::format_to(std::back_inserter(out.buffer()), "{:<40} {:>6} {:>7.3f} {:>9.3f}   {:.3f} / {:.3f} / {:.3f}\n",
                     Name(file), a.n, a.pearson, a.macro_f1, a.f1[0], a.f1[1], a.f1[2]);
    }
  }
  if (args.json) {
    fmt::format_to(std::back_inserter(out.buffer()), "{{\"scale\":{:g},\"band\":{:g},\"lang\":{},\"files\":[{}]}}\n",
                   args.scale, args.band, JsonString(args.lang), json);
  }
  return outcome;
}

void RegisterEvalTone(CLI::App& app, Options& opts, Runner& run) {
  auto args = std::make_shared<EvalToneArgs>();
  CLI::App* cmd = EvalApp(app)->add_subcommand(
      "tone", "Agreement of the compound tone score with human ratings (ID<TAB>mean rating<TAB>text files)");
  cmd->add_option("files", args->files, "Rating files, e.g. ../shared/eval/data/vaderSentiment/*_GroundTruth.txt")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--json", args->json, "One JSON object with a record per file");
  cmd->add_option("--lang", args->lang, "Language of the texts (ISO 639-1)")->capture_default_str();
  cmd->add_option("--scale", args->scale, "Ratings run from -SCALE to +SCALE; they are divided by it")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--band", args->band, "Neutral band: |x| < BAND is neutral, on both sides")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->callback([&opts, &run, args] { run = [&opts, args] { return RunEvalTone(opts, *args); }; });
}

const Command kEvalTone{81, RegisterEvalTone};

}  // namespace
}  // namespace sw::cli
