// SPDX-License-Identifier: MIT
// summitwatch show DOC: one stored document with its coding. On a terminal, mentions are coloured
// by the stance taken toward them and each sentence carries its areas in a gutter; piped, the
// same layout in plain text.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/store_flags.h"
#include "cli/table_output.h"

namespace sw::cli {
namespace {

using summitwatch::StoredDocument;

struct ShowArgs {
  std::string doc;
  DbFlag db;
  bool json = false;
  std::string color = "auto";
};

constexpr const char* kReset = "\033[0m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kBold = "\033[1m";

// Approval in green, neutral notice in cyan, worry in yellow, opposition in red; a mention
// without a stance is underlined.
const char* StanceColour(std::string_view stance) {
  if (stance == "welcomes" || stance == "supports" || stance == "commends") return "\033[32;1m";
  if (stance == "notes") return "\033[36;1m";
  if (stance == "concerned") return "\033[33;1m";
  if (stance == "opposes") return "\033[31;1m";
  return "\033[4m";
}

bool UseColour(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) == 1 && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

std::string AreaGutter(const StoredDocument::Sentence& s) {
  std::string g;
  for (const auto& [area, weight] : s.areas) g += (g.empty() ? "" : "+") + area;
  return g.empty() ? "·" : g;
}

void AppendText(const StoredDocument& d, bool colour, std::string& out) {
  const std::string& text = d.doc.text;
  size_t gutter = 1;
  for (const auto& s : d.sentences) gutter = std::max(gutter, DisplayWidth(AreaGutter(s)));
  size_t m = 0;
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    const auto& s = d.sentences[i];
    const std::string g = AreaGutter(s);
    fmt::format_to(std::back_inserter(out), "{}{:>4} {}{} │{} ", colour ? kDim : "", i, g,
                   std::string(gutter - DisplayWidth(g), ' '), colour ? kReset : "");
    size_t pos = s.start;
    while (m < d.mentions.size() && d.mentions[m].start < s.start) ++m;
    for (; colour && m < d.mentions.size() && d.mentions[m].end <= s.end; ++m) {
      const auto& men = d.mentions[m];
      if (men.start < pos) continue;
      out += OneLine(std::string_view(text).substr(pos, men.start - pos));
      out += StanceColour(men.stance);
      out += OneLine(std::string_view(text).substr(men.start, men.end - men.start));
      out += kReset;
      pos = men.end;
    }
    out += OneLine(std::string_view(text).substr(pos, s.end - pos));
    out += '\n';
  }
}

void AppendHuman(const StoredDocument& d, bool colour, std::string& out) {
  auto field = [&](const char* name, const std::string& value) {
    if (!value.empty()) fmt::format_to(std::back_inserter(out), "  {:<9}{}\n", name, value);
  };
  fmt::format_to(std::back_inserter(out), "{}{}{}\n", colour ? kBold : "", d.doc.id, colour ? kReset : "");
  field("title", d.doc.title);
  std::string issuers;
  for (const auto& i : d.doc.issuer) issuers += (issuers.empty() ? "" : " ") + i;
  field("date", d.doc.date);
  field("kind", d.doc.kind);
  field("issuer", issuers);
  field("format", d.doc.format);
  field("meeting", d.doc.meeting);
  field("lang", d.doc.lang);
  field("country", d.doc.country);
  field("source", d.doc.source);
  field("hash", d.hash);
  field("size", fmt::format("{} words, {} sentences; tone {:+.2f} (compound)", d.words, d.sentences.size(),
                            d.tone.compound));
  std::string areas;
  for (const auto& [area, share] : d.areas) areas += fmt::format("{}{} {:.0f}%", areas.empty() ? "" : "  ", area, share * 100);
  field("areas", areas.empty() ? "(none coded)" : areas);
  if (colour) {
    out += fmt::format("  {:<9}{}welcomes/supports/commends{}  {}notes{}  {}concerned{}  {}opposes{}  {}no stance{}\n",
                       "legend", StanceColour("welcomes"), kReset, StanceColour("notes"), kReset,
                       StanceColour("concerned"), kReset, StanceColour("opposes"), kReset, StanceColour(""), kReset);
  }
  out += '\n';
  AppendText(d, colour, out);
  if (!d.mentions.empty()) {
    summitwatch::Table t;
    t.title = "Mentions";
    using K = summitwatch::Column::Kind;
    t.columns = {{"sentence", K::kInt}, {"entity", K::kText}, {"type", K::kText}, {"stance", K::kText}, {"text", K::kText}};
    for (const auto& men : d.mentions) {
      std::vector<summitwatch::Value> row;
      row.emplace_back(int64_t{men.sentence});
      row.emplace_back(men.entity);
      row.emplace_back(men.type);
      if (men.stance.empty()) row.emplace_back(); else row.emplace_back(men.stance);
      row.emplace_back(OneLine(std::string_view(d.doc.text).substr(men.start, men.end - men.start)));
      t.rows.push_back(std::move(row));
    }
    out += '\n';
    AppendTable(t, TableFormat::kAligned, out);
  }
  if (!d.commitments.empty()) {
    out += "\nCommitments\n\n";
    for (const auto& k : d.commitments) {
      std::string actors;
      for (const auto& a : k.actors) actors += (actors.empty() ? "" : " ") + a;
      fmt::format_to(std::back_inserter(out), "  [{}] {} {}{}{}: {}\n", k.sentence, k.modality, actors,
                     k.area.empty() ? "" : " · " + k.area, k.deadline.empty() ? "" : " · by " + k.deadline,
                     OneLine(std::string_view(d.doc.text).substr(k.start, k.end - k.start)));
    }
  }
}

std::string ToJson(const StoredDocument& d) {
  using J = nlohmann::ordered_json;
  auto str_or_null = [](const std::string& s) { return s.empty() ? J(nullptr) : J(s); };
  J areas = J::object();
  for (const auto& [a, s] : d.areas) areas[a] = s;
  J sentences = J::array();
  for (const auto& s : d.sentences) {
    J sa = J::object();
    for (const auto& [a, w] : s.areas) sa[a] = w;
    sentences.push_back({{"start", s.start}, {"end", s.end}, {"tone", s.tone}, {"areas", sa}});
  }
  J mentions = J::array();
  for (const auto& m : d.mentions) {
    mentions.push_back({{"entity", m.entity}, {"type", m.type}, {"start", m.start}, {"end", m.end},
                        {"text", d.doc.text.substr(m.start, m.end - m.start)}, {"sentence", m.sentence},
                        {"stance", str_or_null(m.stance)}});
  }
  J commitments = J::array();
  for (const auto& k : d.commitments) {
    commitments.push_back({{"text", d.doc.text.substr(k.start, k.end - k.start)}, {"start", k.start}, {"end", k.end},
                           {"sentence", k.sentence}, {"actors", k.actors}, {"modality", k.modality},
                           {"area", str_or_null(k.area)}, {"deadline", str_or_null(k.deadline)}});
  }
  const auto& t = d.tone;
  J j = {{"id", d.doc.id},
         {"hash", d.hash},
         {"title", str_or_null(d.doc.title)},
         {"date", str_or_null(d.doc.date)},
         {"kind", str_or_null(d.doc.kind)},
         {"issuer", d.doc.issuer},
         {"format", str_or_null(d.doc.format)},
         {"meeting", str_or_null(d.doc.meeting)},
         {"lang", str_or_null(d.doc.lang)},
         {"country", str_or_null(d.doc.country)},
         {"source", str_or_null(d.doc.source)},
         {"words", d.words},
         {"sentences", sentences},
         {"areas", areas},
         {"mentions", mentions},
         {"tone", {{"tone", t.tone}, {"positive", t.positive}, {"negative", t.negative}, {"polarity", t.polarity},
                   {"activity", t.activity}, {"self_group", t.self_group}, {"words", t.words}, {"compound", t.compound}}},
         {"commitments", commitments},
         {"text", d.doc.text}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Outcome RunShow(const ShowArgs& args) {
  auto store = args.db.Open();
  if (!store) return {store.error()};
  auto doc = summitwatch::GetDocument(*store, args.doc);
  if (!doc) {
    if (doc.error().code != summitwatch::ErrorCode::kNotFound) return {doc.error()};
    PrintError(doc.error().message);
    return {{}, 1};
  }
  Output out;
  if (args.json) {
    out.buffer() = ToJson(*doc);
  } else {
    AppendHuman(*doc, UseColour(args.color), out.buffer());
  }
  return {};
}

void RegisterShow(CLI::App& app, Options&, Runner& run) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand("show", "Show a stored document with its coding: areas per sentence, mentions "
                                             "coloured by stance");
  cmd->add_option("doc", args->doc, "Document id, or a prefix of its hash (6+ hex digits)")->required();
  args->db.Add(cmd);
  cmd->add_flag("--json", args->json, "The document, its text and its coding as one JSON object");
  cmd->add_option("--color", args->color, "Colour: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([&run, args] { run = [args] { return RunShow(*args); }; });
}

const Command kShow{31, RegisterShow};

}  // namespace
}  // namespace sw::cli
