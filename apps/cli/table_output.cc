// SPDX-License-Identifier: MIT
#include "cli/table_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <cmath>

namespace sw::cli {
namespace {

using summitwatch::Column;
using summitwatch::Table;
using summitwatch::Value;

// Cells wider than this are cut with an ellipsis in aligned output; the full text is in --json.
constexpr size_t kMaxCellWidth = 60;

uint32_t Decode(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  for (; extra > 0 && i < s.size(); --extra) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

int CodePointWidth(uint32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return 0;  // combining diacritics
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000)
    return 2;
  return 1;
}

std::string Cut(const std::string& s, size_t max) {
  if (DisplayWidth(s) <= max) return s;
  size_t width = 0, i = 0;
  for (;;) {
    const size_t start = i;
    width += CodePointWidth(Decode(s, i));
    if (width > max - 1) return s.substr(0, start) + "…";
  }
}

std::string Shown(const Value& v, Column::Kind kind) {
  if (std::holds_alternative<std::monostate>(v)) return "-";
  if (auto* i = std::get_if<int64_t>(&v)) return kind == Column::Kind::kBool ? (*i ? "yes" : "no") : std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) {
    return kind == Column::Kind::kShare ? fmt::format("{:.1f}%", *d * 100) : fmt::format("{:.3g}", *d);
  }
  return Cut(std::get<std::string>(v), kMaxCellWidth);
}

void Aligned(const Table& t, std::string& out) {
  const size_t n = t.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(n);
  for (size_t c = 0; c < n; ++c) width[c] = DisplayWidth(t.columns[c].name);
  for (const auto& row : t.rows) {
    auto& line = cells.emplace_back();
    for (size_t c = 0; c < n; ++c) {
      line.push_back(Shown(row[c], t.columns[c].kind));
      width[c] = std::max(width[c], DisplayWidth(line.back()));
    }
  }
  auto emit = [&](const std::vector<std::string>& line) {
    std::string text;
    for (size_t c = 0; c < n; ++c) {
      const size_t pad = width[c] - DisplayWidth(line[c]);
      const bool right = t.columns[c].kind != Column::Kind::kText;
      if (c) text += "  ";
      if (right) text.append(pad, ' ');
      text += line[c];
      if (!right && c + 1 < n) text.append(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  if (!t.title.empty()) out += t.title + "\n\n";
  std::vector<std::string> header;
  for (const auto& c : t.columns) header.push_back(c.name);
  emit(header);
  std::vector<std::string> rule;
  for (size_t c = 0; c < n; ++c) {
    std::string r;
    for (size_t i = 0; i < width[c]; ++i) r += "─";
    rule.push_back(r);
  }
  emit(rule);
  for (const auto& line : cells) emit(line);
  if (t.rows.empty()) out += "(no rows)\n";
}

// Six decimals: more than any share or tone measure means, and output stays readable.
double Rounded(double d) { return std::round(d * 1e6) / 1e6 + 0.0; }

void AppendRowJson(const Table& t, const std::vector<Value>& row, std::string& out) {
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const Value& v = row[c];
    auto& slot = o[t.columns[c].name];
    const bool boolean = t.columns[c].kind == Column::Kind::kBool;
    if (auto* i = std::get_if<int64_t>(&v)) slot = boolean ? nlohmann::ordered_json(*i != 0) : nlohmann::ordered_json(*i);
    else if (auto* d = std::get_if<double>(&v)) slot = Rounded(*d);
    else if (auto* s = std::get_if<std::string>(&v)) slot = *s;
    else slot = nullptr;
  }
  out += o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void CsvField(std::string_view s, std::string& out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

void Csv(const Table& t, std::string& out) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (c) out += ',';
    CsvField(t.columns[c].name, out);
  }
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (c) out += ',';
      const Value& v = row[c];
      const bool boolean = t.columns[c].kind == Column::Kind::kBool;
      if (auto* i = std::get_if<int64_t>(&v)) out += boolean ? (*i ? "true" : "false") : std::to_string(*i);
      else if (auto* d = std::get_if<double>(&v)) out += fmt::format("{}", Rounded(*d));
      else if (auto* s = std::get_if<std::string>(&v)) CsvField(*s, out);
    }
    out += "\r\n";
  }
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) width += CodePointWidth(Decode(s, i));
  return width;
}

void AppendTable(const Table& t, TableFormat format, std::string& out) {
  switch (format) {
    case TableFormat::kAligned: return Aligned(t, out);
    case TableFormat::kCsv: return Csv(t, out);
    case TableFormat::kJsonLines:
      for (const auto& row : t.rows) {
        AppendRowJson(t, row, out);
        out += '\n';
      }
      return;
    case TableFormat::kJson:
      out += "[";
      for (size_t r = 0; r < t.rows.size(); ++r) {
        out += r ? ",\n " : "\n ";
        AppendRowJson(t, t.rows[r], out);
      }
      out += t.rows.empty() ? "]\n" : "\n]\n";
      return;
  }
}

}  // namespace sw::cli
