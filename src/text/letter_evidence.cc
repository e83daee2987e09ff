// SPDX-License-Identifier: MIT
#include "text/letter_evidence.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "text/lowercase.h"
#include "text/utf8.h"

namespace sw::text {
namespace {

// Which Cyrillic letters tell which language (lower case; capitals are folded first):
//   Tajik only:      ӣ ӯ ҷ                  Uzbek only:  ў (also Belarusian, which lacks қ ҳ ғ)
//   Kazakh only:     ә ұ, and і when no Ukrainian ї є ґ is present (і is also Ukrainian/Belarusian)
//   Kyrgyz:          ң ө ү without қ ғ ҳ (Kazakh has them too, but always with ә ұ і)
//   Tatar / Bashkir: җ ҡ ҙ ҫ - their presence means "not ours": leave CLD2's answer alone.
struct CyrillicCounts {
  int letters = 0;     // all Cyrillic letters
  int tajik = 0;       // ӣ ӯ ҷ
  int uzbek = 0;       // ў
  int kazakh = 0;      // ә ұ і
  int kyrgyz = 0;      // ң ө ү
  int qa_gha = 0;      // қ ғ
  int ha = 0;          // ҳ
  int tatar_bashkir = 0;
  int ukrainian = 0;   // ї є ґ
};

struct LatinCounts {
  int letters = 0;
  int uzbek_okina = 0;    // o' g' with any of ' ʻ ʼ ‘ ’ ` before a letter: o‘zbek, g‘alaba
  int turkmen = 0;        // ň ý
  int turkic_common = 0;  // ä ş ç ž ö ü: with ň ý, Turkmen rather than Czech
  int west_slavic = 0;    // ř ě ů č ľ ĺ ŕ ô: Czech and Slovak also write ň ý ž
};

bool IsOkina(uint32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x02BB || cp == 0x02BC || cp == 0x2018 || cp == 0x2019;
}

bool IsLatinLetter(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0x24F && cp != 0xF7);
}

// Folds the few capitals we count; everything else is compared in lower case already.
uint32_t Fold(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                  // А..Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;                  // Ѐ..Џ (incl. Ў, І)
  if (cp >= 0x490 && cp <= 0x4FF && cp % 2 == 0) return cp + 1;      // Ғ Қ Ң Ү Ұ Ҳ Ҷ Һ Ә Ӣ Ө Ӯ
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;      // À..Þ
  if (cp >= 0x100 && cp <= 0x17F) {                                   // Latin Extended-A pairs
    const bool odd_pairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_pairs ? cp % 2 == 1 : cp % 2 == 0) return cp + 1;
  }
  return cp;
}

// Uzbek words that English, Turkish or Turkmen text does not use as words.
constexpr std::array<std::string_view, 14> kUzbekWords = {
    "va", "bilan", "uchun", "hamda", "ushbu", "bo'yicha", "o'rtasida", "bo'lgan", "bo'lib",
    "etib", "qilib", "yilda", "esa", "deb"};

bool IsUzbekWord(std::string_view word) {
  return std::find(kUzbekWords.begin(), kUzbekWords.end(), word) != kUzbekWords.end();
}

void Count(std::string_view text, CyrillicCounts& cyr, LatinCounts& lat) {
  uint32_t prev = 0;
  size_t i = 0;
  while (i < text.size()) {
    int len = 1;
    const auto byte = static_cast<unsigned char>(text[i]);
    const uint32_t cp = byte < 0x80 ? Fold(byte) : Fold(DecodeAt(text, i, &len));
    i += static_cast<size_t>(len);
    if (cp >= 'a' && cp <= 'z') {
      ++lat.letters;  // the common case, kept ahead of the switches below
    } else if (cp >= 0x400 && cp <= 0x4FF) {
      ++cyr.letters;
      switch (cp) {
        case 0x4E3: case 0x4EF: case 0x4B7: ++cyr.tajik; break;
        case 0x45E: ++cyr.uzbek; break;
        case 0x4D9: case 0x4B1: case 0x456: ++cyr.kazakh; break;
        case 0x4A3: case 0x4E9: case 0x4AF: ++cyr.kyrgyz; break;
        case 0x49B: case 0x493: ++cyr.qa_gha; break;
        case 0x4B3: ++cyr.ha; break;
        case 0x497: case 0x4A1: case 0x499: case 0x4AB: ++cyr.tatar_bashkir; break;
        case 0x457: case 0x454: case 0x491: ++cyr.ukrainian; break;
        default: break;
      }
    } else if (IsLatinLetter(cp)) {
      ++lat.letters;
      switch (cp) {
        case 0x148: case 0xFD: ++lat.turkmen; break;
        case 0xE4: case 0x15F: case 0xE7: case 0x17E: case 0xF6: case 0xFC:
          ++lat.turkic_common;
          break;
        case 0x159: case 0x11B: case 0x16F: case 0x10D: case 0x13E: case 0x13A: case 0x155:
        case 0xF4:
          ++lat.west_slavic;
          break;
        default: break;
      }
    } else if (IsOkina(cp) && (prev == 'o' || prev == 'g') && i < text.size() &&
               IsLatinLetter(Fold(DecodeAt(text, i, nullptr)))) {
      ++lat.uzbek_okina;
    }
    prev = cp;
  }
}

// A second pass, run only when the okina count already points at Uzbek: building words costs
// more than counting letters, and most documents never need it.
int CountUzbekWords(std::string_view text) {
  int found = 0;
  std::string word;  // folded, every okina-like mark spelled '
  size_t i = 0;
  while (i <= text.size()) {
    int len = 1;
    const uint32_t cp = i < text.size() ? Fold(DecodeAt(text, i, &len)) : ' ';
    i += static_cast<size_t>(len);
    if (IsLatinLetter(cp)) {
      AppendUtf8(cp, word);
    } else if (IsOkina(cp) && !word.empty()) {
      word.push_back('\'');
    } else {
      if (!word.empty() && IsUzbekWord(word)) ++found;
      word.clear();
    }
  }
  return found;
}

// Evidence must be a real share of the letters, so that a Russian report quoting one Kazakh
// name ("Нұр-Сұлтан") stays Russian: at least 3 letters and 1.5% of the script's letters.
bool Enough(int count, int letters) { return count >= 3 && count * 200 >= letters * 3; }

bool Is(const char* detected, const char* code) { return std::strcmp(detected, code) == 0; }

const char* FromCyrillic(const CyrillicCounts& c, const char* detected) {
  // Tatar, Bashkir and Mongolian share ң ө ү ә with our languages; CLD2 tells them apart better.
  if (c.tatar_bashkir > 0 || Is(detected, "tt") || Is(detected, "ba") || Is(detected, "mn")) {
    return detected;
  }
  if (Enough(c.tajik, c.letters)) return "tg";
  if (Enough(c.uzbek, c.letters) && c.qa_gha + c.ha > 0) return "uz";
  if (c.ukrainian == 0 && Enough(c.kazakh, c.letters) && c.qa_gha + c.kyrgyz > 0) return "kk";
  if (Enough(c.kyrgyz, c.letters) && c.qa_gha + c.ha + c.kazakh == 0) return "ky";
  // ҳ with қ/ғ but neither ў nor ӣ ӯ ҷ: Uzbek or Tajik; trust CLD2 if it chose one of them.
  if (Enough(c.ha + c.qa_gha, c.letters) && !Is(detected, "tg") && !Is(detected, "uz")) {
    return c.ha > 0 ? "uz" : detected;
  }
  return detected;
}

const char* FromLatin(std::string_view text, const LatinCounts& c, const char* detected) {
  if (!Is(detected, "uz") && c.uzbek_okina >= 2 && CountUzbekWords(text) >= 2) return "uz";
  if (!Is(detected, "tk") && c.west_slavic == 0 && c.turkic_common > 0 &&
      Enough(c.turkmen, c.letters)) {
    return "tk";
  }
  return detected;
}

}  // namespace

const char* CorrectWithLetters(std::string_view sample, const char* detected) {
  CyrillicCounts cyr;
  LatinCounts lat;
  Count(sample, cyr, lat);
  if (cyr.letters >= 20 && cyr.letters >= lat.letters) return FromCyrillic(cyr, detected);
  if (lat.letters >= 20) return FromLatin(sample, lat, detected);
  return detected;
}

}  // namespace sw::text
