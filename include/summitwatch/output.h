// SPDX-License-Identifier: MIT
// The JSON Lines record of DESIGN.md for one coded document.
#pragma once

#include <string>

#include "summitwatch/coding.h"
#include "summitwatch/document.h"

namespace summitwatch {

/// Appends one JSON object and a newline to `out`.
void AppendCodingJson(const Document& doc, const Coding& coding, std::string& out);

/// Appends `s` as a JSON string literal (quotes included); invalid UTF-8 is never passed here
/// because the engine repairs text before coding.
void AppendJsonString(std::string_view s, std::string& out);

}  // namespace summitwatch
