// SPDX-License-Identifier: MIT
// JSON Lines: one document per line, streamed in chunks so memory stays bounded whatever the
// file size. A line longer than the document limit is skipped without being held in memory.
#pragma once

#include <string>

#include "io/byte_source.h"
#include "summitwatch/reader.h"

namespace sw::io {

/// Reads every line of `src` (named `where` in messages). Returns an error only when the source
/// itself fails; bad lines go to `on_skip` as "where:LINE: reason".
summitwatch::Status ReadJsonLines(ByteSource& src, const std::string& where, const summitwatch::ReadOptions& options,
                                  const summitwatch::DocumentSink& on_doc, const summitwatch::SkipSink& on_skip);

}  // namespace sw::io
