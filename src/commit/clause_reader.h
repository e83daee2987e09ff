// SPDX-License-Identifier: MIT
// Decides whether one clause commits someone to future action.
//
// The reader walks the clause's events left to right: hits of the commitment dictionary (cues
// and markers, from the one matcher scan) and entity mentions. It tracks what the current
// subject is (an actor, a thing, nothing yet, or something being praised or believed) and lets
// a cue fire according to its subject rule. No parsing: declarations are formulaic enough that
// subject cues near the verb decide most cases, and this runs on every document.
// docs/METHODS.md ("Commitments") states the rules and their limits.
//
// Usage:
//   ClauseReader reader(cues, doc.text, doc_date, issuers, doc.kind);
//   summitwatch::Commitment c;
//   if (reader.Read(clause_begin, clause_end, events, c)) ...   // modality, actors, deadline
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "commit/cue_lists.h"
#include "summitwatch/coding.h"

namespace sw::commit {

/// One event of a clause: a hit of the commitment dictionary or an entity mention.
struct ClauseEvent {
  uint32_t begin = 0;
  uint32_t end = 0;
  const CueGroup* group = nullptr;                // for hits
  const summitwatch::Mention* mention = nullptr;  // for mentions
  bool actor = false;                             // a mention of one of the actor types
};

class ClauseReader {
 public:
  /// `kind` is the document's kind (declaration, news, ...), or empty when unknown.
  ClauseReader(const CueLists& cues, std::string_view text, const std::optional<kb::Date>& date,
               std::span<const std::string> issuer, std::string_view kind)
      : cues_(cues), text_(text), date_(date), issuer_(issuer), kind_(kind) {}

  /// True when text[begin, end) commits someone; fills the modality, actors and deadline of `c`.
  /// `events` are the clause's events in text order.
  bool Read(uint32_t begin, uint32_t end, std::span<const ClauseEvent> events, summitwatch::Commitment& c);

 private:
  enum class State : uint8_t {
    kNone,       // no subject yet (clause start, after "that", "which")
    kActor,      // an actor is the subject
    kThing,      // a thing is the subject ("prices", "this", "the new route")
    kPraise,     // the clause praises, notes or believes something ("we welcome ...")
    kPraiseSub,  // ... and is now inside a clause about what it praises ("..., which will")
  };
  // Who the subject names: actors, and whether the issuers are meant.
  struct Subject {
    std::vector<std::string> ids;
    bool issuer = false;
    void Clear();
    void Add(std::string_view id);
    void Add(const CueGroup& g);
  };

  void Reset(uint32_t begin, uint32_t end);
  void SetState(State next, uint32_t at);
  void StartSubject(std::string_view id, const CueGroup* g, const ClauseEvent& ev);
  void OnMention(const ClauseEvent& ev);
  void OnMarker(const ClauseEvent& ev);
  // The subject a cue commits, or nullopt when it does not fire. A null Subject* inside means
  // "the issuers".
  std::optional<const Subject*> OnCue(std::span<const ClauseEvent> events, size_t i);
  bool InPraise() const { return st_ == State::kPraise || st_ == State::kPraiseSub; }
  bool Praised(uint32_t pos) const;
  bool Glued(uint32_t b, uint32_t e) const;
  bool AfterComma(uint32_t pos) const;
  bool Coordinated(uint32_t pos, bool after_comma) const;
  bool PastBefore(uint32_t pos);
  const std::vector<DateFound>& Dates();
  void Fill(const CueGroup& cue, const Subject* who, summitwatch::Commitment& c);

  const CueLists& cues_;
  std::string_view text_;
  const std::optional<kb::Date>& date_;
  std::span<const std::string> issuer_;
  std::string_view kind_;

  // Per clause.
  uint32_t begin_ = 0, end_ = 0;
  State st_ = State::kNone;
  Subject subject_;
  Subject main_;                // the subject before a praise marker, for "... and will"
  bool main_set_ = false;
  Subject first_;               // the clause's first actor subject, for "..., and agreed to"
  bool first_set_ = false;
  uint32_t mark_ = 0;           // end of the event that set the state, for the comma tests
  uint32_t last_actor_ = 0;     // end of the subject's last actor, for the glue test
  const ClauseEvent* praised_ = nullptr;  // the last actor mention inside a praise
  std::string_view frame_;      // "agreed that ...": the modality of the next cue
  bool past_marker_ = false;
  uint32_t praised_from_ = 0;   // where the current praise began
  std::vector<std::pair<uint32_t, uint32_t>> praised_spans_;
  std::optional<std::vector<DateFound>> dates_;  // read when needed
};

}  // namespace sw::commit
