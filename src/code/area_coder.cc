// SPDX-License-Identifier: MIT
#include "code/area_coder.h"

#include <algorithm>

namespace sw::code {

void CodeAreas(const kb::Codebook& codebook, std::span<const match::Hit> hits, summitwatch::Coding& out) {
  out.sentence_areas.clear();
  out.areas.clear();
  const size_t n_areas = codebook.areas.size();
  std::vector<double> score(n_areas, 0.0);
  std::vector<double> total(n_areas, 0.0);
  uint32_t coded_sentences = 0;

  // PERF: a sentence names one to three of the fourteen areas; the sums run over those alone,
  // in area order as before, so every figure is the same to the last bit. (A threshold of 0 or
  // less would code areas with no term at all, so it takes every area.)
  const bool only_touched = codebook.threshold > 0;
  std::vector<uint32_t> touched;
  std::vector<uint8_t> seen(n_areas, 0);
  size_t i = 0;
  while (i < hits.size()) {
    const uint32_t sentence = hits[i].sentence;
    touched.clear();
    for (; i < hits.size() && hits[i].sentence == sentence; ++i) {
      const uint32_t a = hits[i].entry;
      if (!seen[a]) {
        seen[a] = 1;
        touched.push_back(a);
      }
      score[a] += hits[i].weight;
    }
    if (only_touched) {
      std::sort(touched.begin(), touched.end());
    } else {
      touched.resize(n_areas);
      for (uint32_t a = 0; a < n_areas; ++a) touched[a] = a;
    }
    double sum = 0;
    for (uint32_t a : touched) if (score[a] >= codebook.threshold) sum += score[a];
    if (sum != 0) {
      ++coded_sentences;
      for (uint32_t a : touched) {
        if (score[a] < codebook.threshold) continue;
        const double w = score[a] / sum;
        total[a] += w;
        out.sentence_areas.push_back({sentence, codebook.areas[a].id, w, score[a]});
      }
    }
    for (uint32_t a : touched) {
      score[a] = 0;
      seen[a] = 0;
    }
  }
  if (coded_sentences == 0) return;
  for (size_t a = 0; a < n_areas; ++a) {
    if (total[a] > 0) out.areas.push_back({codebook.areas[a].id, total[a] / coded_sentences});
  }
  std::sort(out.areas.begin(), out.areas.end(), [](const auto& x, const auto& y) {
    return x.share != y.share ? x.share > y.share : x.area < y.area;
  });
}

}  // namespace sw::code
