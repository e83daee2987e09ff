// SPDX-License-Identifier: MIT
// A whole file into a string, in one read: the data loaders read every file whole.
#pragma once

#include <string>

namespace sw::util {

/// Replaces `out` with the bytes of `path`; false (and `out` empty) when it cannot be read.
bool ReadFile(const std::string& path, std::string& out);

}  // namespace sw::util
