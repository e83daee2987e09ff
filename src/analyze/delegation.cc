// SPDX-License-Identifier: MIT
// The delegation index (docs/METHODS.md, "Delegation index"): which of the region's formats,
// meetings and bodies an outside power initiated, hosts or runs, year by year. Everything comes
// from the knowledge-base tables of the store; the documents are not read.
#include "summitwatch/delegation.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "analyze/as_of.h"
#include "kb/date.h"
#include "store/store_impl.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;
using K = Column::Kind;

enum class Side { kExternal, kRegional, kUnknown };

const char* SideName(Side s) {
  return s == Side::kExternal ? "external" : s == Side::kRegional ? "regional" : "unknown";
}

std::string Text(const Stmt& q, int c) { return q.IsNull(c) ? std::string() : std::string(q.Text(c)); }

int YearOf(const std::string& date) {
  auto d = sw::kb::Date::Parse(date);
  return d ? d->year : 0;
}

struct Item {
  Item(std::string k, std::string i, std::string f, std::string d)
      : kind(std::move(k)), id(std::move(i)), format(std::move(f)), date(std::move(d)) {}
  std::string kind, id, format, date;
  int year = 0;  // formats and bodies: the first year they exist; meetings: the year held
  Side side = Side::kUnknown;
  std::string reason;
};

struct Region {
  std::string id, name;
  std::set<std::string> members;
  bool Has(const std::string& x) const { return members.count(x) > 0; }
};

class Delegation {
 public:
  Delegation(const Store& store, const DelegationOptions& o) : db_(store.impl().db), options_(o) {}

  Status Load() {
    auto as_of = sw::analyze::ResolveAsOf(options_.as_of);
    if (!as_of) return as_of.error();
    as_of_ = *as_of;
    as_of_int_ = sw::kb::Date::Parse(as_of_)->First();
    for (auto step :
         {&Delegation::LoadRegion, &Delegation::LoadFormats, &Delegation::LoadMeetings, &Delegation::LoadBodies}) {
      if (auto s = (this->*step)(); !s) return s;
    }
    first_year_ = 9999;
    for (const auto& [id, f] : formats_) first_year_ = std::min(first_year_, f.year);
    return {};
  }

  const std::vector<Item>& items() const { return items_; }
  const Region& region() const { return region_; }
  const std::string& as_of() const { return as_of_; }
  int first_year() const { return first_year_; }
  int last_year() const { return YearOf(as_of_); }

  // Formats and bodies count in every year from their first; meetings in the year held.
  bool Counts(const Item& i, int year) const { return i.kind == "meeting" ? i.year == year : i.year <= year; }

 private:
  Status LoadRegion() {
    std::string focus;
    Stmt q(db_, "SELECT value FROM meta WHERE key = 'focus_region'");
    if (q.Step()) focus = Text(q, 0);
    if (!q.status()) return q.status();
    region_.id = options_.region.empty() ? focus : options_.region;
    is_focus_ = region_.id == focus;
    if (region_.id.empty()) {
      return MakeError(ErrorCode::kNotFound,
                       "the knowledge base has no focus region (a region entity with 'focus: true', docs/KB.md).");
    }
    Stmt name(db_, "SELECT name FROM entities WHERE id = ?1 AND type = 'region'");
    name.Bind(1, region_.id);
    if (!name.Step()) {
      if (!name.status()) return name.status();
      return MakeError(ErrorCode::kNotFound, fmt::format("no region '{}' in the knowledge base.", region_.id),
                       region_.id);
    }
    region_.name = Text(name, 0);
    Stmt m(db_, "SELECT member FROM members WHERE entity = ?1");
    m.Bind(1, region_.id);
    while (m.Step()) region_.members.insert(Text(m, 0));
    if (!m.status()) return m.status();
    if (region_.members.empty()) {
      return MakeError(
          ErrorCode::kNotFound,
          fmt::format("region '{}' has no member countries (no country names it as its 'region').", region_.id),
          region_.id);
    }
    return {};
  }

  Status LoadFormats() {
    // The region's formats: those with a member in the region. A format without a founding date
    // exists from its first meeting held.
    Stmt q(db_, R"sql(
      SELECT f.id, f.initiator, f.initiator_kind,
             coalesce(f.founded, (SELECT min(date) FROM meetings WHERE format = f.id AND date <= ?1)),
             (SELECT group_concat(member, ' ') FROM members WHERE entity = f.id)
      FROM formats f ORDER BY f.id)sql");
    q.Bind(1, as_of_);
    while (q.Step()) {
      Item i("format", Text(q, 0), Text(q, 0), Text(q, 3));
      bool ours = false;
      for (const auto& m : Split(Text(q, 4))) ours |= region_.Has(m);
      i.year = YearOf(i.date);
      if (!ours || i.year == 0 || !ExistsBy(i.date)) continue;
      // initiator_kind is written relative to the focus region; for another region, and where the
      // kind is missing, the initiator's membership decides.
      const std::string initiator = Text(q, 1), kind = Text(q, 2);
      if (is_focus_ && (kind == "external" || kind == "regional")) {
        i.side = kind == "external" ? Side::kExternal : Side::kRegional;
      } else if (!initiator.empty()) {
        i.side = region_.Has(initiator) ? Side::kRegional : Side::kExternal;
      }
      i.reason = initiator.empty() ? "initiator not recorded"
                                   : fmt::format("initiated by {} ({})", initiator, SideName(i.side));
      formats_.emplace(i.id, i);
      items_.push_back(std::move(i));
    }
    return q.status();
  }

  Status LoadMeetings() {
    Stmt q(db_, "SELECT id, format, date, host, city FROM meetings WHERE date <= ?1 ORDER BY date, id");
    q.Bind(1, as_of_);
    while (q.Step()) {
      Item i("meeting", Text(q, 0), Text(q, 1), Text(q, 2));
      if (!formats_.count(i.format)) continue;
      i.year = YearOf(i.date);
      const std::string host = Text(q, 3), city = Text(q, 4);
      if (host.empty()) {
        i.reason = city.empty() ? "no host recorded" : fmt::format("no host recorded ({})", city);
      } else {
        i.side = region_.Has(host) ? Side::kRegional : Side::kExternal;
        i.reason = fmt::format("hosted by {}{}, {} {}", host, city.empty() ? "" : " in " + city,
                               i.side == Side::kRegional ? "in" : "outside", region_.name);
      }
      items_.push_back(std::move(i));
    }
    return q.status();
  }

  Status LoadBodies() {
    Stmt q(db_, "SELECT id, of, coalesce(established, decided), seat, seat_country FROM bodies ORDER BY of, id");
    while (q.Step()) {
      auto parent = formats_.find(Text(q, 1));
      if (parent == formats_.end()) continue;
      Item i("body", Text(q, 0), parent->first, Text(q, 2));
      // A body without a date of its own is taken to exist as long as its format.
      i.year = i.date.empty() ? parent->second.year : YearOf(i.date);
      if (i.year == 0 || (!i.date.empty() && !ExistsBy(i.date))) continue;
      const std::string seat = Text(q, 3), seat_country = Text(q, 4);
      std::vector<std::string> why;
      const bool seat_outside = !seat_country.empty() && !region_.Has(seat_country);
      if (seat_outside) {
        why.push_back(seat.empty() ? fmt::format("seat in {}, outside {}", seat_country, region_.name)
                                   : fmt::format("seat {} ({}), outside {}", seat, seat_country, region_.name));
      }
      if (parent->second.side == Side::kExternal) {
        why.push_back(fmt::format("of {}, {}", parent->first, parent->second.reason));
        i.side = Side::kExternal;
      } else if (seat_outside) {
        i.side = Side::kExternal;
      } else if (parent->second.side == Side::kRegional) {
        why.push_back(fmt::format("of {}, {}", parent->first, parent->second.reason));
        i.side = Side::kRegional;
      } else {
        why.push_back(fmt::format("of {}, initiator not recorded", parent->first));
      }
      for (const auto& w : why) i.reason += (i.reason.empty() ? "" : "; ") + w;
      items_.push_back(std::move(i));
    }
    return q.status();
  }

  // Founded (established, decided) by the as-of date, reading a partial date from its first day.
  bool ExistsBy(const std::string& date) const {
    auto d = sw::kb::Date::Parse(date);
    return d && d->First() <= as_of_int_;
  }

  static std::vector<std::string> Split(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
      size_t end = s.find(' ', start);
      if (end == std::string::npos) end = s.size();
      if (end > start) out.push_back(s.substr(start, end - start));
      start = end + 1;
    }
    return out;
  }

  const sw::store::Db& db_;
  const DelegationOptions& options_;
  std::string as_of_;
  int as_of_int_ = 0;  // yyyymmdd
  Region region_;
  bool is_focus_ = false;
  std::unordered_map<std::string, Item> formats_;
  std::vector<Item> items_;
  int first_year_ = 0;
};

Value Share(int64_t part, int64_t total) {
  return total ? Value{static_cast<double>(part) / static_cast<double>(total)} : Value{};
}

// The mean of the shares that exist (a year without meetings has no meeting share).
Value Mean(std::initializer_list<Value> shares) {
  double sum = 0;
  int n = 0;
  for (const auto& v : shares) {
    if (auto* d = std::get_if<double>(&v)) {
      sum += *d;
      ++n;
    }
  }
  return n ? Value{sum / n} : Value{};
}

}  // namespace

Result<Table> DelegationIndex(const Store& store, const DelegationOptions& options) {
  Delegation d(store, options);
  if (auto s = d.Load(); !s) return s.error();
  Table t;
  t.title = fmt::format(
      "Delegation index of {} by year: formats existing, meetings held and bodies existing that an outside power "
      "initiated, hosts or runs, against those the region's states run (as of {})",
      d.region().name, d.as_of());
  t.columns = {{"year", K::kInt},
               {"formats_total", K::kInt},
               {"formats_external", K::kInt},
               {"formats_regional", K::kInt},
               {"meetings_total", K::kInt},
               {"meetings_hosted_external", K::kInt},
               {"meetings_hosted_regional", K::kInt},
               {"meetings_host_unknown", K::kInt},
               {"bodies_total", K::kInt},
               {"bodies_external", K::kInt},
               {"bodies_regional", K::kInt},
               {"share_formats_external", K::kShare},
               {"share_meetings_external", K::kShare},
               {"share_bodies_external", K::kShare},
               {"index_external", K::kShare},
               {"share_formats_regional", K::kShare},
               {"share_meetings_regional", K::kShare},
               {"share_bodies_regional", K::kShare},
               {"index_regional", K::kShare}};
  const int from = options.from_year ? options.from_year : d.first_year();
  const int to = options.to_year && options.to_year < d.last_year() ? options.to_year : d.last_year();
  for (int year = from; year <= to; ++year) {
    std::map<std::string, std::array<int64_t, 3>> n;  // kind -> external, regional, unknown
    for (const auto& kind : {"format", "meeting", "body"}) n[kind] = {0, 0, 0};
    for (const Item& i : d.items()) {
      if (d.Counts(i, year)) ++n[i.kind][static_cast<size_t>(i.side)];
    }
    auto total = [&](const char* kind) { return n[kind][0] + n[kind][1] + n[kind][2]; };
    const int64_t ft = total("format"), mt = total("meeting"), bt = total("body");
    const Value fe = Share(n["format"][0], ft), me = Share(n["meeting"][0], mt), be = Share(n["body"][0], bt);
    const Value fr = Share(n["format"][1], ft), mr = Share(n["meeting"][1], mt), br = Share(n["body"][1], bt);
    t.rows.push_back({int64_t{year}, ft, n["format"][0], n["format"][1], mt, n["meeting"][0], n["meeting"][1],
                      n["meeting"][2], bt, n["body"][0], n["body"][1], fe, me, be, Mean({fe, me, be}), fr, mr, br,
                      Mean({fr, mr, br})});
  }
  return t;
}

Result<Table> DelegationItems(const Store& store, const DelegationOptions& options, int year) {
  Delegation d(store, options);
  if (auto s = d.Load(); !s) return s.error();
  Table t;
  t.title =
      fmt::format("What the delegation index of {} counts in {}: formats existing, meetings held, bodies existing",
                  d.region().name, year);
  t.columns = {{"kind", K::kText}, {"id", K::kText},   {"format", K::kText},
               {"date", K::kText}, {"side", K::kText}, {"why", K::kText}};
  for (const char* kind : {"format", "meeting", "body"}) {
    for (const Item& i : d.items()) {
      if (i.kind != kind || !d.Counts(i, year)) continue;
      t.rows.push_back(
          {i.kind, i.id, i.format, i.date.empty() ? Value{} : Value{i.date}, std::string(SideName(i.side)), i.reason});
    }
  }
  return t;
}

}  // namespace summitwatch
