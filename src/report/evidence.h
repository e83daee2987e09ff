// SPDX-License-Identifier: MIT
// Evidence behind a figure: the sentences (and documents) it was computed from, rendered as an
// expandable excerpt list whose entries link to the report's document index (#doc-<n>).
//
// Usage:
//   std::vector<sw::report::SentenceRef> refs = ...;   // from the query that made the figure
//   html += sw::report::EvidenceHtml(store, refs, "Sentences coded security");
//   ...
//   page.AnchoredSection("documents", "Documents cited", *sw::report::DocumentIndexHtml(store, cited));
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "summitwatch/store.h"

namespace sw::report {

/// A sentence of a stored document: `doc` is documents.doc (the integer key), `sentence` the
/// sentence index (sentences.idx); kNoSentence points at the document as a whole.
struct SentenceRef {
  static constexpr uint32_t kNoSentence = UINT32_MAX;
  int64_t doc = 0;
  uint32_t sentence = kNoSentence;
};

/// The anchor of a document in the report's document index.
std::string DocAnchor(int64_t doc);

/// A <details> element: `summary` and the count, then up to `max_items` excerpts (the sentence's
/// text, or the document's title, with its document id, date and issuers linked to DocAnchor).
/// Empty string when `refs` is empty. Unknown documents are skipped.
std::string EvidenceHtml(const summitwatch::Store& store, const std::vector<SentenceRef>& refs,
                         const std::string& summary, size_t max_items = 8);

/// The index of the `cited` documents: one row each, by date (undated last), with id="doc-<n>"
/// so that evidence links resolve. Unknown documents are skipped.
summitwatch::Result<std::string> DocumentIndexHtml(const summitwatch::Store& store, const std::set<int64_t>& cited);

}  // namespace sw::report
