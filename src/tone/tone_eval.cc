// SPDX-License-Identifier: MIT
#include "tone/tone_eval.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>

namespace sw::tone {

summitwatch::Result<std::vector<RatedText>> ReadRatings(const std::string& path) {
  using summitwatch::ErrorCode;
  std::ifstream in(path, std::ios::binary);
  if (!in) return summitwatch::MakeError(ErrorCode::kNotFound, fmt::format("{}: cannot be read.", path), path);
  std::vector<RatedText> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string::npos ? std::string::npos : line.find('\t', t1 + 1);
    RatedText r;
    if (t2 == std::string::npos ||
        std::from_chars(line.data() + t1 + 1, line.data() + t2, r.rating).ec != std::errc() ||
        !std::isfinite(r.rating)) {
      return summitwatch::MakeError(
          ErrorCode::kInvalidInput,
          fmt::format("{}:{}: expected ID<TAB>mean rating<TAB>text.", path, n), fmt::format("{}:{}", path, n));
    }
    r.id = line.substr(0, t1);
    r.text = line.substr(t2 + 1);
    out.push_back(std::move(r));
  }
  if (out.empty()) {
    return summitwatch::MakeError(ErrorCode::kInvalidInput, fmt::format("{}: no rated texts.", path), path);
  }
  return out;
}

int Polarity(double x, double band) { return x >= band ? 1 : (x <= -band ? -1 : 0); }

Agreement Compare(std::span<const double> human, std::span<const double> ours, double band) {
  Agreement a;
  a.n = std::min(human.size(), ours.size());
  if (a.n == 0) return a;
  double mh = 0, mo = 0;
  for (size_t i = 0; i < a.n; ++i) {
    mh += human[i];
    mo += ours[i];
  }
  mh /= a.n;
  mo /= a.n;
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < a.n; ++i) {
    sxy += (human[i] - mh) * (ours[i] - mo);
    sxx += (human[i] - mh) * (human[i] - mh);
    syy += (ours[i] - mo) * (ours[i] - mo);
    ++a.confusion[Polarity(human[i], band) + 1][Polarity(ours[i], band) + 1];
  }
  a.pearson = sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
  for (int c = 0; c < 3; ++c) {
    size_t tp = a.confusion[c][c], truth = 0, predicted = 0;
    for (int o = 0; o < 3; ++o) {
      truth += a.confusion[c][o];
      predicted += a.confusion[o][c];
    }
    a.f1[c] = truth + predicted ? 2.0 * tp / (truth + predicted) : 0;
    a.macro_f1 += a.f1[c] / 3;
  }
  return a;
}

}  // namespace sw::tone
