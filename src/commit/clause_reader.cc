// SPDX-License-Identifier: MIT
#include "commit/clause_reader.h"

#include <algorithm>

#include "text/utf8.h"
#include "text/words.h"

namespace sw::commit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }


bool OnlySpaces(std::string_view text, uint32_t b, uint32_t e) {
  for (uint32_t i = b; i < e; ++i) {
    if (!IsSpace(text[i])) return false;
  }
  return true;
}

// The word that ends just before `pos` (spaces skipped), or empty.
std::string_view WordBefore(std::string_view text, size_t pos) {
  while (pos > 0 && IsSpace(text[pos - 1])) --pos;
  const size_t end = pos;
  while (pos > 0) {
    size_t q = pos - 1;
    while (q > 0 && (static_cast<uint8_t>(text[q]) & 0xC0) == 0x80) --q;
    int len = 0;
    if (!sw::text::IsWordChar(sw::text::DecodeAt(text, q, &len))) break;
    pos = q;
  }
  return text.substr(pos, end - pos);
}

bool AnyMatches(const std::vector<WordPhrase>& list, const ClauseWords& w, size_t i) {
  return std::any_of(list.begin(), list.end(), [&](const WordPhrase& p) { return p.MatchesAt(w, i); });
}

}  // namespace

void ClauseReader::Subject::Clear() {
  ids.clear();
  issuer = false;
}

void ClauseReader::Subject::Add(std::string_view id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
}

void ClauseReader::Subject::Add(const CueGroup& g) {
  for (const auto& id : g.actors) Add(id);
  issuer |= g.issuer;
}

void ClauseReader::Reset(uint32_t begin, uint32_t end) {
  begin_ = begin;
  end_ = end;
  st_ = State::kNone;
  subject_.Clear();
  main_.Clear();
  first_.Clear();
  main_set_ = first_set_ = past_marker_ = false;
  mark_ = last_actor_ = begin;
  praised_ = nullptr;
  frame_ = {};
  praised_from_ = 0;
  praised_spans_.clear();
  dates_.reset();
}

void ClauseReader::SetState(State next, uint32_t at) {
  const bool is = next == State::kPraise || next == State::kPraiseSub;
  if (!InPraise() && is) praised_from_ = at;
  if (InPraise() && !is) praised_spans_.emplace_back(praised_from_, at);
  if (st_ == State::kActor && next != State::kActor && !first_set_) {
    first_ = subject_;
    first_set_ = true;
  }
  st_ = next;
}

bool ClauseReader::Praised(uint32_t pos) const {
  if (InPraise() && pos >= praised_from_) return true;
  return std::any_of(praised_spans_.begin(), praised_spans_.end(),
                     [&](const auto& r) { return pos >= r.first && pos < r.second; });
}

// Only glue words between two actors of one subject: "and", "the", "of", «и».
bool ClauseReader::Glued(uint32_t b, uint32_t e) const {
  if (b >= e) return true;
  ClauseWords gap(text_.substr(b, e - b));
  for (size_t k = 0; k < gap.size(); ++k) {
    if (!AnyMatches(cues_.glue, gap, k)) return false;
  }
  return true;
}

// True when a comma since the state was set is followed only by glue words up to `pos`: "On
// trade, Kazakhstan will", "Welcoming X, the Parties will"; not "The pipeline, connecting the
// fields of Turkmenistan, continues".
bool ClauseReader::AfterComma(uint32_t pos) const {
  if (pos <= mark_) return false;
  const size_t comma = text_.substr(mark_, pos - mark_).rfind(',');
  return comma != std::string_view::npos && Glued(mark_ + static_cast<uint32_t>(comma) + 1, pos);
}

// True when the word before `pos` is a coordinator (preceded by a comma if `after_comma`).
bool ClauseReader::Coordinated(uint32_t pos, bool after_comma) const {
  const std::string_view word = WordBefore(text_, pos);
  ClauseWords before(word);
  if (before.size() != 1 || !AnyMatches(cues_.coordinators, before, 0)) return false;
  if (!after_comma) return true;
  size_t q = static_cast<size_t>(word.data() - text_.data());
  while (q > 0 && IsSpace(text_[q - 1])) --q;
  return q > 0 && text_[q - 1] == ',';
}

const std::vector<DateFound>& ClauseReader::Dates() {
  if (!dates_) {
    dates_.emplace();
    cues_.deadlines.Find(text_.substr(begin_, end_ - begin_), date_, *dates_);
  }
  return *dates_;
}

// Past evidence counts before the cue and outside what is praised: "In 2019 the leaders agreed
// to" is a narrative; "commended the Secretariat, established in 2022, and agreed to" is not.
bool ClauseReader::PastBefore(uint32_t pos) {
  if (past_marker_) return true;
  return std::any_of(Dates().begin(), Dates().end(), [&](const DateFound& d) {
    const uint32_t at = begin_ + d.begin;
    return d.past && at < pos && !Praised(at);
  });
}

void ClauseReader::StartSubject(std::string_view id, const CueGroup* g, const ClauseEvent& ev) {
  subject_.Clear();
  if (g) {
    subject_.Add(*g);
  } else {
    subject_.Add(id);
  }
  SetState(State::kActor, ev.begin);
  last_actor_ = ev.end;
}

void ClauseReader::OnMention(const ClauseEvent& ev) {
  if (!ev.actor) return;
  const std::string_view id = ev.mention->entity;
  switch (st_) {
    case State::kActor:
      // "Kazakhstan, the Kyrgyz Republic and the United States" is one subject; "The
      // participants expressed concern about Afghanistan" does not make Afghanistan one.
      if (Glued(last_actor_, ev.begin)) {
        subject_.Add(id);
        last_actor_ = ev.end;
      }
      break;
    case State::kNone:
      StartSubject(id, nullptr, ev);
      break;
    case State::kThing:
    case State::kPraise:
    case State::kPraiseSub:
      // "Trade between the region and the United States will grow": the actor is not the
      // subject. After a comma it may start a new one ("Welcoming X, Kazakhstan will ..."),
      // unless the praise already had its subject ("The participants welcomed the agreements
      // concluded by Germany, and committed to ...").
      if (!main_set_ && AfterComma(ev.begin)) {
        StartSubject(id, nullptr, ev);
      } else if (st_ == State::kPraise) {
        praised_ = &ev;
      }
      break;
  }
}

void ClauseReader::OnMarker(const ClauseEvent& ev) {
  const CueGroup& g = *ev.group;
  switch (g.kind) {
    case Kind::kActor:
      if (st_ == State::kActor) {
        subject_.Add(g);
        last_actor_ = ev.end;
      } else if (!InPraise() || g.issuer || (!main_set_ && AfterComma(ev.begin))) {
        StartSubject({}, &g, ev);
      }
      break;
    case Kind::kThing:
      if (!InPraise()) {
        SetState(State::kThing, ev.begin);
        mark_ = ev.end;
      }
      break;
    case Kind::kFrame:
    case Kind::kBoundary:
      if (g.kind == Kind::kFrame) frame_ = g.modality;
      if (InPraise()) {
        SetState(State::kPraiseSub, ev.begin);
      } else {
        SetState(State::kNone, ev.begin);
        subject_.Clear();
      }
      mark_ = ev.end;
      break;
    case Kind::kPraise:
    case Kind::kBelief:
      if (st_ == State::kActor && !main_set_) {
        main_ = subject_;
        main_set_ = true;
      }
      if (st_ != State::kPraiseSub) SetState(State::kPraise, ev.begin);
      mark_ = ev.end;
      break;
    case Kind::kPast:
      past_marker_ |= !Praised(ev.begin);
      break;
    case Kind::kCue:
    case Kind::kCondition:
    case Kind::kPrediction:
    case Kind::kNeutral:
      break;
  }
}

std::optional<const ClauseReader::Subject*> ClauseReader::OnCue(std::span<const ClauseEvent> events, size_t i) {
  const ClauseEvent& ev = events[i];
  const CueGroup& g = *ev.group;
  if (!g.kinds.empty() && !kind_.empty() && std::find(g.kinds.begin(), g.kinds.end(), kind_) == g.kinds.end()) {
    return std::nullopt;
  }
  if (g.past && PastBefore(ev.begin)) return std::nullopt;
  // "will become", "will benefit": what happens to the subject, not what it does.
  const bool predicted = g.subject == SubjectRule::kRequired && i + 1 < events.size() && events[i + 1].group &&
                         events[i + 1].group->kind == Kind::kPrediction &&
                         sw::text::CountWords(text_.substr(ev.end, events[i + 1].begin - ev.end)) <= 2;
  if (predicted) return std::nullopt;
  // "We welcome X and will ...", "... X, which ..., and agreed to ...": a coordinating word
  // (after a comma, once inside a relative clause) returns to the clause's subject.
  if (InPraise() && main_set_ && g.subject != SubjectRule::kSelf && Coordinated(ev.begin, st_ == State::kPraiseSub)) {
    return &main_;
  }
  switch (g.subject) {
    case SubjectRule::kSelf:
      return nullptr;
    case SubjectRule::kNone:
      if (!InPraise()) return nullptr;
      break;
    case SubjectRule::kOptional:
      if (st_ == State::kActor) return &subject_;
      if (st_ == State::kNone) return nullptr;
      // "The participants supported the railway projects ... and agreed to": only actors
      // agree, so a thing before a coordinated cue was an object.
      if (st_ == State::kThing && first_set_ && Coordinated(ev.begin, false)) return &first_;
      break;
    case SubjectRule::kRequired:
      if (st_ == State::kActor) return &subject_;
      // "We welcome X and the EU will ...": an actor right before the cue is its subject.
      if (st_ == State::kPraise && praised_ && OnlySpaces(text_, praised_->end, ev.begin)) {
        subject_.Clear();
        subject_.Add(praised_->mention->entity);
        return &subject_;
      }
      break;
  }
  return std::nullopt;
}

void ClauseReader::Fill(const CueGroup& cue, const Subject* who, summitwatch::Commitment& c) {
  c.modality = frame_.empty() ? cue.modality : frame_;
  c.actors.clear();
  if (who) c.actors = who->ids;
  if (!who || who->issuer || who->ids.empty()) {
    for (const auto& id : issuer_) {
      if (std::find(c.actors.begin(), c.actors.end(), id) == c.actors.end()) c.actors.push_back(id);
    }
  }
  c.deadline.clear();
  for (const auto& d : Dates()) {
    if (!d.past) {
      c.deadline = d.value;
      break;
    }
  }
}

bool ClauseReader::Read(uint32_t begin, uint32_t end, std::span<const ClauseEvent> events, summitwatch::Commitment& c) {
  if (end > begin && text_[end - 1] == '?') return false;
  for (const auto& ev : events) {
    if (ev.group && ev.group->kind == Kind::kCondition) return false;
  }
  Reset(begin, end);
  for (size_t i = 0; i < events.size(); ++i) {
    const ClauseEvent& ev = events[i];
    if (ev.mention) {
      OnMention(ev);
    } else if (ev.group->kind != Kind::kCue) {
      OnMarker(ev);
    } else if (auto who = OnCue(events, i)) {
      Fill(*ev.group, *who, c);
      return true;
    }
  }
  return false;
}

}  // namespace sw::commit
