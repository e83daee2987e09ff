// SPDX-License-Identifier: MIT
#include "analyze/doc_filter.h"

#include <fmt/format.h>

#include <charconv>
#include <ctime>

#include "kb/date.h"

namespace sw::analyze {

using summitwatch::DocFilter;
using summitwatch::ErrorCode;
using summitwatch::GroupBy;
using summitwatch::MakeError;

int SqlFilter::Bind(store::Stmt& stmt, int first) const {
  for (const auto& p : params) stmt.Bind(first++, p);
  return first;
}

bool IsEmpty(const DocFilter& f) {
  return f.format.empty() && f.issuer.empty() && f.kind.empty() && f.lang.empty() && f.country.empty() &&
         f.from.empty() && f.to.empty();
}

summitwatch::Result<SqlFilter> FilterSql(const DocFilter& f) {
  SqlFilter out;
  auto any_of = [&](const char* column, const std::vector<std::string>& values) {
    if (values.empty()) return;
    out.sql += fmt::format(" AND {} IN (", column);
    for (size_t i = 0; i < values.size(); ++i) {
      out.sql += i ? ", ?" : "?";
      out.params.push_back(values[i]);
    }
    out.sql += ")";
  };
  any_of("d.format", f.format);
  any_of("d.kind", f.kind);
  any_of("d.lang", f.lang);
  any_of("d.country", f.country);
  if (!f.issuer.empty()) {
    out.sql += " AND d.doc IN (SELECT doc FROM document_issuers WHERE issuer IN (";
    for (size_t i = 0; i < f.issuer.size(); ++i) {
      out.sql += i ? ", ?" : "?";
      out.params.push_back(f.issuer[i]);
    }
    out.sql += "))";
  }
  // A partial date is an interval: --from 2023 starts on 2023-01-01, --to 2023 ends on 2023-12-31.
  for (auto [text, name, last] : {std::tuple{&f.from, "--from", false}, std::tuple{&f.to, "--to", true}}) {
    if (text->empty()) continue;
    auto d = kb::Date::Parse(*text);
    if (!d) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("expected {} as YYYY, YYYY-MM or YYYY-MM-DD, found '{}'.", name, *text));
    }
    const int v = last ? d->Last() : d->First();
    out.sql += last ? " AND d.date <= ?" : " AND d.date >= ?";
    out.params.push_back(fmt::format("{:04}-{:02}-{:02}", v / 10000, v / 100 % 100, v % 100));
  }
  return out;
}

Grouping GroupingFor(GroupBy by) {
  switch (by) {
    case GroupBy::kIssuer:
      return {" LEFT JOIN document_issuers i ON i.doc = d.doc", "coalesce(i.issuer, '')", "issuer", "issuer"};
    case GroupBy::kFormat: return {"", "coalesce(d.format, '')", "format", "format"};
    case GroupBy::kYear: return {"", "coalesce(CAST(d.year AS TEXT), '')", "year", "year"};
    case GroupBy::kCountry: return {"", "coalesce(d.country, '')", "country", "country"};
    case GroupBy::kDocument: break;
  }
  return {"", "d.id", "document", ""};
}

summitwatch::Result<std::map<std::string, int64_t>> DocumentsPerGroup(const store::Db& db, const Grouping& g,
                                                                      const SqlFilter& where, bool filtered) {
  std::map<std::string, int64_t> out;
  if (!filtered && !g.dim.empty()) {
    store::Stmt q(db, "SELECT key, documents FROM group_totals WHERE dim = ?");
    q.Bind(1, g.dim);
    while (q.Step()) out[std::string(q.Text(0))] = q.Int(1);
    if (!q.status()) return q.status().error();
    return out;
  }
  store::Stmt q(db, fmt::format("SELECT {} FROM documents d{} WHERE 1{}", g.key, g.join, where.sql));
  where.Bind(q, 1);
  // Documents of a group tend to come together: keep the last counter found.
  std::string key;
  int64_t* n = nullptr;
  while (q.Step()) {
    if (!n || q.Text(0) != key) {
      key = q.Text(0);
      n = &out[key];
    }
    ++*n;
  }
  if (!q.status()) return q.status().error();
  return out;
}

summitwatch::Value KeyValue(GroupBy by, std::string_view key) {
  if (key.empty()) return std::monostate{};
  if (by == GroupBy::kYear) {
    int64_t y = 0;
    auto [p, ec] = std::from_chars(key.data(), key.data() + key.size(), y);
    if (ec == std::errc() && p == key.data() + key.size()) return y;
  }
  return std::string(key);
}

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace sw::analyze
