// SPDX-License-Identifier: MIT
// summitwatch commitments [show ID | score ID ... | compliance]: the commitments of the store with
// their proposed follow-up status, one commitment's evidence trail and scores, analysts' scores
// (append-only) and compliance averages (docs/METHODS.md, "Follow-up" and "Scoring").
// Commitment ids are "<document id>#<n>", n counting the document's commitments from 1.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "analyze/commitment_followup.h"
#include "cli/command.h"
#include "cli/store_flags.h"
#include "cli/table_output.h"

namespace sw::cli {
namespace {

using summitwatch::FollowedCommitment;

struct ListArgs {
  DbFlag db;
  summitwatch::CommitmentFilter filter;
  bool json = false;
};
struct ShowArgs {
  DbFlag db;
  std::string id, as_of;
  bool json = false;
};
struct ScoreArgs {
  DbFlag db;
  std::string id, member, score, note, source;
  bool json = false;
};
struct ComplianceArgs {
  DbFlag db;
  summitwatch::ComplianceBy by = summitwatch::ComplianceBy::kFormat;
  bool json = false;
};

// Opens the store and the word lists; the error as an Outcome when either fails.
struct Setup {
  std::optional<summitwatch::Store> store;
  summitwatch::FollowupCues cues;
};
summitwatch::Result<Setup> Open(const DbFlag& db, const Options& opts, bool cues) {
  auto store = db.Open();
  if (!store) return store.error();
  Setup s;
  s.store.emplace(std::move(*store));
  if (cues) {
    auto c = summitwatch::LoadFollowupCues(ResolveDataDir(opts) + "/cues/followup.yaml");
    if (!c) return c.error();
    s.cues = std::move(*c);
  }
  return s;
}

// kNotFound finishes with status 1 and a message; other failures are fatal.
Outcome Fail(const summitwatch::Error& e) {
  if (e.code == summitwatch::ErrorCode::kNotFound) {
    PrintError(e.message);
    return {{}, 1};
  }
  return {e};
}

nlohmann::ordered_json EvidenceJson(const summitwatch::Evidence& e) {
  return {{"document", e.document}, {"date", e.date},     {"kind", e.kind},
          {"score", e.score},       {"signal", e.signal}, {"shared", e.shared},
          {"sentence", e.sentence}};
}

Outcome RunList(const ListArgs& args, const Options& opts) {
  auto s = Open(args.db, opts, true);
  if (!s) return Fail(s.error());
  auto list = summitwatch::FollowCommitments(*s->store, s->cues, args.filter);
  if (!list) return Fail(list.error());
  Output out;
  if (args.json) {
    // The table's rows plus the text and the evidence, one object per line.
    out.buffer() += "[";
    for (size_t i = 0; i < list->size(); ++i) {
      const FollowedCommitment& f = (*list)[i];
      nlohmann::ordered_json ev = nlohmann::ordered_json::array();
      for (const auto& e : f.evidence) ev.push_back(EvidenceJson(e));
      nlohmann::ordered_json j = {{"id", f.id},
                          {"document", f.document},
                          {"date", f.date},
                          {"format", f.format},
                          {"actors", f.actors},
                          {"modality", f.modality},
                          {"area", f.area.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(f.area)},
                          {"deadline", f.deadline.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(f.deadline)},
                          {"deadline_passed", f.deadline_passed},
                          {"status", f.status},
                          {"text", f.text},
                          {"evidence", ev}};
      out.buffer() += (i ? ",\n" : "\n") + j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out.buffer() += "\n]\n";
  } else {
    AppendTable(summitwatch::CommitmentsTable(*list), TableFormat::kAligned, out.buffer());
  }
  return {};
}

std::string Signed(int v) { return v > 0 ? fmt::format("+{}", v) : fmt::format("{}", v); }

Outcome RunShow(const ShowArgs& args, const Options& opts) {
  auto s = Open(args.db, opts, true);
  if (!s) return Fail(s.error());
  auto f = summitwatch::FollowCommitment(*s->store, s->cues, args.id, args.as_of);
  if (!f) return Fail(f.error());
  auto scores = summitwatch::ScoreHistory(*s->store, args.id);
  if (!scores) return Fail(scores.error());
  Output out;
  std::string& o = out.buffer();
  if (args.json) {
    nlohmann::ordered_json ev = nlohmann::ordered_json::array(), sc = nlohmann::ordered_json::array();
    for (const auto& e : f->evidence) ev.push_back(EvidenceJson(e));
    for (const auto& x : *scores) {
      sc.push_back({{"member", x.member}, {"score", x.score}, {"note", x.note}, {"source", x.source},
                    {"recorded_at", x.recorded_at}});
    }
    nlohmann::ordered_json j = {{"id", f->id},         {"document", f->document}, {"date", f->date},
                        {"kind", f->kind},     {"format", f->format},     {"actors", f->actors},
                        {"modality", f->modality}, {"area", f->area},     {"deadline", f->deadline},
                        {"deadline_passed", f->deadline_passed},          {"status", f->status},
                        {"text", f->text},     {"evidence", ev},          {"scores", sc}};
    o = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return {};
  }
  std::string actors;
  for (const auto& a : f->actors) actors += (actors.empty() ? "" : " ") + a;
  fmt::format_to(std::back_inserter(o), "{}\n  {}\n\n", f->id, f->text);
  fmt::format_to(std::back_inserter(o), "  document  {} ({}, {}{})\n", f->document, f->date.empty() ? "undated" : f->date,
                 f->kind.empty() ? "no kind" : f->kind, f->format.empty() ? "" : ", " + f->format);
  fmt::format_to(std::back_inserter(o), "  actors    {}\n  modality  {}\n  area      {}\n  deadline  {}{}\n",
                 actors.empty() ? "-" : actors, f->modality, f->area.empty() ? "-" : f->area,
                 f->deadline.empty() ? "-" : f->deadline, f->deadline_passed ? " (passed)" : "");
  fmt::format_to(std::back_inserter(o), "  proposed  {}\n\nEvidence in later documents (best first):\n", f->status);
  if (f->evidence.empty()) o += "  none above the threshold\n";
  for (size_t i = 0; i < f->evidence.size(); ++i) {
    const auto& e = f->evidence[i];
    fmt::format_to(std::back_inserter(o), "  {}. {} {} ({}), score {:.2f}{}\n     {}\n", i + 1, e.date, e.document,
                   e.kind, e.score, e.signal.empty() ? "" : ", " + e.signal, e.sentence);
  }
  o += "\nAnalyst scores (oldest first; the latest per member is current):\n";
  if (scores->empty()) o += "  none\n";
  for (const auto& x : *scores) {
    fmt::format_to(std::back_inserter(o), "  {} {} {}{}{}\n", x.recorded_at, x.member, Signed(x.score),
                   x.note.empty() ? "" : "  " + x.note, x.source.empty() ? "" : "  [" + x.source + "]");
  }
  return {};
}

Outcome RunScore(const ScoreArgs& args, const Options& opts) {
  static const std::map<std::string, int> kScores = {{"-1", -1}, {"0", 0}, {"1", 1}, {"+1", 1}};
  auto it = kScores.find(args.score);
  if (it == kScores.end()) {
    return {summitwatch::MakeError(summitwatch::ErrorCode::kInvalidInput,
                                   fmt::format("--score must be -1, 0 or 1, not '{}'.", args.score))};
  }
  auto s = Open(args.db, opts, false);
  if (!s) return Fail(s.error());
  summitwatch::Score sc{args.member, it->second, args.note, args.source, {}, {}};
  if (auto st = summitwatch::RecordScore(*s->store, args.id, sc); !st) return Fail(st.error());
  auto history = summitwatch::ScoreHistory(*s->store, args.id);
  if (!history) return Fail(history.error());
  const auto& last = history->back();
  size_t kept = 0;
  for (const auto& x : *history) kept += x.member == last.member;
  Output out;
  if (args.json) {
    out.buffer() = nlohmann::ordered_json{{"commitment", last.commitment}, {"member", last.member}, {"score", last.score},
                                  {"note", last.note}, {"source", last.source}, {"recorded_at", last.recorded_at},
                                  {"history", kept}}
                       .dump() + "\n";
  } else {
    fmt::format_to(std::back_inserter(out.buffer()), "recorded {} {} {} at {} ({} score{} for this member kept)\n",
                   last.commitment, last.member, Signed(last.score), last.recorded_at, kept, kept == 1 ? "" : "s");
  }
  return {};
}

Outcome RunCompliance(const ComplianceArgs& args) {
  auto store = args.db.Open();
  if (!store) return {store.error()};
  auto t = summitwatch::Compliance(*store, args.by);
  if (!t) return Fail(t.error());
  Output out;
  AppendTable(*t, args.json ? TableFormat::kJson : TableFormat::kAligned, out.buffer());
  return {};
}

void RegisterCommitments(CLI::App& app, Options& opts, Runner& run) {
  CLI::App* cmd = app.add_subcommand(
      "commitments", "Commitments with their follow-up status; `show ID`, `score ID`, `compliance`");
  auto list = std::make_shared<ListArgs>();
  list->db.Add(cmd);
  auto& f = list->filter;
  auto csv = [&](const char* name, std::vector<std::string>& to, const char* help) {
    cmd->add_option(name, to, help)->allow_extra_args(false)->delimiter(',')->group("Filters");
  };
  csv("--format", f.format, "Only commitments of documents of these formats (comma-separated ids)");
  csv("--member", f.member, "Only commitments with one of these actors (e.g. KAZ)");
  csv("--area", f.area, "Only commitments of these areas");
  cmd->add_option("--status", f.status, "Only these proposed statuses")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"no-evidence", "in-progress", "done", "contradicted"}))
      ->group("Filters");
  cmd->add_flag("--deadline-passed", f.deadline_passed, "Only commitments whose deadline has passed")->group("Filters");
  cmd->add_option("--as-of", f.as_of, "Date deciding whether deadlines passed (YYYY-MM-DD; default today)");
  cmd->add_flag("--json", list->json, "One JSON object per commitment, with its text and evidence");

  auto show = std::make_shared<ShowArgs>();
  CLI::App* show_cmd = cmd->add_subcommand("show", "One commitment: its text, evidence trail and scores");
  show_cmd->add_option("id", show->id, "Commitment id, <document id>#<n>")->required();
  show->db.Add(show_cmd);
  show_cmd->add_option("--as-of", show->as_of, "Date deciding whether the deadline passed (default today)");
  show_cmd->add_flag("--json", show->json, "As one JSON object");

  auto score = std::make_shared<ScoreArgs>();
  CLI::App* score_cmd = cmd->add_subcommand("score", "Record an analyst's score (-1, 0, 1) for a member; "
                                                     "earlier scores are kept");
  score_cmd->add_option("id", score->id, "Commitment id, <document id>#<n>")->required();
  score->db.Add(score_cmd);
  score_cmd->add_option("--member", score->member, "The member scored: a country or organisation id (e.g. KAZ)")
      ->required();
  score_cmd->add_option("--score", score->score, "-1 no compliance, 0 partial, 1 full")->required();
  score_cmd->add_option("--note", score->note, "Why");
  score_cmd->add_option("--source", score->source, "Where the evidence is (document id, URL)");
  score_cmd->add_flag("--json", score->json, "The recorded score as JSON");

  auto comp = std::make_shared<ComplianceArgs>();
  CLI::App* comp_cmd = cmd->add_subcommand("compliance", "Compliance averages from the current scores, "
                                                         "(mean + 1) / 2 x 100");
  comp->db.Add(comp_cmd);
  static const std::map<std::string, summitwatch::ComplianceBy> kBy = {
      {"format", summitwatch::ComplianceBy::kFormat},
      {"member", summitwatch::ComplianceBy::kMember},
      {"area", summitwatch::ComplianceBy::kArea},
      {"year", summitwatch::ComplianceBy::kYear}};
  comp_cmd->add_option("--by", comp->by, "Group by format, member, area or year (default format)")
      ->transform(CLI::CheckedTransformer(kBy));
  comp_cmd->add_flag("--json", comp->json, "The table as JSON");

  show_cmd->callback([&run, &opts, show] { run = [show, &opts] { return RunShow(*show, opts); }; });
  score_cmd->callback([&run, &opts, score] { run = [score, &opts] { return RunScore(*score, opts); }; });
  comp_cmd->callback([&run, comp] { run = [comp] { return RunCompliance(*comp); }; });
  cmd->callback([&run, &opts, cmd, list] {
    if (!cmd->get_subcommands().empty()) return;
    run = [list, &opts] { return RunList(*list, opts); };
  });
}

const Command kCommitments{50, RegisterCommitments};

}  // namespace
}  // namespace sw::cli
