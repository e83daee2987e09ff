// SPDX-License-Identifier: MIT
// Document texts stored zstd-compressed (schema version 4), and `sw_text`, the SQL function that
// gives them back.
//
// Usage:
//   std::string packed = PackText(doc.text);   // on a coder thread; empty: store the text as is
//   ... INSERT INTO document_texts (doc, text) VALUES (?, <packed as a BLOB>)
//   SELECT substr(CAST(sw_text(t.text) AS BLOB), s.start + 1, ...) FROM document_texts t ...
//
// Texts were half of a store, and the writer thread, which limits ingest, pushed their bytes
// through the WAL and again through each checkpoint. Compressed on the coder threads (about half
// the size), a million-document ingest wrote a 3.5 GB store instead of 5.0 GB, and its writer
// spent 65 s instead of 78 s (wall 88 s instead of 98 s); the coders paid about 6 s each. A
// compressed text is a BLOB holding one zstd frame; a plain TEXT value (stores of version 3,
// texts that do not shrink) passes through sw_text unchanged, so readers never need to know
// which they got. Offsets stay byte offsets into the plain text.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace sw::store {

/// `text` as one zstd frame, or empty when compressing would not make it smaller.
std::string PackText(std::string_view text);

/// Registers sw_text(value) on `db`: the plain text of a stored document text.
int RegisterTextFunctions(sqlite3* db);

}  // namespace sw::store
