// SPDX-License-Identifier: MIT
#include "kb/date.h"

#include <fmt/format.h>

namespace sw::kb {
namespace {

bool ParseDigits(std::string_view s, int* out) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return !s.empty();
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text) {
  Date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!ParseDigits(text.substr(0, 4), &d.year) || d.year < 1000) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-' || !ParseDigits(text.substr(5, 2), &d.month)) return std::nullopt;
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !ParseDigits(text.substr(8, 2), &d.day)) return std::nullopt;
    if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  }
  return d;
}

std::string Date::ToString() const {
  if (empty()) return {};
  if (!month) return fmt::format("{:04d}", year);
  if (!day) return fmt::format("{:04d}-{:02d}", year, month);
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

}  // namespace sw::kb
