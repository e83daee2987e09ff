// SPDX-License-Identifier: MIT
#include "code/mention_coder.h"

namespace sw::code {

void CodeMentions(const kb::KnowledgeBase& kb, const std::vector<kb::StanceCue>& cues,
                  std::span<const match::Hit> entity_hits, std::span<const match::Hit> stance_hits,
                  summitwatch::Coding& out) {
  out.mentions.clear();
  out.mentions.reserve(entity_hits.size());
  size_t cue = 0;  // first stance hit not wholly before the current mention's sentence
  for (const match::Hit& h : entity_hits) {
    while (cue < stance_hits.size() && stance_hits[cue].sentence < h.sentence) ++cue;
    // The nearest cue before the mention, and the nearest after it, within the sentence.
    const match::Hit* before = nullptr;
    const match::Hit* after = nullptr;
    for (size_t c = cue; c < stance_hits.size() && stance_hits[c].sentence == h.sentence; ++c) {
      const match::Hit& s = stance_hits[c];
      if (s.end <= h.begin) {
        before = &s;
      } else if (s.begin >= h.end) {
        after = &s;
        break;
      }
    }
    std::string_view stance;
    if (before && !cues[before->entry].before) {
      stance = cues[before->entry].stance;
    } else if (after && cues[after->entry].before) {
      stance = cues[after->entry].stance;
    }
    const kb::Entity& e = kb.entities[h.entry];
    out.mentions.push_back({e.id, e.type, h.begin, h.end, h.sentence, stance});
  }
}

}  // namespace sw::code
