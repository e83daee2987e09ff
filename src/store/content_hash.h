// SPDX-License-Identifier: MIT
// The key of a stored document: SHA-256 over its metadata and its repaired, NFC-normalised text.
//
// SHA-256 rather than a faster non-cryptographic hash (xxHash): the key is the document's
// identity across stores and runs, and feeds come from the open web, where a crafted collision
// with a 64- or 128-bit hash could make a document vanish as a "duplicate". With the CPU's SHA
// extensions (libcrypto) it costs about 1 % of an ingest's CPU. Metadata is part of the key
// because the same text published in two countries, or under two ids, is two documents for
// per-country and per-issuer questions.
#pragma once

#include <string>

#include "summitwatch/document.h"

namespace sw::store {

/// Hex SHA-256 of `doc` (every metadata field, issuers in order, then the text), each field
/// length-prefixed so that no two documents serialise alike. `doc.text` must be repaired already.
std::string ContentHash(const summitwatch::Document& doc);

}  // namespace sw::store
