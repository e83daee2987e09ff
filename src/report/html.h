// SPDX-License-Identifier: MIT
// HTML building blocks for self-contained reports: escaping, tables from query results, and a
// page with inline styles for screen and print (no scripts, fonts or images fetched from anywhere).
//
// Usage:
//   sw::report::Page page("summitwatch overview");
//   page.Section("Formats", sw::report::TableHtml(*registry));
//   std::string html = page.Render();
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "summitwatch/store.h"

namespace sw::report {

/// `s` with & < > " ' escaped, for text and attribute values.
std::string Escape(std::string_view s);

struct TableStyle {
  bool shade_shares = true;  ///< tint share cells by value, a heat map
  size_t max_rows = 0;       ///< 0: all
};

/// A query result as an HTML <table>; shares as percentages, NULL as an en dash.
std::string TableHtml(const summitwatch::Table& table, const TableStyle& style = {});

class Page {
 public:
  explicit Page(std::string title) : title_(std::move(title)) {}
  /// Adds a section: a heading, an optional note paragraph, and raw HTML content.
  void Section(const std::string& heading, const std::string& html, const std::string& note = {});
  /// Adds a section with an anchor (<section id="...">), listed in the table of contents.
  void AnchoredSection(const std::string& id, const std::string& heading, const std::string& html,
                       const std::string& note = {});
  /// Raw HTML between the title and the table of contents, and at the foot of the page.
  void Intro(std::string html) { intro_ = std::move(html); }
  void Footer(std::string html) { footer_ = std::move(html); }
  /// The page; a table of contents when any section has an anchor.
  std::string Render() const;

 private:
  std::string title_;
  std::string intro_, footer_;
  std::vector<std::pair<std::string, std::string>> toc_;  // (id, heading)
  std::string body_;
};

}  // namespace sw::report
