// SPDX-License-Identifier: MIT
#include "match/canonical.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sw::match {
namespace {

enum : uint8_t { kCopy, kLower, kSpace };

struct Tables {
  std::array<uint8_t, 256> ascii{};
  std::array<bool, 256> plain{};  // ASCII copied as is or lower-cased: not space, '-' or '`'
  std::array<uint8_t, 256> lower_ascii{};
  std::array<uint8_t, 256> identity{};
  // Lower-case code point for every 2-byte code point U+0080..U+07FF, kept only when the
  // mapping stays within that range (so the UTF-8 length is unchanged).
  std::array<uint16_t, 0x800> lower2{};

  Tables() {
    for (int c = 0; c < 256; ++c) ascii[c] = kCopy;
    for (int c = 'A'; c <= 'Z'; ++c) ascii[c] = kLower;
    for (char c : {' ', '\t', '\n', '\r', '\v', '\f'}) ascii[static_cast<uint8_t>(c)] = kSpace;
    for (int c = 0; c < 256; ++c) {
      identity[c] = static_cast<uint8_t>(c);
      lower_ascii[c] = static_cast<uint8_t>(ascii[c] == kLower ? c + 32 : c);
      plain[c] = c < 0x80 && ascii[c] != kSpace && c != '-' && c != '`';
    }
    for (uint32_t cp = 0x80; cp < 0x800; ++cp) {
      UChar32 lo = u_tolower(static_cast<UChar32>(cp));
      lower2[cp] = (lo >= 0x80 && lo < 0x800) ? static_cast<uint16_t>(lo) : static_cast<uint16_t>(cp);
    }
    lower2[0x401] = 0x435;  // Ё → е: Russian texts write ё and е interchangeably
    lower2[0x451] = 0x435;
  }
};

const Tables& T() {
  static const Tables tables;
  return tables;
}

// What a 2- or 3-byte sequence becomes when it is not a plain copy.
enum class Special { kNone, kSpace, kDash, kApostrophe, kPlus, kDrop };

Special Classify2(uint32_t cp) {
  switch (cp) {
    case 0xA0: return Special::kSpace;
    case 0xAD: return Special::kDrop;
    case 0x2BB: case 0x2BC: return Special::kApostrophe;
    default: return Special::kNone;
  }
}

Special Classify3(uint32_t cp) {
  if (cp >= 0x2000 && cp <= 0x200A) return Special::kSpace;
  if (cp == 0x200B || cp == 0xFEFF) return Special::kDrop;
  if (cp >= 0x2010 && cp <= 0x2015) return Special::kDash;
  if (cp == 0x2018 || cp == 0x2019) return Special::kApostrophe;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000) return Special::kSpace;
  if (cp == 0x2212 || cp == 0xFF0D) return Special::kDash;  // minus sign, full-width hyphen-minus
  if (cp == 0xFF0B) return Special::kPlus;                   // full-width plus: "中亚五国＋1"
  return Special::kNone;
}

using Points = std::vector<std::pair<uint32_t, uint32_t>>;

template <bool kWithMap>
void Run(std::string_view text, std::string& out, Points* points, bool fold) {
  const Tables& t = T();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  // The scan text is never longer than the input: write through raw pointers and trim at the
  // end. This runs on every byte of every document.
  out.resize(n);
  char* o = out.data();
  if constexpr (kWithMap) {
    points->clear();
    points->emplace_back(0, 0);
  }
  size_t k = 0;
  uint32_t delta = 0;  // original offset - scan offset for the bytes being written
  bool last_space = false;
  bool after_dash = false;
  auto emit = [&](char c, size_t from) {
    if constexpr (kWithMap) {
      if (from - k != delta) {
        delta = static_cast<uint32_t>(from - k);
        // A dash that swallowed the space before it rewrites the last point's position.
        if (points->back().first == k) points->back().second = delta; else points->emplace_back(k, delta);
      }
    }
    o[k] = c;
    ++k;
    after_dash = false;
  };
  auto space = [&](size_t from) {
    if (!last_space && !after_dash) emit(' ', from);
    last_space = true;
  };
  // Spaces around a dash vanish: Russian writes "Азия – Китай", English "China–Central Asia",
  // and one pattern should match both.
  auto dash = [&](size_t from) {
    if (last_space && k > 0 && o[k - 1] == ' ') --k;
    last_space = false;
    emit('-', from);
    after_dash = true;
  };
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // PERF: English text is mostly letters, digits, punctuation and single spaces, which the
    // scan text keeps as they are (lower-cased). Sixteen such bytes are copied at once; the
    // block stops before the first byte that needs a rule (a control or line break, a dash, a
    // backtick, a byte >= 0x80, or a space that a space or dash before it swallows).
    if (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      auto set = [](char ch) { return _mm_set1_epi8(ch); };
      const __m128i ctl = _mm_and_si128(_mm_cmpgt_epi8(v, set('\t' - 1)), _mm_cmpgt_epi8(set('\r' + 1), v));
      const __m128i special = _mm_or_si128(ctl, _mm_or_si128(_mm_cmpeq_epi8(v, set('-')), _mm_cmpeq_epi8(v, set('`'))));
      const uint32_t sp = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, set(' '))));
      uint32_t bad = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(special, v)));  // v: bytes >= 0x80
      bad |= sp & ((sp << 1) | static_cast<uint32_t>(last_space || after_dash));
      const uint32_t take = bad ? static_cast<uint32_t>(__builtin_ctz(bad)) : 16u;
      if (take > 0) {
        if constexpr (kWithMap) {
          if (i - k != delta) {
            delta = static_cast<uint32_t>(i - k);
            if (points->back().first == k) points->back().second = delta; else points->emplace_back(k, delta);
          }
        }
        __m128i w = v;
        if (fold) {
          const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, set('A' - 1)), _mm_cmpgt_epi8(set('Z' + 1), v));
          w = _mm_add_epi8(v, _mm_and_si128(upper, set(0x20)));
        }
        // k <= i, so the 16 bytes fit in out (sized n); bytes past `take` are rewritten later.
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o + k), w);
        k += take;
        i += take;
        last_space = s[i - 1] == ' ';
        after_dash = false;
        continue;
      }
    }
#endif
    uint8_t c = s[i];
    if (c < 0x80 && t.plain[c]) {
      // PERF: the common case, a run of ASCII letters, digits and punctuation, copied (and
      // lower-cased) in a tight loop; within a run the offset difference cannot change.
      if constexpr (kWithMap) {
        if (i - k != delta) {
          delta = static_cast<uint32_t>(i - k);
          if (points->back().first == k) points->back().second = delta; else points->emplace_back(k, delta);
        }
      }
      last_space = false;
      after_dash = false;
      // Restrict-qualified locals: o is a char*, which may alias anything, and without them the
      // compiler reloads the tables and the text after every store.
      const uint8_t* __restrict lower = fold ? t.lower_ascii.data() : t.identity.data();
      const bool* __restrict plain = t.plain.data();
      const uint8_t* __restrict src = s;
      char* __restrict dst = o;
      size_t kk = k, ii = i;
      do {
        dst[kk++] = static_cast<char>(lower[c]);
        ++ii;
      } while (ii < n && (c = src[ii]) < 0x80 && plain[c]);
      k = kk;
      i = ii;
      continue;
    }
    if (c < 0x80) {
      uint8_t kind = t.ascii[c];
      if (kind == kSpace) {
        space(i);
      } else if (c == '-') {
        dash(i);
      } else {
        last_space = false;
        if (c == '`') c = '\'';
        emit(static_cast<char>(kind == kLower && fold ? c + 32 : c), i);
      }
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < n) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      Special sp = Classify2(cp);
      if (sp == Special::kSpace) {
        space(i);
      } else if (sp == Special::kApostrophe) {
        last_space = false;
        emit('\'', i);
      } else if (sp != Special::kDrop) {
        last_space = false;
        if (fold) cp = t.lower2[cp];
        emit(static_cast<char>(0xC0 | (cp >> 6)), i);
        emit(static_cast<char>(0x80 | (cp & 0x3F)), i + 1);
      }
      i += 2;
      continue;
    }
    if ((c & 0xF0) == 0xE0 && i + 2 < n) {
      uint32_t cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      Special sp = Classify3(cp);
      if (sp == Special::kSpace) {
        space(i);
      } else if (sp == Special::kDash) {
        dash(i);
      } else if (sp == Special::kApostrophe || sp == Special::kPlus) {
        last_space = false;
        emit(sp == Special::kPlus ? '+' : '\'', i);
      } else if (sp == Special::kNone) {
        last_space = false;
        emit(static_cast<char>(s[i]), i);
        emit(static_cast<char>(s[i + 1]), i + 1);
        emit(static_cast<char>(s[i + 2]), i + 2);
      }
      i += 3;
      continue;
    }
    // 4-byte sequences and anything malformed (repair runs first) are copied byte by byte.
    last_space = false;
    emit(static_cast<char>(c), i);
    ++i;
  }
  out.resize(k);
  if constexpr (kWithMap) {
    // The end of the scan text maps to the end of the original.
    if (n - k != delta) points->emplace_back(k, static_cast<uint32_t>(n - k));
  }
}

}  // namespace

void Canonicalize(std::string_view text, std::string& out, OffsetMap& map) {
  Run<true>(text, out, &map.points_, true);
}

void CanonicalizePattern(std::string_view text, std::string& out, bool fold_case) {
  // PERF: nearly every pattern (lexicon words, one-word aliases and terms) is ASCII with no byte
  // a rule rewrites (whitespace, '-', '`'): its canonical form is its (lower-cased) bytes, with
  // nothing to trim. Start-up canonicalises some 20,000 patterns.
  const Tables& t = T();
  if (std::all_of(text.begin(), text.end(), [&t](char c) { return t.plain[static_cast<uint8_t>(c)]; })) {
    out.assign(text);
    if (fold_case) {
      for (char& c : out) c = static_cast<char>(t.lower_ascii[static_cast<uint8_t>(c)]);
    }
    return;
  }
  Run<false>(text, out, nullptr, fold_case);
  const size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) {
    out.clear();
    return;
  }
  out.erase(out.find_last_not_of(' ') + 1);
  out.erase(0, b);
}

std::string CanonicalizePattern(std::string_view text, bool fold_case) {
  std::string out;
  CanonicalizePattern(text, out, fold_case);
  return out;
}

}  // namespace sw::match
