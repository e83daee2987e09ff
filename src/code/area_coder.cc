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

  size_t i = 0;
  while (i < hits.size()) {
    const uint32_t sentence = hits[i].sentence;
    std::fill(score.begin(), score.end(), 0.0);
    for (; i < hits.size() && hits[i].sentence == sentence; ++i) score[hits[i].entry] += hits[i].weight;
    double sum = 0;
    for (double s : score) if (s >= codebook.threshold) sum += s;
    if (sum == 0) continue;
    ++coded_sentences;
    for (size_t a = 0; a < n_areas; ++a) {
      if (score[a] < codebook.threshold) continue;
      const double w = score[a] / sum;
      total[a] += w;
      out.sentence_areas.push_back({sentence, codebook.areas[a].id, w, score[a]});
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
