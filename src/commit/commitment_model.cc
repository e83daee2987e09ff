// SPDX-License-Identifier: MIT
// Splits sentences into clauses, gathers each clause's events (commitment-dictionary hits and
// entity mentions) for the ClauseReader, and turns its decisions into Commitments with spans and
// areas.
#include "commit/commitment_model.h"

#include "commit/clause_reader.h"

namespace sw::commit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool Overlaps(const ClauseEvent& a, const summitwatch::Mention& m) { return a.begin < m.end && m.start < a.end; }

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Skips a list marker at text[b]: "4. ", "12) ", "(a) ", "- ", "• ". The sentence splitter keeps
// them (they start a sentence); a commitment's text reads better without.
uint32_t SkipEnumerator(std::string_view text, uint32_t b, uint32_t e) {
  uint32_t i = b;
  if (i < e && text[i] == '(') ++i;
  const uint32_t first = i;
  while (i < e && i - first < 3 && IsAsciiAlnum(text[i])) ++i;
  if (i > first && i < e && (text[i] == '.' || text[i] == ')') && i + 1 < e && IsSpace(text[i + 1])) {
    // "4." or "(a)", but not a word: at most two letters, or digits.
    bool digits = true;
    for (uint32_t k = first; k < i; ++k) digits &= text[k] >= '0' && text[k] <= '9';
    if (digits || i - first <= 1) i += 1;
    else i = b;
  } else if (b < e && (text[b] == '-' || text[b] == '*') && b + 1 < e && IsSpace(text[b + 1])) {
    i = b + 1;
  } else if (text.substr(b, 3) == "\u2022") {
    i = b + 3;
  } else {
    i = b;
  }
  while (i < e && IsSpace(text[i])) ++i;
  return i;
}

}  // namespace

CommitmentModel CommitmentModel::Load(const std::string& data_dir, const kb::KnowledgeBase& kb,
                                      std::vector<kb::Issue>& issues) {
  CommitmentModel m;
  m.cues_ = LoadCueLists(data_dir + "/cues/commitments.yaml", kb, issues);
  return m;
}

void CommitmentModel::AddPatterns(match::MatcherBuilder& builder, std::vector<kb::Issue>& issues) const {
  for (uint32_t i = 0; i < cues_.groups.size(); ++i) {
    for (const auto& t : cues_.groups[i].terms) {
      match::Target target{match::Dict::kCommit, i, 1.0f};
      if (std::string err = builder.Add(target, t.text); !err.empty()) issues.push_back({cues_.file, t.line, err});
    }
  }
}

void CommitmentModel::Extract(const summitwatch::Document& doc, std::span<const sw::Span> sentences,
                              std::span<const match::Hit> hits, summitwatch::Coding& out) const {
  out.commitments.clear();
  if (hits.empty() || sentences.empty()) return;
  std::vector<std::string> issuer = doc.issuer;
  if (issuer.empty() && !doc.format.empty()) issuer.push_back(doc.format);
  const std::optional<kb::Date> date = kb::Date::Parse(doc.date);
  const std::string_view text = doc.text;
  ClauseReader reader(cues_, text, date, issuer, doc.kind);

  const auto& mentions = out.mentions;
  std::vector<double> best_weight;  // the dominant area of each sentence, filled on first use
  std::vector<std::string_view> best_area;
  std::vector<ClauseEvent> events;
  std::vector<summitwatch::Commitment> found;
  size_t m = 0;
  for (size_t h = 0; h < hits.size();) {
    const uint32_t s = hits[h].sentence;
    size_t h_end = h;
    bool any_cue = false;
    for (; h_end < hits.size() && hits[h_end].sentence == s; ++h_end) {
      any_cue |= cues_.groups[hits[h_end].entry].kind == Kind::kCue;
    }
    if (!any_cue || s >= sentences.size()) {
      h = h_end;
      continue;
    }
    const sw::Span sent = sentences[s];
    while (m < mentions.size() && mentions[m].start < sent.begin) ++m;
    size_t m_end = m;
    while (m_end < mentions.size() && mentions[m_end].start < sent.end) ++m_end;
    const bool question = sent.end > sent.begin && text[sent.end - 1] == '?';

    found.clear();
    for (uint32_t cb = sent.begin; !question && cb < sent.end;) {
      uint32_t ce = cb;
      while (ce < sent.end && text[ce] != ';') ++ce;
      uint32_t b = cb, e = ce;
      while (b < e && IsSpace(text[b])) ++b;
      if (cb == sent.begin) b = SkipEnumerator(text, b, e);
      while (e > b && IsSpace(text[e - 1])) --e;
      // The clause's events: hits and mentions, merged by position.
      events.clear();
      auto add_mentions_before = [&](size_t& mi, uint32_t pos) {
        for (; mi < m_end && mentions[mi].start < pos; ++mi) {
          const auto& mn = mentions[mi];
          if (mn.start >= cb && mn.start < ce) {
            events.push_back({mn.start, mn.end, nullptr, &mn, cues_.actor_types.contains(mn.type)});
          }
        }
      };
      size_t mi = m;
      for (size_t k = h; k < h_end; ++k) {
        const match::Hit& hit = hits[k];
        if (hit.begin < cb || hit.begin >= ce) continue;
        add_mentions_before(mi, hit.begin + 1);
        const ClauseEvent ev{hit.begin, hit.end, &cues_.groups[hit.entry], nullptr, false};
        // A subject phrase inside an entity name yields to the entity ("the United States" is
        // not "states"; "Council of National Coordinators" is not "council"); so does a thing
        // word inside an actor's name.
        bool shadowed = false;
        for (size_t k2 = m; k2 < m_end && mentions[k2].start < ev.end; ++k2) {
          if (!Overlaps(ev, mentions[k2])) continue;
          if (ev.group->kind == Kind::kActor) shadowed = true;
          if (ev.group->kind == Kind::kThing && cues_.actor_types.contains(mentions[k2].type)) shadowed = true;
        }
        if (!shadowed) events.push_back(ev);
      }
      add_mentions_before(mi, ce);
      summitwatch::Commitment c;
      if (reader.Read(b, e, events, c)) {
        c.start = b;
        c.end = e;
        c.sentence = s;
        found.push_back(std::move(c));
      }
      cb = ce + 1;
    }
    if (!found.empty()) {
      if (best_weight.empty()) {
        best_weight.assign(sentences.size(), 0.0);
        best_area.assign(sentences.size(), {});
        for (const auto& sa : out.sentence_areas) {
          if (sa.sentence < best_weight.size() && sa.weight > best_weight[sa.sentence]) {
            best_weight[sa.sentence] = sa.weight;
            best_area[sa.sentence] = sa.area;
          }
        }
      }
      // One commitment clause: the sentence is the commitment; several: each clause is one.
      if (found.size() == 1) {
        found[0].start = SkipEnumerator(text, sent.begin, sent.end);
        found[0].end = sent.end;
      }
      for (auto& c : found) {
        c.area = best_area[s];
        out.commitments.push_back(std::move(c));
      }
    }
    h = h_end;
  }
}

}  // namespace sw::commit
