// SPDX-License-Identifier: MIT
#include "commit/cue_lists.h"

#include <fmt/format.h>

namespace sw::commit {
namespace {

constexpr std::string_view kTopKeys[] = {"actor_types", "cues",         "frames", "actors",
                                         "markers",     "coordinators", "glue",   "deadlines"};
constexpr std::string_view kDocKinds[] = {"declaration", "communique", "statement", "speech", "readout", "news", "other"};
constexpr std::string_view kEntityTypes[] = {"country", "person", "format", "body", "organisation", "initiative",
                                             "agreement", "meeting"};

struct NamedKind {
  std::string_view name;
  Kind kind;
};
constexpr NamedKind kMarkerKinds[] = {{"thing", Kind::kThing},         {"boundary", Kind::kBoundary},
                                      {"praise", Kind::kPraise},       {"belief", Kind::kBelief},
                                      {"past", Kind::kPast},
                                      {"condition", Kind::kCondition}, {"prediction", Kind::kPrediction},
                                      {"neutral", Kind::kNeutral}};

struct NamedRule {
  std::string_view name;
  SubjectRule rule;
};
constexpr NamedRule kRules[] = {{"required", SubjectRule::kRequired},
                                {"optional", SubjectRule::kOptional},
                                {"self", SubjectRule::kSelf},
                                {"none", SubjectRule::kNone}};

std::string Scalar(const YAML::Node& n) { return n && n.IsScalar() ? n.Scalar() : std::string(); }

// Reads `modality`, returning a view of static storage, or records an issue.
bool ReadModality(const YAML::Node& g, const std::string& file, std::string_view& out, std::vector<kb::Issue>& issues) {
  const std::string m = Scalar(g["modality"]);
  for (std::string_view known : kModalities) {
    if (m == known) {
      out = known;
      return true;
    }
  }
  issues.push_back({file, kb::LineOf(g["modality"] ? g["modality"] : g),
                    fmt::format("expected 'modality' to be one of: commit, intend, agree, decide, recommend, will, "
                                "continue; found '{}'.", m)});
  return false;
}

bool ReadList(const YAML::Node& root, const char* key, const std::string& file, std::vector<kb::Issue>& issues) {
  const YAML::Node n = root[key];
  if (n && n.IsSequence()) return true;
  issues.push_back({file, kb::LineOf(n ? n : root), fmt::format("expected '{}' to be a list of groups with 'terms'.", key)});
  return false;
}

void ReadCues(const YAML::Node& root, const std::string& file, CueLists& out, std::vector<kb::Issue>& issues) {
  if (!ReadList(root, "cues", file, issues)) return;
  for (const YAML::Node& g : root["cues"]) {
    CueGroup cue;
    cue.kind = Kind::kCue;
    if (!g.IsMap()) {
      issues.push_back({file, kb::LineOf(g), "expected a cue group {modality, subject, past, terms}."});
      continue;
    }
    if (!ReadModality(g, file, cue.modality, issues)) continue;
    const std::string rule = g["subject"] ? Scalar(g["subject"]) : "required";
    bool known = false;
    for (const auto& r : kRules) {
      if (rule == r.name) {
        cue.subject = r.rule;
        known = true;
      }
    }
    if (!known) {
      issues.push_back({file, kb::LineOf(g["subject"]),
                        fmt::format("expected 'subject' to be required, optional, self or none; found '{}'.", rule)});
      continue;
    }
    if (g["past"] && !YAML::convert<bool>::decode(g["past"], cue.past)) {
      issues.push_back({file, kb::LineOf(g["past"]), "expected 'past' to be true or false."});
    }
    if (const YAML::Node kinds = g["kinds"]) {
      if (!kinds.IsSequence()) {
        issues.push_back({file, kb::LineOf(kinds), "expected 'kinds' to be a list of document kinds."});
      } else {
        for (const YAML::Node& k : kinds) {
          const std::string s = Scalar(k);
          bool kind_known = false;
          for (std::string_view dk : kDocKinds) kind_known |= s == dk;
          if (!kind_known) {
            issues.push_back({file, kb::LineOf(k),
                              fmt::format("unknown document kind '{}'; expected declaration, communique, statement, "
                                          "speech, readout, news or other.", s)});
            continue;
          }
          cue.kinds.push_back(s);
        }
      }
    }
    kb::ReadTerms(g["terms"], file, cue.terms, issues);
    out.groups.push_back(std::move(cue));
  }
}

void ReadFrames(const YAML::Node& root, const std::string& file, CueLists& out, std::vector<kb::Issue>& issues) {
  if (!root["frames"]) return;  // optional
  if (!ReadList(root, "frames", file, issues)) return;
  for (const YAML::Node& g : root["frames"]) {
    CueGroup frame;
    frame.kind = Kind::kFrame;
    if (!g.IsMap()) {
      issues.push_back({file, kb::LineOf(g), "expected a frame group {modality, terms}."});
      continue;
    }
    if (!ReadModality(g, file, frame.modality, issues)) continue;
    kb::ReadTerms(g["terms"], file, frame.terms, issues);
    out.groups.push_back(std::move(frame));
  }
}

void ReadActors(const YAML::Node& root, const std::string& file, const kb::KnowledgeBase& kb, CueLists& out,
                std::vector<kb::Issue>& issues) {
  if (!ReadList(root, "actors", file, issues)) return;
  for (const YAML::Node& g : root["actors"]) {
    CueGroup actor;
    actor.kind = Kind::kActor;
    if (!g.IsMap()) {
      issues.push_back({file, kb::LineOf(g), "expected an actor group {actors, terms}."});
      continue;
    }
    if (const YAML::Node a = g["actors"]) {
      if (a.IsScalar() && a.Scalar() == "issuer") {
        actor.issuer = true;
      } else if (a.IsSequence()) {
        for (const YAML::Node& id : a) {
          const std::string s = Scalar(id);
          if (!kb.Find(s)) {
            issues.push_back({file, kb::LineOf(id), fmt::format("unknown actor '{}': not an id of the knowledge base.", s)});
            continue;
          }
          actor.actors.push_back(s);
        }
      } else {
        issues.push_back({file, kb::LineOf(a), "expected 'actors' to be 'issuer' or a list of knowledge-base ids."});
      }
    }
    kb::ReadTerms(g["terms"], file, actor.terms, issues);
    out.groups.push_back(std::move(actor));
  }
}

void ReadMarkers(const YAML::Node& root, const std::string& file, CueLists& out, std::vector<kb::Issue>& issues) {
  if (!ReadList(root, "markers", file, issues)) return;
  for (const YAML::Node& g : root["markers"]) {
    CueGroup marker;
    const std::string kind = g.IsMap() ? Scalar(g["kind"]) : std::string();
    bool known = false;
    for (const auto& k : kMarkerKinds) {
      if (kind == k.name) {
        marker.kind = k.kind;
        known = true;
      }
    }
    if (!known) {
      issues.push_back({file, kb::LineOf(g.IsMap() && g["kind"] ? g["kind"] : g),
                        fmt::format("expected 'kind' to be one of: thing, boundary, praise, belief, past, "
                                    "condition, prediction, neutral; found '{}'.", kind)});
      continue;
    }
    kb::ReadTerms(g["terms"], file, marker.terms, issues);
    out.groups.push_back(std::move(marker));
  }
}

// A map language → list of single words ("coordinators", "glue").
void ReadWords(const YAML::Node& root, const char* key, const std::string& file, std::vector<WordPhrase>& out,
               std::vector<kb::Issue>& issues) {
  const YAML::Node node = root[key];
  if (!node) {
    issues.push_back({file, kb::LineOf(root), fmt::format("expected '{}': a map from language to a list of words.", key)});
    return;
  }
  std::vector<kb::Term> terms;
  kb::ReadTerms(node, file, terms, issues);
  for (const auto& t : terms) {
    WordPhrase p = WordPhrase::Parse(t.text);
    if (p.size() != 1) {
      issues.push_back({file, t.line, fmt::format("expected one word in '{}', found '{}'.", key, t.text)});
      continue;
    }
    out.push_back(std::move(p));
  }
}

}  // namespace

CueLists LoadCueLists(const std::string& path, const kb::KnowledgeBase& kb, std::vector<kb::Issue>& issues) {
  CueLists cl;
  cl.file = path;
  const size_t before = issues.size();
  YAML::Node root = kb::LoadYamlFile(path, issues);
  if (issues.size() > before) return cl;  // not found, or not YAML: nothing more to say
  if (!root.IsMap()) {
    issues.push_back({path, kb::LineOf(root), "expected a map with 'cues', 'actors', 'markers' and 'deadlines'."});
    return cl;
  }
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    bool known = false;
    for (std::string_view k : kTopKeys) known |= key == k;
    if (!known) issues.push_back({path, kb::LineOf(kv.first), fmt::format("unknown key '{}'.", key)});
  }
  if (const YAML::Node types = root["actor_types"]; types && types.IsSequence()) {
    for (const YAML::Node& t : types) {
      const std::string s = Scalar(t);
      bool known = false;
      for (std::string_view k : kEntityTypes) known |= s == k;
      if (!known) {
        issues.push_back({path, kb::LineOf(t), fmt::format("unknown entity type '{}' in 'actor_types'.", s)});
        continue;
      }
      cl.actor_types.insert(s);
    }
  } else {
    issues.push_back({path, kb::LineOf(types ? types : root), "expected 'actor_types' to be a list of entity types."});
  }
  ReadCues(root, path, cl, issues);
  ReadFrames(root, path, cl, issues);
  ReadActors(root, path, kb, cl, issues);
  ReadMarkers(root, path, cl, issues);
  ReadWords(root, "coordinators", path, cl.coordinators, issues);
  ReadWords(root, "glue", path, cl.glue, issues);
  cl.deadlines.Load(root["deadlines"], path, issues);
  return cl;
}

}  // namespace sw::commit
