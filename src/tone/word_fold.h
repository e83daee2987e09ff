// SPDX-License-Identifier: MIT
// Case folding and hashing of words for the tone index (tone/word_index.h), inline because they
// run for every word of every document.
//
// Usage:
//   FoldBytes(word, [&](char c) { buf[n++] = c; });   // folded bytes, one by one
//   uint64_t h = Hash(buf, n);                        // the words and emoticon tables' hash
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sw::tone {

constexpr uint64_t kFnvBasis = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
// The hash of the words and emoticon tables: eight bytes at a time, then MurmurHash3's
// finaliser, so every bit range (slot, tag, filter) is well mixed. Stems, which need the hash
// of every prefix, use FNV-1a instead.
inline uint64_t Hash(const char* p, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0xc4ceb9fe1a85ec53ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}
inline uint64_t Hash(std::string_view s) { return Hash(s.data(), s.size()); }

// Hash(p, n) for 1 <= n <= 16 bytes already in registers: v0 holds bytes 0..7 and v1 bytes
// 8..15, both zero beyond n (as the tail memcpy leaves them). Same value, no memory round trip.
inline uint64_t Hash16(uint64_t v0, uint64_t v1, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  if (n >= 8) {
    h = (h ^ v0) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
    if (n == 16) {
      h = (h ^ v1) * 0xff51afd7ed558ccdull;
      h ^= h >> 29;
    } else if (n > 8) {
      h = (h ^ v1) * 0xc4ceb9fe1a85ec53ull;
    }
  } else {
    h = (h ^ v0) * 0xc4ceb9fe1a85ec53ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Lower-cases eight ASCII bytes at once (every byte < 0x80, so the sums cannot carry).
inline uint64_t LowerAscii8(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t ge_a = v + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
  const uint64_t gt_z = v + kOnes * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return v | ((ge_a & ~gt_z & kOnes * 0x80) >> 2);
}

inline uint64_t FnvHash(std::string_view folded) {
  uint64_t h = kFnvBasis;
  for (unsigned char c : folded) h = (h ^ c) * kFnvPrime;
  return h;
}

constexpr std::array<char, 128> MakeLower() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}
constexpr std::array<char, 128> kLower = MakeLower();

// Folds s, handing each output byte to put(c). The fold is the matcher's for the scripts our
// lexicons use (match/canonical.h): ASCII, Latin-1 and Russian letters lower-cased, ё → е,
// typographic apostrophes and hyphens made ASCII, soft hyphens dropped.
template <typename Put>
inline void FoldBytes(std::string_view s, Put&& put) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      put(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    if (i + 1 < n && c >= 0xC2 && c <= 0xDF) {
      unsigned char a = c, b = p[i + 1];
      if (a == 0xD0 && b == 0x81) {
        b = 0xB5;  // Ё → е
      } else if (a == 0xD1 && b == 0x91) {
        a = 0xD0, b = 0xB5;  // ё → е
      } else if (a == 0xD0 && b >= 0x90 && b <= 0x9F) {
        b += 0x20;  // А..П
      } else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) {
        a = 0xD1, b -= 0x20;  // Р..Я
      } else if (a == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97) {
        b += 0x20;  // Latin-1 capitals
      } else if (a == 0xC2 && b == 0xAD) {
        i += 2;  // soft hyphen
        continue;
      } else if (a == 0xCA && (b == 0xBB || b == 0xBC)) {
        put('\'');
        i += 2;
        continue;
      }
      put(static_cast<char>(a));
      put(static_cast<char>(b));
      i += 2;
      continue;
    }
    if (i + 2 < n && c == 0xE2 && p[i + 1] == 0x80) {
      const unsigned char d = p[i + 2];
      if (d == 0x98 || d == 0x99) {
        put('\'');
        i += 3;
        continue;
      }
      if (d == 0x90 || d == 0x91) {
        put('-');
        i += 3;
        continue;
      }
    }
    put(static_cast<char>(c));
    ++i;
  }
}

// Folds into out (appending) and returns the words-table hash of the whole of out.
inline uint64_t Fold(std::string_view s, std::string& out) {
  FoldBytes(s, [&](char c) { out.push_back(c); });
  return Hash(out);
}

}  // namespace sw::tone
