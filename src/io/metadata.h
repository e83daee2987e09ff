// SPDX-License-Identifier: MIT
// The metadata keys of DESIGN.md, shared by front matter, JSON Lines and command-line overrides.
#pragma once

#include <string>
#include <string_view>

#include "summitwatch/document.h"

namespace sw::io {

/// Sets the string field named `key` ("id", "title", "date", ...; not "issuer" or "text").
/// Returns false for a key that is not a metadata key (unknown keys are ignored by readers).
bool SetField(summitwatch::Document& doc, std::string_view key, std::string value);

/// Empty when `doc`'s metadata is valid; otherwise one sentence saying what is wrong.
std::string ValidateMetadata(const summitwatch::Document& doc);

/// Copies every non-empty field of `overrides` (except text) onto `doc`.
void ApplyOverrides(const summitwatch::Document& overrides, summitwatch::Document& doc);

}  // namespace sw::io
