// SPDX-License-Identifier: MIT
// Sequential byte sources: plain files, standard input, zstd-compressed files.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "summitwatch/error.h"

namespace sw::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Reads up to `n` bytes; 0 at the end. A failure is returned once and then ends the stream.
  virtual summitwatch::Result<size_t> Read(char* buf, size_t n) = 0;
};

/// Opens `path` ("-" is standard input); ".zst" files are decompressed on the fly.
summitwatch::Result<std::unique_ptr<ByteSource>> OpenSource(const std::string& path);

}  // namespace sw::io
