// SPDX-License-Identifier: MIT
// A whole file from a string, atomically: the caches' files (src/match) are written this way.
#pragma once

#include <string>
#include <string_view>

namespace sw::util {

/// Writes `bytes` to `path`, creating its directory, through a temporary file in the same
/// directory that is renamed over `path`: a concurrent reader sees the old file or the new one,
/// never half of one. False (and no temporary left behind) when any step fails.
bool WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace sw::util
