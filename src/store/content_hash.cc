// SPDX-License-Identifier: MIT
#include "store/content_hash.h"

#include "store/sha256.h"

namespace sw::store {
namespace {

void Length(std::string& out, uint64_t n) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>(n >> (8 * i));
}

void Field(std::string& out, std::string_view s) {
  Length(out, s.size());
  out += s;
}

}  // namespace

std::string ContentHash(const summitwatch::Document& d) {
  // The short fields go to the hash in one piece: each Update is a call through libcrypto's
  // dispatch, which cost more than the bytes of a title or a date.
  thread_local std::string head;
  head.assign("summitwatch-document-v1");
  for (const std::string* f : {&d.id, &d.title, &d.date, &d.kind, &d.format, &d.meeting, &d.lang, &d.country, &d.source}) {
    Field(head, *f);
  }
  Field(head, std::to_string(d.issuer.size()));
  for (const auto& i : d.issuer) Field(head, i);
  Length(head, d.text.size());
  Sha256 h;
  h.Update(head);
  h.Update(d.text);
  return ToHex(h.Finish());
}

}  // namespace sw::store
