// SPDX-License-Identifier: MIT
// Partial calendar dates (YYYY, YYYY-MM, YYYY-MM-DD) as the knowledge base writes them.
//
// A partial date stands for an interval: "2022" is 2022-01-01..2022-12-31. Comparisons use the
// first day (First) or the last day (Last) of that interval as the caller needs, encoded as
// yyyymmdd integers so that time bounds cost one integer compare on the hot path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sw::kb {

struct Date {
  int year = 0;
  int month = 0;  // 0 when absent
  int day = 0;    // 0 when absent

  bool empty() const { return year == 0; }
  int First() const { return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1); }
  int Last() const { return year * 10000 + (month ? month : 12) * 100 + (day ? day : 31); }
  std::string ToString() const;

  /// Parses YYYY, YYYY-MM or YYYY-MM-DD; rejects impossible months and days.
  static std::optional<Date> Parse(std::string_view text);
};

/// Open bounds: kNoStart/kNoEnd stand for "since always" and "still valid".
constexpr int kNoStart = 0;
constexpr int kNoEnd = 99999999;

}  // namespace sw::kb
