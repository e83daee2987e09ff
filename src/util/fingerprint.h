// SPDX-License-Identifier: MIT
// A 64-bit fingerprint of a byte string, for cache keys and the checksums of cache files.
//
// Why not FNV-1a, as the Hyperscan cache key has it: a byte at a time costs about four
// instructions a byte, and the token trie's cache file (about a megabyte) is checksummed on every
// start; this takes eight bytes a step in four independent lanes (the XXH64 construction).
// Not cryptographic: it catches a cut-short, flipped or stale file, not a forged one.
#pragma once

#include <cstdint>
#include <string_view>

namespace sw::util {

uint64_t Fingerprint(std::string_view bytes, uint64_t seed = 0);

}  // namespace sw::util
