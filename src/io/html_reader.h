// SPDX-License-Identifier: MIT
// HTML pages: the visible main text, title, date and language, via gumbo.
//
// Usage:
//   auto doc = sw::io::ParseHtmlDocument(bytes, "page.html");
//   if (!doc) return on_skip(doc.error());
//
// Text: <main> (or role="main") when present, else the page's <article>s, else <body>; scripts,
// navigation, site header and footer, asides, forms and embedded media are left out. Block
// elements end paragraphs ("\n\n"), list items and table rows end lines, <br> ends a line (two
// in a row end a paragraph), other whitespace collapses to one space; <pre> keeps its own.
// Pages in a legacy charset (<meta charset>, http-equiv or an XML declaration) are converted to
// UTF-8 first.
#pragma once

#include <string>
#include <string_view>

#include "summitwatch/document.h"
#include "summitwatch/error.h"

namespace sw::io {

/// Reads a page given as raw bytes in any declared charset. `where` names the file in messages.
/// Fills text, title, date (YYYY-MM-DD) and lang where the page says them; leaves id empty.
summitwatch::Result<summitwatch::Document> ParseHtmlDocument(std::string_view bytes, const std::string& where);

/// True when `head` (the first bytes of an input) starts like an HTML page: "<!doctype html" or
/// "<html" near the top, after an optional byte-order mark, XML declaration or comments.
bool LooksLikeHtml(std::string_view head);

}  // namespace sw::io
