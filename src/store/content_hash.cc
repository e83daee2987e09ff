// SPDX-License-Identifier: MIT
#include "store/content_hash.h"

#include "store/sha256.h"

namespace sw::store {
namespace {

void Field(Sha256& h, std::string_view s) {
  const uint64_t n = s.size();
  char len[8];
  for (int i = 0; i < 8; ++i) len[i] = static_cast<char>(n >> (8 * i));
  h.Update(std::string_view(len, 8));
  h.Update(s);
}

}  // namespace

std::string ContentHash(const summitwatch::Document& d) {
  Sha256 h;
  h.Update("summitwatch-document-v1");
  for (const std::string* f : {&d.id, &d.title, &d.date, &d.kind, &d.format, &d.meeting, &d.lang, &d.country, &d.source}) {
    Field(h, *f);
  }
  Field(h, std::to_string(d.issuer.size()));
  for (const auto& i : d.issuer) Field(h, i);
  Field(h, d.text);
  return ToHex(h.Finish());
}

}  // namespace sw::store
