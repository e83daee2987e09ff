// SPDX-License-Identifier: MIT
#include "util/general4.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>

namespace {

std::string Ours(double v) {
  char buf[32];
  return std::string(buf, sw::util::WriteGeneral4(buf, v));
}

std::string Reference(double v) {
  char buf[32];
  return std::string(buf, std::to_chars(buf, buf + 32, v, std::chars_format::general, 4).ptr);
}

TEST(General4Test, KnownValues) {
  EXPECT_EQ(Ours(0.254), "0.254");
  EXPECT_EQ(Ours(2.034), "2.034");
  EXPECT_EQ(Ours(0.04362), "0.04362");
  EXPECT_EQ(Ours(295), "295");
  EXPECT_EQ(Ours(-1.5), "-1.5");
  EXPECT_EQ(Ours(0.0), "0");
  EXPECT_EQ(Ours(-0.0), "-0");
  EXPECT_EQ(Ours(1.0), "1");
  EXPECT_EQ(Ours(9999.6), "1e+04");
  EXPECT_EQ(Ours(0.99996), "1");
  EXPECT_EQ(Ours(0.00012345), "0.0001234");  // 0.00012345 is a little below the tie in binary
  EXPECT_EQ(Ours(0.00001), "1e-05");
  EXPECT_EQ(Ours(1.0 / 3), "0.3333");
}

// Ties and near-ties in decimal, both sides of every decimal exponent the fast path takes, and
// the values around where it hands over to std::to_chars.
TEST(General4Test, MatchesToCharsAtEdges) {
  for (int e = -6; e <= 5; ++e) {
    for (double mantissa : {1.0, 1.0005, 1.00049999, 1.00050001, 1.2345, 2.5, 9.9995, 9.99949, 9.99951, 9.9999, 5.0}) {
      for (double sign : {1.0, -1.0}) {
        const double v = sign * mantissa * std::pow(10.0, e);
        for (double w : {v, std::nextafter(v, 0.0), std::nextafter(v, 1e300)}) EXPECT_EQ(Ours(w), Reference(w)) << w;
      }
    }
  }
  for (double v : {1e-4, 1e4, 9999.5, 9999.49, 0.99995, 0.099995, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(),
                   std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max()}) {
    EXPECT_EQ(Ours(v), Reference(v)) << v;
  }
}

// Random doubles across the magnitudes the coder writes, and short decimals (which sit on ties
// far more often than random doubles do).
TEST(General4Test, MatchesToCharsOnRandomValues) {
  std::mt19937_64 rng(20261129);
  std::uniform_real_distribution<double> exponent(-7.0, 6.0);
  std::uniform_int_distribution<int> decimal(0, 999999);
  int mismatches = 0;
  for (int i = 0; i < 2'000'000; ++i) {
    double v = std::pow(10.0, exponent(rng));
    if (i % 2) v = decimal(rng) / std::pow(10.0, i % 9);  // 0.12345, 12.345, ...
    if (i % 3 == 0) v = -v;
    if (Ours(v) != Reference(v) && ++mismatches <= 5) ADD_FAILURE() << v << ": " << Ours(v) << " vs " << Reference(v);
  }
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
