// SPDX-License-Identifier: MIT
#include "text/words.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Classes of 16 ASCII bytes as bit masks (bit k for p[k]); `high` marks bytes >= 0x80, for
// which the other masks are 0.
struct AsciiMasks {
  uint32_t high = 0, alnum = 0, joiner = 0, numsep = 0, digit = 0;

  static AsciiMasks Of(const unsigned char* p) {
    AsciiMasks m;
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto set = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
    // A range test is one add and one signed compare: the add moves the range to the bottom of
    // the signed bytes. Bytes >= 0x80 land outside every range.
    const __m128i digit = _mm_cmpgt_epi8(set(-128 + 10), _mm_add_epi8(v, set(0x80 - '0')));
    const __m128i letter = _mm_cmpgt_epi8(set(-128 + 26), _mm_add_epi8(_mm_or_si128(v, set(0x20)), set(0x80 - 'a')));
    const __m128i joiner = _mm_or_si128(_mm_cmpeq_epi8(v, set('\'')), _mm_cmpeq_epi8(v, set('-')));
    const __m128i numsep = _mm_cmpeq_epi8(_mm_or_si128(v, set(0x02)), set('.'));  // ',' is '.' - 2
    m.high = static_cast<uint32_t>(_mm_movemask_epi8(v));
    m.digit = static_cast<uint32_t>(_mm_movemask_epi8(digit));
    m.alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    m.joiner = static_cast<uint32_t>(_mm_movemask_epi8(joiner));
    m.numsep = static_cast<uint32_t>(_mm_movemask_epi8(numsep));
#else
    for (int k = 0; k < 16; ++k) {
      const uint8_t kind = kAscii[p[k]];
      m.high |= static_cast<uint32_t>(kind == kHigh) << k;
      m.alnum |= static_cast<uint32_t>(kind == kAlnum) << k;
      m.joiner |= static_cast<uint32_t>(kind == kJoiner) << k;
      m.numsep |= static_cast<uint32_t>(kind == kNumSep) << k;
      m.digit |= static_cast<uint32_t>(p[k] >= '0' && p[k] <= '9') << k;
    }
#endif
    return m;
  }
};

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// What a block needs to know of the byte on either side of it, in one load: bit 0 a letter or
// digit, bit 1 a digit, bit 2 not ASCII.
enum EdgeBit : uint8_t { kEdgeAlnum = 1, kEdgeDigit = 2, kEdgeHigh = 4 };
constexpr std::array<uint8_t, 256> MakeEdgeTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<uint8_t>((kAscii[c] == kAlnum ? kEdgeAlnum : 0) | (c >= '0' && c <= '9' ? kEdgeDigit : 0) |
                                (c >= 0x80 ? kEdgeHigh : 0));
  }
  return t;
}
constexpr std::array<uint8_t, 256> kEdge = MakeEdgeTable();

// Without -mpopcnt (the baseline x86-64 target) __builtin_popcount is a library call.
constexpr std::array<uint8_t, 256> MakePopcount8() {
  std::array<uint8_t, 256> t{};
  for (int v = 0; v < 256; ++v) t[v] = static_cast<uint8_t>((v & 1) + (v >> 1 & 1) + (v >> 2 & 1) + (v >> 3 & 1) +
                                                             (v >> 4 & 1) + (v >> 5 & 1) + (v >> 6 & 1) + (v >> 7 & 1));
  return t;
}
constexpr std::array<uint8_t, 256> kPopcount8 = MakePopcount8();

inline uint32_t Popcount64(uint64_t v) {  // the classic bit-slice count, for the same reason
  v = v - ((v >> 1) & 0x5555555555555555ull);
  v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
  v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<uint32_t>((v * 0x0101010101010101ull) >> 56);
}

// ’ and ‘ are how word processors spell the apostrophe ("Xi’an", Uzbek "o‘zbek"); the Unicode
// hyphens U+2010/U+2011 come from typeset PDFs. An en dash stays a separator ("2023–2025").
inline bool IsJoinerCp(uint32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x2010 || cp == 0x2011;
}

// PERF: Cyrillic, Greek and Arabic letters are two bytes, CJK three; decoding those inline and
// looking them up in the BMP table without a call per character doubles the speed on Russian.
// Anything unusual (four bytes, malformed) goes to DecodeAt/ClassifyChar.
inline CharClass ClassifyAt(std::string_view text, size_t i, const BmpClasses* bmp, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const size_t avail = text.size() - i;
  if (s[0] >= 0xC2 && s[0] <= 0xDF && avail >= 2 && (s[1] & 0xC0) == 0x80) {
    *len = 2;
    return (*bmp)[((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu)];
  }
  if (s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED && avail >= 3 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    *len = 3;
    return (*bmp)[((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu)];
  }
  return ClassifyChar(DecodeAt(text, i, len));
}

// Whether a word character starts at text[i].
inline bool WordStartsAt(std::string_view text, size_t i, const BmpClasses* bmp) {
  if (i >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kAscii[c] == kAlnum;
  int len = 1;
  return ClassifyAt(text, i, bmp, &len) == CharClass::kWord;
}

// One step of the scan from text[i], where no token is open (i is at a token's first character
// or between tokens): calls sink(begin, end) for the token that starts at or after i, if it
// starts with the character at i, and returns where the next step begins.
template <typename Sink>
inline size_t ScanStep(std::string_view text, size_t i, const BmpClasses* bmp, Sink&& sink) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const uint8_t kind = kAscii[s[i]];
  const size_t start = i;
  if (kind == kAlnum) {
    ++i;
  } else if (kind != kHigh) {
    return i + 1;
  } else {
    int len = 1;
    const CharClass cls = ClassifyAt(text, i, bmp, &len);
    i += static_cast<size_t>(len);
    if (cls == CharClass::kCjk) {
      sink(start, i);
      return i;
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
      return i;
    }
    if (cls != CharClass::kWord) return i;
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
  return i;
}

// Calls sink(begin, end) for each token in order, a character at a time: the reference the
// block path of Tokenize is tested against.
template <typename Sink>
inline void ScanWords(std::string_view text, Sink&& sink) {
  const BmpClasses* bmp = BmpClassTable();
  for (size_t i = 0; i < text.size();) i = ScanStep(text, i, bmp, sink);
}

}  // namespace

// The token bytes of a block of `width` <= 32 bytes (bit k for byte k) from its class masks and
// those of the bytes on either side.
inline uint64_t TokenBytes(uint64_t alnum, uint64_t digit, uint64_t joiner, uint64_t numsep, uint64_t a_before,
                           uint64_t d_before, uint64_t a_after, uint64_t d_after, size_t width) {
  const uint64_t a_prev = (alnum << 1) | a_before, a_next = (alnum >> 1) | (a_after << (width - 1));
  const uint64_t d_prev = (digit << 1) | d_before, d_next = (digit >> 1) | (d_after << (width - 1));
  return (alnum | (joiner & a_prev & a_next) | (numsep & d_prev & d_next)) & ((uint64_t{1} << width) - 1);
}

// PERF: tokenising ran a table load and a branch per byte (~11 instr/byte of tone's ~90). On
// all-ASCII stretches the bytes that belong to a token are now found 32 at a time (16 next to
// non-ASCII text), by the rule ScanStep follows: a letter or digit; a joiner between two of them;
// '.' or ',' between two digits. The one byte on each side of the block takes part, so it must be
// ASCII too. Each maximal run of such bytes is one token: runs cannot touch (only Chinese and Thai
// tokens do), and a run starts with a letter or digit. A run that reaches the block's end stays
// open into the next block; if that block cannot be done this way, ScanStep takes the token again
// from its start. At 16 bytes a block the work per block (neighbour bytes, the open token) was
// most of the cost; 32 halves it. Runs pair off as start and end bit masks, and spans go through
// a pointer into room made once per block, not through push_back's check per token.
// WordTokenizer.BlockPathMatchesScalar checks the block path against TokenizeScalar.
void Tokenize(std::string_view text, std::vector<sw::Span>& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const BmpClasses* bmp = BmpClassTable();
  // A block of 32 bytes holds at most 16 runs, plus the end of a token left open before it.
  constexpr size_t kBlockRoom = 17;
  out.resize(n / 6 + kBlockRoom);
  sw::Span* w = out.data();
  sw::Span* room_end = out.data() + out.size();
  auto make_room = [&out, &w, &room_end](size_t k) {
    if (static_cast<size_t>(room_end - w) >= k) return;
    const size_t used = static_cast<size_t>(w - out.data());
    out.resize(2 * out.size() + k);
    w = out.data() + used;
    room_end = out.data() + out.size();
  };
  auto sink = [&w](size_t begin, size_t end) {
    *w++ = sw::Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  };
  constexpr size_t kNone = ~size_t{0};
  size_t open = kNone;  // where a token began that the last block ended inside
  // Emits the runs of `in`, the token bytes of the block of `width` bytes at i.
  auto runs = [&](uint64_t in, size_t i, size_t width) {
    const uint64_t full = (uint64_t{1} << width) - 1;
    // Bit k of starts is a run's first byte, bit k of ends its last; they pair off in order.
    uint64_t starts = in & ~(in << 1), ends = in & ~(in >> 1);
    if (open != kNone) {
      // The token the last block left open goes on over this block's first run.
      if (in == full) return;
      if (in & 1) {
        sink(open, i + static_cast<size_t>(__builtin_ctzll(ends)) + 1);
        starts &= starts - 1;
        ends &= ends - 1;
      } else {
        sink(open, i);
      }
      open = kNone;
    }
    if (in >> (width - 1)) {  // the last run stays open
      const int begin = 63 - __builtin_clzll(starts);
      open = i + static_cast<size_t>(begin);
      starts ^= uint64_t{1} << begin;
      ends ^= uint64_t{1} << (width - 1);
    }
    const auto base = static_cast<uint32_t>(i);  // spans are 32-bit: no widening per token
    while (starts != 0) {
      *w++ = sw::Span{base + static_cast<uint32_t>(__builtin_ctzll(starts)),
                      base + static_cast<uint32_t>(__builtin_ctzll(ends)) + 1};
      starts &= starts - 1;
      ends &= ends - 1;
    }
  };
  size_t i = 0;
  while (i < n) {
    const uint32_t before = i > 0 ? kEdge[s[i - 1]] : 0;
    if ((before & kEdgeHigh) == 0) {
      uint64_t a_before = before & kEdgeAlnum, d_before = (before & kEdgeDigit) >> 1;
      // PERF: consecutive blocks pass the byte before on in registers, and the byte after is
      // only looked at when a joiner or separator ends the block: no other rule reaches past it.
      while (i + 33 <= n) {
        const AsciiMasks lo = AsciiMasks::Of(s + i), hi = AsciiMasks::Of(s + i + 16);
        if ((lo.high | hi.high) != 0) break;
        const uint64_t alnum = lo.alnum | uint64_t{hi.alnum} << 16, digit = lo.digit | uint64_t{hi.digit} << 16;
        const uint64_t joiner = lo.joiner | uint64_t{hi.joiner} << 16;
        const uint64_t numsep = lo.numsep | uint64_t{hi.numsep} << 16;
        uint64_t a_after = 0, d_after = 0;
        if (((joiner | numsep) >> 31) != 0) {
          const uint32_t after = kEdge[s[i + 32]];
          if ((after & kEdgeHigh) != 0) break;
          a_after = after & kEdgeAlnum;
          d_after = (after & kEdgeDigit) >> 1;
        }
        make_room(kBlockRoom);
        runs(TokenBytes(alnum, digit, joiner, numsep, a_before, d_before, a_after, d_after, 32), i, 32);
        a_before = alnum >> 31;
        d_before = digit >> 31;
        i += 32;
      }
      if (i + 33 > n) {
        // PERF: the last bytes of a text are a block of their own, padded with spaces (the end of
        // the text ends a token just as a space does), so that ScanStep need not take them.
        unsigned char tail[32];
        std::memset(tail, ' ', sizeof tail);
        std::memcpy(tail, s + i, n - i);
        const AsciiMasks lo = AsciiMasks::Of(tail), hi = AsciiMasks::Of(tail + 16);
        if ((lo.high | hi.high) == 0) {
          make_room(kBlockRoom);
          runs(TokenBytes(lo.alnum | uint64_t{hi.alnum} << 16, lo.digit | uint64_t{hi.digit} << 16,
                          lo.joiner | uint64_t{hi.joiner} << 16, lo.numsep | uint64_t{hi.numsep} << 16, a_before,
                          d_before, 0, 0, 32),
               i, 32);
          if (open != kNone) sink(open, n);  // a token that ends the text
          break;
        }
      }
      // Where 32 bytes cannot be done, maybe 16 can. A block needs the byte after it (so
      // i + 17 <= n), hence the loop never ends with a token open: the last step is ScanStep's.
      if (i + 17 <= n) {
        const AsciiMasks lo = AsciiMasks::Of(s + i);
        const uint32_t after = kEdge[s[i + 16]];
        if ((lo.high | (after & kEdgeHigh)) == 0) {
          make_room(kBlockRoom);
          runs(TokenBytes(lo.alnum, lo.digit, lo.joiner, lo.numsep, a_before, d_before, after & kEdgeAlnum,
                          (after & kEdgeDigit) >> 1, 16),
               i, 16);
          i += 16;
          continue;
        }
      }
    }
    if (open != kNone) {  // ScanStep takes the open token again from its start
      i = open;
      open = kNone;
    }
    make_room(1);
    i = ScanStep(text, i, bmp, sink);
  }
  out.resize(static_cast<size_t>(w - out.data()));
}

void TokenizeScalar(std::string_view text, std::vector<sw::Span>& out) {
  out.clear();
  ScanWords(text, [&out](size_t begin, size_t end) {
    out.push_back(sw::Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  });
}

// PERF: counting ran over every byte of every document as a second full tokenisation. It now
// counts token starts, which can be decided locally: a character starts a token unless the
// token before it extends over it. ScanWords extends a token over word characters, over a
// joiner between two word characters and over '.' or ',' between two ASCII digits; Chinese
// characters are tokens of their own and a Thai (no-space) run is one token. IsStartAt states
// exactly that, and on all-ASCII stretches the same rule is evaluated on 16 bytes at once with
// bit masks. text_invariants_test checks the count against Tokenize.
namespace {

inline bool WordCharAt(std::string_view text, size_t i, const BmpClasses* bmp) { return WordStartsAt(text, i, bmp); }

// Whether the word character ending just before text[i] exists (a word character of any script).
inline bool WordCharBefore(std::string_view text, size_t i, const BmpClasses* bmp) {
  if (i == 0) return false;
  const auto c = static_cast<unsigned char>(text[i - 1]);
  if (c < 0x80) return kAscii[c] == kAlnum;
  size_t b = i - 1;
  while (b > 0 && i - b < 4 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return WordCharAt(text, b, bmp);
}

// The start of the character ending just before text[i].
inline size_t CharBefore(std::string_view text, size_t i) {
  size_t b = i - 1;
  while (b > 0 && i - b < 4 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return b;
}

// Whether ScanWords begins a token at text[i] (a character boundary); *len is the character's
// byte length.
bool IsStartAt(std::string_view text, size_t i, const BmpClasses* bmp, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  CharClass cls;
  if (s[i] < 0x80) {
    *len = 1;
    if (kAscii[s[i]] != kAlnum) return false;
    cls = CharClass::kWord;
  } else {
    cls = ClassifyAt(text, i, bmp, len);
  }
  if (cls == CharClass::kOther) return false;
  if (cls == CharClass::kCjk) return true;
  if (i == 0) return true;
  const size_t p = CharBefore(text, i);
  if (cls == CharClass::kNoSpace) {
    int plen = 1;
    return s[p] < 0x80 || ClassifyAt(text, p, bmp, &plen) != CharClass::kNoSpace;
  }
  // A word character: does the token before extend over it?
  if (WordCharAt(text, p, bmp)) return false;
  if (s[p] < 0x80) {
    const uint8_t k = kAscii[s[p]];
    if (k == kJoiner) return !WordCharBefore(text, p, bmp);
    if (k == kNumSep) return !(p > 0 && IsDigit(s[p - 1]) && IsDigit(s[i]));
    return true;
  }
  int plen = 1;
  if (IsJoinerCp(DecodeAt(text, p, &plen))) return !WordCharBefore(text, p, bmp);
  return true;
}

}  // namespace

uint32_t CountWords(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const BmpClasses* bmp = BmpClassTable();
  uint32_t count = 0;
  size_t i = 0;
  while (i < n) {
    // PERF: sixty-four bytes at a time where they are all ASCII: the masks of four blocks are
    // joined, so the shifts and tests that find word starts run once per 64 bytes, not per 16.
    if (i >= 2 && i + 64 <= n && s[i - 1] < 0x80 && s[i - 2] < 0x80) {
      const AsciiMasks b0 = AsciiMasks::Of(s + i), b1 = AsciiMasks::Of(s + i + 16);
      const AsciiMasks b2 = AsciiMasks::Of(s + i + 32), b3 = AsciiMasks::Of(s + i + 48);
      auto join = [](uint32_t m0, uint32_t m1, uint32_t m2, uint32_t m3) {
        return uint64_t{m0} | uint64_t{m1} << 16 | uint64_t{m2} << 32 | uint64_t{m3} << 48;
      };
      if (join(b0.high, b1.high, b2.high, b3.high) == 0) {
        const uint64_t a1 = kAscii[s[i - 1]] == kAlnum, a2 = kAscii[s[i - 2]] == kAlnum;
        const uint64_t j1 = kAscii[s[i - 1]] == kJoiner, n1 = kAscii[s[i - 1]] == kNumSep;
        const uint64_t d1 = IsDigit(s[i - 1]), d2 = IsDigit(s[i - 2]);
        const uint64_t a = join(b0.alnum, b1.alnum, b2.alnum, b3.alnum);
        const uint64_t d = join(b0.digit, b1.digit, b2.digit, b3.digit);
        const uint64_t j = join(b0.joiner, b1.joiner, b2.joiner, b3.joiner);
        const uint64_t ns = join(b0.numsep, b1.numsep, b2.numsep, b3.numsep);
        const uint64_t a_1 = (a << 1) | a1, j_1 = (j << 1) | j1, n_1 = (ns << 1) | n1;
        const uint64_t a_2 = (a << 2) | (a1 << 1) | a2, d_2 = (d << 2) | (d1 << 1) | d2;
        const uint64_t starts = a & ~a_1 & ~(j_1 & a_2) & ~(n_1 & d_2 & d);
        count += Popcount64(starts);
        i += 64;
        continue;
      }
    }
    if (i >= 2 && i + 16 <= n && s[i - 1] < 0x80 && s[i - 2] < 0x80) {
      const AsciiMasks b = AsciiMasks::Of(s + i);
      if (b.high == 0) {
        // Bit k stands for s[i + k]; the two bytes before the block shift in from below.
        const uint32_t a1 = kAscii[s[i - 1]] == kAlnum, a2 = kAscii[s[i - 2]] == kAlnum;
        const uint32_t j1 = kAscii[s[i - 1]] == kJoiner, n1 = kAscii[s[i - 1]] == kNumSep;
        const uint32_t d1 = IsDigit(s[i - 1]), d2 = IsDigit(s[i - 2]);
        const uint32_t a = b.alnum, d = b.digit;
        const uint32_t a_1 = (a << 1) | a1, j_1 = (b.joiner << 1) | j1, n_1 = (b.numsep << 1) | n1;
        const uint32_t a_2 = (a << 2) | (a1 << 1) | a2, d_2 = (d << 2) | (d1 << 1) | d2;
        const uint32_t starts = a & ~a_1 & ~(j_1 & a_2) & ~(n_1 & d_2 & d) & 0xFFFFu;
        count += kPopcount8[starts & 0xFF] + kPopcount8[starts >> 8];
        i += 16;
        continue;
      }
    }
    int len = 1;
    count += IsStartAt(text, i, bmp, &len);
    i += static_cast<size_t>(len);
  }
  return count;
}

}  // namespace sw::text
