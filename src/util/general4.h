// SPDX-License-Identifier: MIT
// A double in printf's "%.4g" (four significant digits, trailing zeros dropped), as
// std::to_chars(first, last, v, std::chars_format::general, 4) writes it, byte for byte.
//
// PERF: the coding JSON holds about sixteen such numbers a document (area shares, the tone
// object), and libstdc++'s precision path took ~530 instructions a number: 3% of every coder's
// instructions on the bench corpus. Numbers from 1e-4 to 9999 (nearly all of ours) are scaled
// to four digits with one exact-power multiplication and rounded here; a number too close to a
// rounding tie for that to be safe, and everything else (0 excepted), goes to std::to_chars.
//
// Usage:
//   char buf[32];
//   char* end = sw::util::WriteGeneral4(buf, 0.04362);  // "0.04362"
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace sw::util {

/// Writes v at `p` (room for 32 bytes) and returns the end.
inline char* WriteGeneral4(char* p, double v) {
  const double a = std::fabs(v);
  if (v == 0 && !std::signbit(v)) {
    *p = '0';
    return p + 1;
  }
  if (!(a >= 1e-4 && a < 1e4)) return std::to_chars(p, p + 32, v, std::chars_format::general, 4).ptr;
  // x: the decimal exponent, 10^x <= a < 10^(x+1). A power of ten's double lies above the power
  // for every x used here, so the comparisons are exact for doubles.
  int x = -4;
  for (double bound : {1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3}) x += a >= bound;
  static constexpr double kScale[8] = {1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1e0};  // 10^(3 - x)
  // Exact powers of ten up to 1e7: the product is within half an ulp (about 1e-12) of a * 10^(3-x).
  const double s = a * kScale[x + 4];
  const double frac = s - std::floor(s);
  if (std::fabs(frac - 0.5) < 1e-6) return std::to_chars(p, p + 32, v, std::chars_format::general, 4).ptr;
  auto digits = static_cast<uint32_t>(s + 0.5);
  if (digits == 10000) {  // 9.9996 rounds up to 10.00: one more integer digit
    digits = 1000;
    ++x;
  }
  if (digits < 1000 || digits > 9999 || x > 3) {
    return std::to_chars(p, p + 32, v, std::chars_format::general, 4).ptr;
  }
  if (v < 0) *p++ = '-';
  const char d[4] = {static_cast<char>('0' + digits / 1000), static_cast<char>('0' + digits / 100 % 10),
                     static_cast<char>('0' + digits / 10 % 10), static_cast<char>('0' + digits % 10)};
  int last = 3;  // the last digit kept: trailing zeros of the fraction go
  if (x >= 0) {
    while (last > x && d[last] == '0') --last;
    for (int i = 0; i <= x; ++i) *p++ = d[i];
    if (last > x) {
      *p++ = '.';
      for (int i = x + 1; i <= last; ++i) *p++ = d[i];
    }
  } else {
    while (d[last] == '0') --last;  // d[0] is not '0'
    *p++ = '0';
    *p++ = '.';
    for (int i = x + 1; i < 0; ++i) *p++ = '0';
    for (int i = 0; i <= last; ++i) *p++ = d[i];
  }
  return p;
}

}  // namespace sw::util
