// SPDX-License-Identifier: MIT
#include "analyze/as_of.h"

#include <fmt/format.h>

#include "analyze/doc_filter.h"
#include "kb/date.h"

namespace sw::analyze {

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

summitwatch::Result<std::string> ResolveAsOf(const std::string& arg) {
  if (arg.empty()) return Today();
  auto d = sw::kb::Date::Parse(arg);
  if (!d) {
    return summitwatch::MakeError(
        summitwatch::ErrorCode::kInvalidInput,
        fmt::format("expected the as-of date to be YYYY, YYYY-MM or YYYY-MM-DD, found '{}'.", arg), arg);
  }
  const int m = d->month ? d->month : 12;
  return fmt::format("{:04}-{:02}-{:02}", d->year, m, d->day ? d->day : DaysInMonth(d->year, m));
}

}  // namespace sw::analyze
