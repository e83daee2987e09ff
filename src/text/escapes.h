// SPDX-License-Identifier: MIT
// The escapes and fields of hand-written test-case files (tests/golden/*, the commitment golden
// file): one case a line, fields separated by a character, with \n, \t and \uXXXX so that
// invisible characters stay visible in review.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sw::text {

/// `s` with \n, \t and \uXXXX decoded; any other backslash stays as written.
std::string DecodeEscapes(std::string_view s);

/// `s` cut at every `sep`; empty fields are kept, so "a,,b" gives three.
std::vector<std::string> SplitFields(std::string_view s, char sep);

}  // namespace sw::text
