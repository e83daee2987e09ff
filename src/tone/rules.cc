// SPDX-License-Identifier: MIT
#include "tone/rules.h"

#include <algorithm>
#include <cmath>
#include <cstring>


namespace sw::tone {
namespace {

int CountByte(std::string_view s, char c) {
  int n = 0;
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end && (p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)))) != nullptr) {
    ++n;
    ++p;
  }
  return n;
}

// Letter case of the character at s[i], for the two scripts our lexicons cover: +1 upper,
// -1 lower, 0 neither. `len` is the bytes it takes.
int CaseAt(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return 1;
    if (c >= 'a' && c <= 'z') return -1;
    return 0;
  }
  if ((c == 0xD0 || c == 0xD1) && i + 1 < s.size()) {
    *len = 2;
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xD0) {
      if (d == 0x81 || (d >= 0x90 && d <= 0xAF)) return 1;  // Ё, А..Я
      if (d >= 0xB0 && d <= 0xBF) return -1;                 // а..п
      return 0;
    }
    if ((d >= 0x80 && d <= 0x8F) || d == 0x91) return -1;   // р..я, ё
    return 0;
  }
  return 0;
}

bool HasLowercase(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    if (CaseAt(s, i, &len) < 0) return true;
    i += len;
  }
  return false;
}

double Sign(double x) { return x < 0 ? -1.0 : 1.0; }

}  // namespace

double Normalize(double x, double alpha) {
  const double n = x / std::sqrt(x * x + alpha);
  return n < -1 ? -1 : (n > 1 ? 1 : n);
}

bool IsAllCaps(std::string_view s) {
  bool upper = false;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const int c = CaseAt(s, i, &len);
    if (c < 0) return false;
    upper |= c > 0;
    i += len;
  }
  return upper;
}

double ScoreSentence(std::string_view text, sw::Span sentence, std::span<const Item> items, const RuleConstants& k) {
  bool any_sentiment = false, any_modifier = false;
  const Item* contrast = nullptr;
  for (const Item& it : items) {
    any_sentiment |= it.sentiment();
    any_modifier |= (it.roles & kNegator) || it.booster != 0;
    if (!contrast && (it.roles & kContrast)) contrast = &it;
  }
  if (!any_sentiment) return 0;

  // Emphasis by capitals counts only where the sentence is not all capitals (a headline).
  int cap_diff = -1;  // unknown until an all-caps item asks
  auto emphasised = [&](const Item& it) {
    if (!IsAllCaps(text.substr(it.begin, it.end - it.begin))) return false;
    if (cap_diff < 0) cap_diff = HasLowercase(text.substr(sentence.begin, sentence.size())) ? 1 : 0;
    return cap_diff == 1;
  };

  double sum = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (!it.sentiment()) continue;
    if (it.roles & kNegator) {
      // A negator that is also a sentiment word ("no") counts only when it negates nothing:
      // "no problem" is mildly positive, not doubly negative.
      bool negates = false;
      for (size_t j = i + 1; j < items.size() && items[j].first_token - it.last_token <= 3; ++j) {
        if (items[j].sentiment()) negates = true;
      }
      if (negates) continue;
    }
    double v = it.valence;
    if (emphasised(it)) v += Sign(v) * k.caps;
    // The three tokens before the word: boosters add, negators flip. As in VADER, a position
    // held by another sentiment word modifies nothing. Emoticons are not words: nothing negates
    // or boosts ":)".
    for (size_t j = i; any_modifier && !(it.roles & kEmoticon) && j-- > 0;) {
      const Item& m = items[j];
      const uint32_t d = it.first_token - m.last_token;
      if (d > 3) break;
      if (d == 0 || (m.sentiment() && !(m.roles & kNegator))) continue;
      if (m.booster != 0) {
        double s = m.booster * Sign(v);
        if (emphasised(m)) s += Sign(v) * k.caps;
        v += s * (d == 1 ? 1.0 : d == 2 ? 0.95 : 0.9);
      }
      if (m.roles & kNegator) v *= k.negation;
    }
    if (contrast) {
      if (it.begin < contrast->begin) {
        v *= k.before_contrast;
      } else if (it.begin > contrast->begin) {
        v *= k.after_contrast;
      }
    }
    sum += v;
  }
  if (sum == 0) return 0;
  // Exclamation marks (up to 4) and repeated question marks push the score further out.
  // PERF: a loop over every byte of the sentence cost ~6 instr/byte of tone's ~70; the marks
  // are rare, so memchr jumps from one to the next.
  const std::string_view s = text.substr(sentence.begin, sentence.end - sentence.begin);
  const int excl = CountByte(s, '!'), quest = CountByte(s, '?');
  double amp = std::min(excl, 4) * k.exclamation;
  if (quest > 1) amp += quest <= 3 ? quest * k.question : 0.96;
  sum += Sign(sum) * amp;
  return Normalize(sum, k.alpha);
}

}  // namespace sw::tone
