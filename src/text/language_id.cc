// SPDX-License-Identifier: MIT
// CLD2 plus letter evidence.
//
// What this CLD2 build detects (Debian libcld2-0 0.0.197; see RecognizedLanguageScripts() and
// tests/unit/text/language_id_test.cc). Debian splits CLD2 in two: libcld2.so holds the code and
// the small "chrome" tables (83 languages, table date 20141016), libcld2_full.so only the full
// tables (table date 20140204; in the quadgram table alone ~150 language-script pairs). The full
// tables replace the small ones only by symbol interposition: libcld2_full.so must be a NEEDED
// entry *ahead of* libcld2.so. Both know Kazakh, Kyrgyz, Tajik (Cyrillic) and Uzbek (Cyrillic
// and Latin); only the full tables know Turkmen (Latin and Cyrillic), Tatar, Bashkir, Uighur and
// Mongolian in Cyrillic. The letter rules in letter_evidence.cc keep our five Central Asian
// answers right with either table set.
#include "text/language_id.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstring>

#include <cld2/internal/cld2tablesummary.h>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "text/letter_evidence.h"

namespace CLD2 {
// CLD2's quadgram table, defined by both libraries but declared in none of CLD2's headers.
// Referencing it also keeps libcld2_full.so linked: Debian's GCC passes --as-needed, which drops
// a shared library that resolves no undefined symbol, and then we would silently run on the
// small tables. libcld2_full.so precedes libcld2.so on the link line, so it resolves this one.
extern const CLD2TableSummary kQuad_obj;
}  // namespace CLD2

namespace sw::text {
namespace {

// PERF: CLD2 costs about 1 µs per 100 bytes, and a document rarely changes language after its
// first page; 4 KB is enough for a reliable answer on every language we track.
constexpr size_t kSampleBytes = 4096;

// CLD2 needs some text to score; below this many letter bytes its answer is a guess.
constexpr int kMinTextBytes = 16;

// CLD2's codes are ISO 639-1 where one exists, with a few legacy exceptions; languages without
// a two-letter code keep CLD2's three-letter code (ceb, haw, ...).
const char* ToIso(CLD2::Language lang) {
  switch (lang) {
    case CLD2::CHINESE:
    case CLD2::CHINESE_T: return "zh";  // "zh-Hant": we code content, not script variants
    case CLD2::HEBREW: return "he";     // CLD2 says "iw" (ISO 639-1 before 1989)
    case CLD2::JAVANESE: return "jv";   // "jw"
    case CLD2::MONTENEGRIN: return "sr";
    case CLD2::UNKNOWN_LANGUAGE:
    case CLD2::TG_UNKNOWN_LANGUAGE: return "und";
    default: break;
  }
  const char* code = CLD2::LanguageCode(lang);
  // Ext* calls can also name scripts ("xx-Cyrl") and joke languages ("tlh", "zzp").
  if (code == nullptr || std::strchr(code, '-') != nullptr || std::strncmp(code, "zz", 2) == 0 ||
      std::strcmp(code, "tlh") == 0 || std::strcmp(code, "un") == 0) {
    return "und";
  }
  return code;
}

}  // namespace

const char* DetectLanguage(std::string_view text) {
  size_t cut = text.size() < kSampleBytes ? text.size() : kSampleBytes;
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;  // do not split a character: CLD2 rejects invalid UTF-8
  }
  const std::string_view sample = text.substr(0, cut);
  if (sample.empty()) return "und";

  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  // The CheckUTF8 variant: the contract says repaired text, but a wrong answer beats a crash
  // if someone forgets.
  const CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true,
      &hints, /*flags=*/0, language3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix);

  const char* detected = reliable && text_bytes >= kMinTextBytes ? ToIso(top) : "und";
  return CorrectWithLetters(sample, detected);
}

const char* RecognizedLanguageScripts() { return CLD2::kQuad_obj.kRecognizedLangScripts; }

}  // namespace sw::text
