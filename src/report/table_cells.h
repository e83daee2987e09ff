// SPDX-License-Identifier: MIT
// Reading a query's table by column name, as the report's charts and sections do: a column the
// table lacks is absent and a cell of another type reads as nothing, so that a chart degrades to
// a shorter one instead of failing.
//
// Usage:
//   const auto year = sw::report::ColumnIndex(t, "year");
//   if (year) if (auto y = sw::report::Number(row[*year])) ...
//   std::string source = sw::report::CellText(row[0]);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "summitwatch/store.h"

namespace sw::report {

/// The index of the first column named `name`.
inline std::optional<size_t> ColumnIndex(const summitwatch::Table& t, std::string_view name) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name == name) return c;
  }
  return std::nullopt;
}

/// A real or integer cell as a number; nothing for NULL and text.
inline std::optional<double> Number(const summitwatch::Value& v) {
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return std::nullopt;
}

/// A text cell; empty for any other.
inline std::string CellText(const summitwatch::Value& v) {
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  return {};
}

/// An integer cell; 0 for any other.
inline int64_t CellInt(const summitwatch::Value& v) {
  if (auto* i = std::get_if<int64_t>(&v)) return *i;
  return 0;
}

}  // namespace sw::report
