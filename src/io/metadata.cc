// SPDX-License-Identifier: MIT
#include "io/metadata.h"

#include <fmt/format.h>

#include "kb/date.h"

namespace sw::io {

bool SetField(summitwatch::Document& doc, std::string_view key, std::string value) {
  std::string* field = key == "id"        ? &doc.id
                       : key == "title"   ? &doc.title
                       : key == "date"    ? &doc.date
                       : key == "kind"    ? &doc.kind
                       : key == "format"  ? &doc.format
                       : key == "meeting" ? &doc.meeting
                       : key == "lang"    ? &doc.lang
                       : key == "country" ? &doc.country
                       : key == "source"  ? &doc.source
                                          : nullptr;
  if (!field) return false;
  *field = std::move(value);
  return true;
}

std::string ValidateMetadata(const summitwatch::Document& doc) {
  if (!doc.date.empty()) {
    auto d = kb::Date::Parse(doc.date);
    if (!d || d->day == 0) return fmt::format("expected 'date' as YYYY-MM-DD, found '{}'.", doc.date);
  }
  static const char* const kKinds[] = {"declaration", "communique", "statement", "speech", "readout", "news", "other"};
  if (!doc.kind.empty()) {
    bool ok = false;
    for (const char* k : kKinds) ok |= doc.kind == k;
    if (!ok) {
      return fmt::format("expected 'kind' to be one of declaration, communique, statement, speech, readout, news, "
                         "other; found '{}'.", doc.kind);
    }
  }
  return {};
}

void ApplyOverrides(const summitwatch::Document& o, summitwatch::Document& doc) {
  for (auto [from, to] : {std::pair{&o.id, &doc.id}, {&o.title, &doc.title}, {&o.date, &doc.date},
                          {&o.kind, &doc.kind}, {&o.format, &doc.format}, {&o.meeting, &doc.meeting},
                          {&o.lang, &doc.lang}, {&o.country, &doc.country}, {&o.source, &doc.source}}) {
    if (!from->empty()) *to = *from;
  }
  if (!o.issuer.empty()) doc.issuer = o.issuer;
}

}  // namespace sw::io
