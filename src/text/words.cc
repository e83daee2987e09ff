// SPDX-License-Identifier: MIT
#include "text/words.h"

#include <array>

#include "text/char_class.h"
#include "text/utf8.h"

namespace sw::text {
namespace {

enum AsciiKind : uint8_t { kSep, kAlnum, kJoiner, kNumSep, kHigh };

// PERF: this runs over every byte of every document. English is ~97% ASCII, so one table load
// per byte decides almost everything; only bytes >= 0x80 pay for decoding and the BMP table.
constexpr std::array<uint8_t, 256> MakeAsciiTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) {
      t[c] = kHigh;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      t[c] = kAlnum;
    } else if (c == '\'' || c == '-') {
      t[c] = kJoiner;
    } else if (c == '.' || c == ',') {
      t[c] = kNumSep;
    } else {
      t[c] = kSep;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kAscii = MakeAsciiTable();

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// ’ and ‘ are how word processors spell the apostrophe ("Xi’an", Uzbek "o‘zbek"); the Unicode
// hyphens U+2010/U+2011 come from typeset PDFs. An en dash stays a separator ("2023–2025").
inline bool IsJoinerCp(uint32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x2010 || cp == 0x2011;
}

// PERF: Cyrillic, Greek and Arabic letters are two bytes, CJK three; decoding those inline and
// looking them up in the BMP table without a call per character doubles the speed on Russian.
// Anything unusual (four bytes, malformed) goes to DecodeAt/ClassifyChar.
inline CharClass ClassifyAt(std::string_view text, size_t i, const CharClass* bmp, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const size_t avail = text.size() - i;
  if (s[0] >= 0xC2 && s[0] <= 0xDF && avail >= 2 && (s[1] & 0xC0) == 0x80) {
    *len = 2;
    return bmp[((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu)];
  }
  if (s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED && avail >= 3 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    *len = 3;
    return bmp[((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu)];
  }
  return ClassifyChar(DecodeAt(text, i, len));
}

// Whether a word character starts at text[i].
inline bool WordStartsAt(std::string_view text, size_t i, const CharClass* bmp) {
  if (i >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kAscii[c] == kAlnum;
  int len = 1;
  return ClassifyAt(text, i, bmp, &len) == CharClass::kWord;
}

// Calls sink(begin, end) for each token in order. One template serves Tokenize and CountWords,
// so that the count can never disagree with the tokens.
template <typename Sink>
inline void ScanWords(std::string_view text, Sink&& sink) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const CharClass* bmp = BmpClassTable();
  size_t i = 0;
  while (i < n) {
    const uint8_t kind = kAscii[s[i]];
    const size_t start = i;
    if (kind == kAlnum) {
      ++i;
    } else if (kind != kHigh) {
      ++i;
      continue;
    } else {
      int len = 1;
      const CharClass cls = ClassifyAt(text, i, bmp, &len);
      i += static_cast<size_t>(len);
      if (cls == CharClass::kCjk) {
        sink(start, i);
        continue;
      }
      if (cls == CharClass::kNoSpace) {
        // Thai and its neighbours write no spaces between words; without a dictionary the best
        // we can do is to count a run as one token.
        while (i < n && s[i] >= 0x80) {
          const CharClass next = ClassifyAt(text, i, bmp, &len);
          if (next != CharClass::kNoSpace) break;
          i += static_cast<size_t>(len);
        }
        sink(start, i);
        continue;
      }
      if (cls != CharClass::kWord) continue;
    }
    // Inside a word: extend over letters/digits and inner joiners.
    while (i < n) {
      const uint8_t k = kAscii[s[i]];
      if (k == kAlnum) {
        ++i;
        continue;
      }
      if (k == kJoiner) {
        if (!WordStartsAt(text, i + 1, bmp)) break;
        ++i;
        continue;
      }
      if (k == kNumSep) {
        // "3.5" and "1,000" are one number, not two.
        if (!IsDigit(s[i - 1]) || i + 1 >= n || !IsDigit(s[i + 1])) break;
        ++i;
        continue;
      }
      if (k != kHigh) break;
      int len = 1;
      if (ClassifyAt(text, i, bmp, &len) == CharClass::kWord) {
        i += static_cast<size_t>(len);
        continue;
      }
      const uint32_t cp = DecodeAt(text, i, &len);
      if (IsJoinerCp(cp) && WordStartsAt(text, i + static_cast<size_t>(len), bmp)) {
        i += static_cast<size_t>(len);
        continue;
      }
      break;
    }
    sink(start, i);
  }
}

}  // namespace

void Tokenize(std::string_view text, std::vector<sw::Span>& out) {
  out.clear();
  ScanWords(text, [&out](size_t begin, size_t end) {
    out.push_back(sw::Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  });
}

uint32_t CountWords(std::string_view text) {
  uint32_t count = 0;
  ScanWords(text, [&count](size_t, size_t) { ++count; });
  return count;
}

}  // namespace sw::text
