// SPDX-License-Identifier: MIT
// Text documents with optional YAML front matter between '---' lines at the top.
#pragma once

#include <string>

#include "summitwatch/document.h"
#include "summitwatch/error.h"

namespace sw::io {

/// Splits `content` into front matter and body and fills a Document. `where` names the file for
/// messages. Broken front matter is an error located at its line.
summitwatch::Result<summitwatch::Document> ParseTextDocument(std::string content, const std::string& where);

}  // namespace sw::io
