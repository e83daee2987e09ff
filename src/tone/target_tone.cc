// SPDX-License-Identifier: MIT
#include "tone/target_tone.h"

#include <algorithm>

namespace sw::tone {
namespace {

// Mentions are in text order, so one entity's sentences arrive sorted: a sentence repeats only
// right after itself.
void Add(const summitwatch::Coding& c, uint32_t sentence, uint32_t& last, TargetTone& t) {
  if (t.sentences > 0 && sentence == last) return;
  last = sentence;
  ++t.sentences;
  const double x = sentence < c.sentence_tone.size() ? c.sentence_tone[sentence] : 0;
  t.mean += x;
  t.scored += x != 0;
}

void Finish(TargetTone& t) {
  if (t.sentences > 0) t.mean /= t.sentences;
}

}  // namespace

TargetTone ToneToward(const summitwatch::Coding& coding, std::string_view entity) {
  TargetTone t;
  t.entity = entity;
  uint32_t last = 0;
  for (const auto& m : coding.mentions) {
    if (m.entity == entity) Add(coding, m.sentence, last, t);
  }
  Finish(t);
  return t;
}

std::vector<TargetTone> ToneTowardAll(const summitwatch::Coding& coding) {
  std::vector<TargetTone> out;
  std::vector<uint32_t> last;
  for (const auto& m : coding.mentions) {
    auto it = std::find_if(out.begin(), out.end(), [&](const TargetTone& t) { return t.entity == m.entity; });
    if (it == out.end()) {
      out.push_back(TargetTone{m.entity});
      last.push_back(0);
      it = out.end() - 1;
    }
    Add(coding, m.sentence, last[static_cast<size_t>(it - out.begin())], *it);
  }
  for (auto& t : out) Finish(t);
  return out;
}

}  // namespace sw::tone
