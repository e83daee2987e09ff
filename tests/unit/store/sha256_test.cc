// SPDX-License-Identifier: MIT
// SHA-256 against the FIPS 180-4 examples, and the content hash's sensitivity to each field.
#include "store/sha256.h"

#include <gtest/gtest.h>

#include "store/content_hash.h"

namespace {

std::string Hash(std::string_view s) {
  sw::store::Sha256 h;
  h.Update(s);
  return sw::store::ToHex(h.Finish());
}

TEST(Sha256, MatchesTheStandardExamples) {
  EXPECT_EQ(Hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, StreamingInPiecesEqualsOneUpdate) {
  // A million 'a's fed in uneven pieces: the standard's long-message example.
  sw::store::Sha256 h;
  const std::string piece(997, 'a');
  size_t left = 1000000;
  while (left) {
    const size_t n = std::min(left, piece.size());
    h.Update(std::string_view(piece).substr(0, n));
    left -= n;
  }
  EXPECT_EQ(sw::store::ToHex(h.Finish()), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(ContentHash, EveryFieldCountsAndFieldsCannotRunTogether) {
  summitwatch::Document a;
  a.id = "x";
  a.text = "Astana.";
  const std::string base = sw::store::ContentHash(a);
  EXPECT_EQ(base.size(), 64u);
  EXPECT_EQ(sw::store::ContentHash(a), base);
  auto changed = [&](auto edit) {
    summitwatch::Document b = a;
    edit(b);
    return sw::store::ContentHash(b) != base;
  };
  EXPECT_TRUE(changed([](auto& d) { d.text += " "; }));
  EXPECT_TRUE(changed([](auto& d) { d.country = "KAZ"; }));
  EXPECT_TRUE(changed([](auto& d) { d.issuer = {"KAZ"}; }));
  EXPECT_TRUE(changed([](auto& d) { d.date = "2023-01-01"; }));
  // "x" + "Astana." must not equal "xA" + "stana.".
  EXPECT_TRUE(changed([](auto& d) {
    d.id = "xA";
    d.text = "stana.";
  }));
}

// The content hash is a contract: stores key documents by it across builds. These values were
// computed independently (Python's hashlib over the same length-prefixed serialisation) and
// match the keys written by the earlier portable implementation.
TEST(ContentHash, KeysStayTheSameAcrossImplementations) {
  summitwatch::Document a;
  a.id = "x";
  a.text = "Astana.";
  EXPECT_EQ(sw::store::ContentHash(a), "11b98d180753695cbd0ec01206451e2cb496984905e633d17f310527c1a33d0d");
  summitwatch::Document b;
  b.id = "c5-2023";
  b.title = "Joint statement";
  b.date = "2023-09-19";
  b.kind = "declaration";
  b.format = "c5plus1";
  b.lang = "en";
  b.country = "USA";
  b.source = "state.gov";
  b.issuer = {"USA", "KAZ"};
  for (int i = 0; i < 20; ++i) b.text += "Пять стран. ";
  EXPECT_EQ(sw::store::ContentHash(b), "31da6e5b66d9615af23928051f9b37ebac4e1e6edb2c228dfea9f190754b9dce");
}

}  // namespace
