// SPDX-License-Identifier: MIT
#include "text/utf8.h"

#include <cstring>

#include <simdjson.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "text/char_class.h"

namespace sw::text {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed prefix of a sequence starting at s[0] (a non-ASCII byte), following
// Unicode's Table 3-7: the second byte's range depends on the lead byte, which rules out
// overlongs (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points past U+10FFFF
// (F4 90..). Returns the full length when the sequence is valid, else the length of the maximal
// invalid subpart, which the standard says becomes one U+FFFD (at least 1).
size_t ScanSequence(const unsigned char* s, size_t avail, bool* valid) {
  const unsigned char lead = s[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    *valid = false;  // 80..C1 (continuation or overlong lead) and F5..FF never start a character
    return 1;
  }
  size_t k = 1;
  if (k >= avail || s[k] < lo || s[k] > hi) {
    *valid = false;
    return 1;
  }
  for (++k; k < need; ++k) {
    if (k >= avail || s[k] < 0x80 || s[k] > 0xBF) {
      *valid = false;
      return k;
    }
  }
  *valid = true;
  return need;
}

// The first byte >= 0x80 in [p, end), or end; eight bytes at a time.
const char* FindNonAscii(const char* p, const char* end) {
  for (; p + 8 <= end; p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (p < end && static_cast<unsigned char>(*p) < 0x80) ++p;
  return p;
}

bool IsAscii(const std::string& text) {
  // PERF: OR eight bytes at a time; most English documents end here without touching ICU.
  const char* p = text.data();
  size_t n = text.size();
  uint64_t acc = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    acc |= word;
  }
  for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
  return (acc & 0x8080808080808080ULL) == 0;
}

}  // namespace

size_t RepairUtf8(std::string& text) {
  // simdjson validates at several GB/s; NUL is valid UTF-8 to it, so look for NUL separately.
  if (simdjson::validate_utf8(text.data(), text.size()) &&
      std::memchr(text.data(), 0, text.size()) == nullptr) {
    return 0;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::string out;
  out.reserve(n + 16);
  size_t fixes = 0;
  size_t run = 0;  // start of the pending run of good bytes, copied in one append
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      if (s[i] == 0) {
        out.append(text, run, i - run);
        ++fixes;
        run = ++i;
      } else {
        ++i;
      }
      continue;
    }
    bool valid = false;
    const size_t len = ScanSequence(s + i, n - i, &valid);
    if (valid) {
      i += len;
      continue;
    }
    out.append(text, run, i - run);
    out.append(kReplacement, 3);
    ++fixes;
    i += len;
    run = i;
  }
  out.append(text, run, n - run);
  text.swap(out);
  return fixes;
}

bool NormalizeNfc(std::string& text) {
  if (IsAscii(text)) return false;  // ASCII is always NFC
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;  // ICU data missing: leave the text as it came
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  // isNormalizedUTF8 is the UTF-8 quick check (a span of NFC_QC=Yes characters); nearly all
  // real text passes it, and then we neither allocate nor copy.
  // PERF: ICU walks every byte; English news is ASCII with a few dashes and quotes. ASCII is
  // NFC and never composes with what precedes it, so only the non-ASCII runs (with the one
  // character before each, which a combining mark could attach to) need the check.
  bool normal = true;
  const char* p = text.data();
  const char* end = p + text.size();
  while (normal && p < end) {
    const char* run = FindNonAscii(p, end);
    if (run == end) break;
    const char* stop = run;
    while (stop < end && static_cast<unsigned char>(*stop) >= 0x80) ++stop;
    const char* from = run > text.data() ? run - 1 : run;
    normal = nfc->isNormalizedUTF8(icu::StringPiece(from, static_cast<int32_t>(stop - from)), status);
    if (U_FAILURE(status)) return false;
    p = stop;
  }
  if (normal) return false;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  // normalizeUTF8 itself copies the already-normal spans as bytes and only recomposes around
  // the characters that fail the quick check.
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status) || out == text) return false;
  text.swap(out);
  return true;
}

uint32_t DecodeMultibyteAt(std::string_view text, size_t i, int* length) {
  // Valid UTF-8 is the contract, but a bad offset must not read past the end: answer U+FFFD
  // with length 1 for anything malformed so that callers always make progress.
  if (i >= text.size()) {
    if (length) *length = 0;
    return 0;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const unsigned char b0 = s[0];
  if (b0 < 0x80) {
    if (length) *length = 1;
    return b0;
  }
  bool valid = false;
  const size_t len = ScanSequence(s, text.size() - i, &valid);
  if (!valid) {
    if (length) *length = 1;
    return 0xFFFD;
  }
  if (length) *length = static_cast<int>(len);
  switch (len) {
    case 2: return ((b0 & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    case 3: return ((b0 & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    default:
      return ((b0 & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
             (s[3] & 0x3Fu);
  }
}

uint32_t DecodeMultibyteBefore(std::string_view text, size_t i) {
  if (i == 0 || i > text.size()) return 0;
  size_t start = i - 1;
  // Back over at most three continuation bytes to the lead byte.
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  int len = 0;
  const uint32_t cp = DecodeAt(text, start, &len);
  return start + static_cast<size_t>(len) == i ? cp : 0xFFFD;
}

bool IsNonAsciiWordChar(uint32_t cp) { return ClassifyChar(cp) == CharClass::kWord; }

}  // namespace sw::text
