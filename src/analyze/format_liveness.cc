// SPDX-License-Identifier: MIT
// Liveness of the formats and bodies of the knowledge base: meetings per year, documents, the last
// sign of activity and the dormant flag (docs/METHODS.md, "Liveness and dormancy"). Everything is
// read in a handful of passes over the store; the mentions pass reads the mentions table once and
// each mentioning sentence's text once.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "analyze/as_of.h"
#include "analyze/liveness_rules.h"
#include "kb/date.h"
#include "store/store_impl.h"
#include "summitwatch/liveness.h"

namespace summitwatch {
namespace {

using sw::store::Stmt;
using K = Column::Kind;

constexpr size_t kSentencesKept = 3;  // sentences kept per entity as evidence, latest first

using sw::analyze::DaysInMonth;

// Whole calendar months from `from` to `to` (YYYY-MM-DD), at least 0: from 2024-01-31 to
// 2024-02-29 is one month, to 2024-02-28 none. A partial `from` is read as its last day: the
// benefit of the doubt goes to the entity (a secretariat "established 2022" may date from December).
std::optional<int> MonthsBetween(const std::string& from, const std::string& to) {
  auto a = sw::kb::Date::Parse(from), b = sw::kb::Date::Parse(to);
  if (!a || !b) return std::nullopt;
  const int fa = a->Last(), fb = b->Last();
  const int ya = fa / 10000, ma = fa / 100 % 100, da = fa % 100;
  const int yb = fb / 10000, mb = fb / 100 % 100, db = fb % 100;
  int months = (yb - ya) * 12 + (mb - ma);
  if (db < std::min(da, DaysInMonth(yb, mb))) --months;
  return std::max(0, months);
}

int YearOf(std::string_view date) { return date.size() >= 4 ? std::atoi(std::string(date.substr(0, 4)).c_str()) : 0; }

std::string Text(const Stmt& q, int c) { return q.IsNull(c) ? std::string() : std::string(q.Text(c)); }

struct Work {
  Liveness live;
  std::set<int64_t> reporting;  // documents with a sentence reporting its work, counted once each
};

bool Later(const MentionSentence& a, const MentionSentence& b) {
  return a.date != b.date ? a.date > b.date : a.doc != b.doc ? a.doc > b.doc : a.sentence < b.sentence;
}

void Keep(std::vector<MentionSentence>& list, const MentionSentence& s) {
  for (const auto& x : list) {
    if (x.doc == s.doc && x.sentence == s.sentence) return;
  }
  list.push_back(s);
  std::sort(list.begin(), list.end(), Later);
  if (list.size() > kSentencesKept) list.pop_back();
}

class Computation {
 public:
  Computation(const Store& store, const LivenessRules& rules, std::string as_of)
      : db_(store.impl().db), rules_(rules), as_of_(std::move(as_of)) {}

  Result<std::vector<Liveness>> Run() {
    for (auto step : {&Computation::Entities, &Computation::Cadences, &Computation::Meetings, &Computation::Documents,
                      &Computation::Mentions}) {
      if (auto s = (this->*step)(); !s) return s.error();
    }
    for (auto& w : work_) Finish(w);  // before moving: a body reads its format's founding date
    std::vector<Liveness> out;
    for (auto& w : work_) out.push_back(std::move(w.live));
    return out;
  }

 private:
  Work* Find(const std::string& id) {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &work_[it->second];
  }

  Status Entities() {
    // The registries' orders, so that tables built on them line up.
    Stmt f(db_,
           "SELECT f.id, e.name, f.founded FROM formats f JOIN entities e ON e.id = f.id "
           "ORDER BY f.founded IS NULL, f.founded, f.id");
    while (f.Step()) Add(Text(f, 0), "format", {}, Text(f, 1), Text(f, 2));
    if (!f.status()) return f.status();
    Stmt b(db_,
           "SELECT b.id, e.name, b.of, coalesce(b.established, b.decided) FROM bodies b "
           "JOIN entities e ON e.id = b.id ORDER BY b.of, b.id");
    while (b.Step()) Add(Text(b, 0), "body", Text(b, 2), Text(b, 1), Text(b, 3));
    return b.status();
  }

  void Add(std::string id, std::string type, std::string of, std::string name, std::string founded) {
    index_[id] = work_.size();
    Work& w = work_.emplace_back();
    w.live.id = std::move(id);
    w.live.type = std::move(type);
    w.live.of = std::move(of);
    w.live.name = std::move(name);
    w.live.founded = std::move(founded);
  }

  Status Cadences() {
    Stmt q(db_, "SELECT entity, min(every_months) FROM cadences WHERE every_months > 0 GROUP BY entity");
    while (q.Step()) cadence_[Text(q, 0)] = static_cast<int>(q.Int(1));
    return q.status();
  }

  Status Meetings() {
    Stmt q(db_, "SELECT id, format, date FROM meetings");
    while (q.Step()) {
      const std::string id = Text(q, 0), format = Text(q, 1), date = Text(q, 2);
      meeting_format_[id] = format;
      Work* w = Find(format);
      if (!w || date.empty() || date > as_of_) continue;  // planned, not held
      ++w->live.meetings;
      ++w->live.meetings_by_year[YearOf(date)];
      w->live.last_meeting = std::max(w->live.last_meeting, date);
    }
    return q.status();
  }

  void CountDocuments(Stmt& q) {
    while (q.Step()) {
      Work* w = Find(Text(q, 0));
      if (!w) continue;
      const int64_t n = q.Int(2);
      w->live.documents += n;
      w->live.documents_by_year[static_cast<int>(q.Int(1))] += n;
      w->live.last_document = std::max(w->live.last_document, Text(q, 3));
    }
  }

  Status Documents() {
    // A format's documents are filed under it; a body's are filed under it or issued by it.
    Stmt filed(db_,
               "SELECT format, CAST(substr(date, 1, 4) AS INTEGER), count(*), max(date) FROM documents "
               "WHERE format IN (SELECT id FROM formats UNION SELECT id FROM bodies) AND date <= ?1 "
               "GROUP BY 1, 2");
    filed.Bind(1, as_of_);
    CountDocuments(filed);
    if (!filed.status()) return filed.status();
    Stmt issued(db_,
                "SELECT i.issuer, CAST(substr(d.date, 1, 4) AS INTEGER), count(*), max(d.date) "
                "FROM document_issuers i JOIN documents d ON d.doc = i.doc "
                "WHERE i.issuer IN (SELECT id FROM bodies) AND d.date <= ?1 "
                "AND (d.format IS NULL OR d.format <> i.issuer) GROUP BY 1, 2");
    issued.Bind(1, as_of_);
    CountDocuments(issued);
    return issued.status();
  }

  // Who a mention speaks for: the format or body itself; a meeting's format; a body and its format.
  std::vector<Work*> Targets(const std::string& entity) {
    std::vector<Work*> out;
    if (Work* w = Find(entity)) {
      out.push_back(w);
      if (w->live.type == "body") {
        if (Work* parent = Find(w->live.of); parent && parent->live.type == "format") out.push_back(parent);
      }
    } else if (auto it = meeting_format_.find(entity); it != meeting_format_.end()) {
      if (Work* f = Find(it->second)) out.push_back(f);
    }
    return out;
  }

  // Every dated document's sentences that mention a format, body or meeting: a sentence reporting
  // its work is a sign (in a news item: news; in an official text: document).
  Status Mentions() {
    Stmt q(db_,
           "SELECT m.doc, m.sentence, m.entity, d.date, d.kind = 'news' FROM documents d "
           "JOIN mentions m ON m.doc = d.doc WHERE d.date IS NOT NULL AND d.date <= ?1 "
           "AND m.entity IN (SELECT id FROM formats UNION SELECT id FROM bodies UNION SELECT id FROM meetings) "
           "ORDER BY m.doc, m.sentence");
    q.Bind(1, as_of_);
    Stmt text(db_,
              "SELECT substr(CAST(sw_text(t.text) AS BLOB), s.start + 1, s.\"end\" - s.start) "
              "FROM sentences s JOIN document_texts t ON t.doc = s.doc WHERE s.doc = ?1 AND s.idx = ?2");
    std::map<std::pair<int64_t, uint32_t>, bool> activity;  // per sentence, read once
    while (q.Step()) {
      MentionSentence s{q.Int(0), static_cast<uint32_t>(q.Int(1)), Text(q, 3), q.Int(4) != 0, false};
      auto key = std::make_pair(s.doc, s.sentence);
      auto it = activity.find(key);
      if (it == activity.end()) {
        text.Reset();
        text.Bind(1, s.doc);
        text.Bind(2, s.sentence);
        const bool yes = text.Step() && sw::analyze::ReportsActivity(rules_, text.Text(0));
        it = activity.emplace(key, yes).first;
      }
      s.activity = it->second;
      for (Work* w : Targets(Text(q, 2))) {
        Keep(w->live.recent_mentions, s);
        if (!s.activity) continue;
        Keep(w->live.reports, s);
        std::string& last = s.news ? w->live.last_news : w->live.last_document;
        last = std::max(last, s.date);
        if (w->reporting.insert(s.doc).second) ++w->live.reports_by_year[YearOf(s.date)];
      }
    }
    if (!text.status()) return text.status();
    return q.status();
  }

  void Finish(Work& w) {
    Liveness& l = w.live;
    if (auto own = cadence_.find(l.id); own != cadence_.end()) {
      l.cadence_months = own->second;
      l.cadence_from = "own";
    } else if (auto inherited = cadence_.find(l.of); !l.of.empty() && inherited != cadence_.end()) {
      l.cadence_months = inherited->second;
      l.cadence_from = "format";
    } else if (Work* parent = Find(l.of); l.type == "body" && (!parent || parent->live.type != "format")) {
      // An organisation's standing body (the ASEAN Secretariat) works between meetings by design,
      // and the corpus does not follow organisations: silence here says nothing, so without a
      // cadence of its own it is not assessed.
      l.cadence_from = "none";
    } else {
      l.cadence_from = "default";
    }
    if (l.cadence_from != "none") {
      const int cadence = l.cadence_months.value_or(rules_.default_cadence_months);
      l.allowed_months = static_cast<int>(std::ceil(rules_.grace * cadence - 1e-9));
    }
    // The latest sign; a tie goes to the meeting, then the document.
    for (auto [date, what] :
         {std::pair{&l.last_meeting, "meeting"}, {&l.last_document, "document"}, {&l.last_news, "news"}}) {
      if (!date->empty() && *date > l.last_activity) {
        l.last_activity = *date;
        l.activity_from = what;
      }
    }
    if (l.last_activity.empty()) {
      // No sign: count from the founding (a body without a date of its own from its format's).
      std::string founded = l.founded;
      if (founded.empty()) {
        if (Work* parent = Find(l.of)) founded = parent->live.founded;
      }
      if (!founded.empty()) {
        l.last_activity = founded;
        l.activity_from = "founded";
      }
    }
    if (l.last_activity.empty()) return;
    // Founded after the as-of date (its first possible day): it did not exist yet, so it can be
    // neither alive nor dormant.
    if (auto d = sw::kb::Date::Parse(l.last_activity); !d || sw::kb::Date::Parse(as_of_)->First() < d->First()) return;
    l.months_since_activity = MonthsBetween(l.last_activity, as_of_);
    if (l.months_since_activity && l.allowed_months) l.dormant = *l.months_since_activity > *l.allowed_months;
  }

  const sw::store::Db& db_;
  const LivenessRules& rules_;
  const std::string as_of_;
  std::vector<Work> work_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, int> cadence_;
  std::unordered_map<std::string, std::string> meeting_format_;
};

Result<std::string> AsOf(const std::string& arg) { return sw::analyze::ResolveAsOf(arg); }

Value OptInt(const std::optional<int>& v) { return v ? Value{int64_t{*v}} : Value{}; }
Value OptText(const std::string& s) { return s.empty() ? Value{} : Value{s}; }

std::string ByYear(const std::map<int, int64_t>& m) {
  std::string out;
  for (const auto& [y, n] : m) out += fmt::format("{}{}:{}", out.empty() ? "" : " ", y, n);
  return out;
}

std::optional<size_t> ColumnIndex(const Table& t, std::string_view name) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name == name) return c;
  }
  return std::nullopt;
}

void AppendLiveness(std::vector<Value>& row, const Liveness& l) {
  row.emplace_back(OptInt(l.cadence_months));
  row.emplace_back(l.cadence_from);
  row.emplace_back(OptInt(l.allowed_months));
  row.emplace_back(OptInt(l.months_since_activity));
  row.emplace_back(l.dormant ? Value{int64_t{*l.dormant}} : Value{});
}

const std::vector<Column> kLivenessColumns = {{"cadence_months", K::kInt},
                                              {"cadence_from", K::kText},
                                              {"allowed_months", K::kInt},
                                              {"months_since_activity", K::kInt},
                                              {"dormant", K::kBool}};

// Joins a registry table with the liveness of its rows (first column: the id).
Result<Table> Extend(Result<Table> registry, const std::vector<Liveness>& all, bool bodies) {
  if (!registry) return registry;
  Table t = std::move(*registry);
  std::unordered_map<std::string, const Liveness*> by_id;
  for (const auto& l : all) by_id[l.id] = &l;
  const auto last = ColumnIndex(t, "last_activity"), from = ColumnIndex(t, "activity_from");
  if (bodies) {
    t.columns.push_back({"documents", K::kInt});
    t.columns.push_back({"last_activity", K::kText});
    t.columns.push_back({"activity_from", K::kText});
  } else {
    t.columns.push_back({"meetings_by_year", K::kText});
  }
  t.columns.insert(t.columns.end(), kLivenessColumns.begin(), kLivenessColumns.end());
  for (auto& row : t.rows) {
    const auto* id = std::get_if<std::string>(&row[0]);
    auto it = id ? by_id.find(*id) : by_id.end();
    if (it == by_id.end()) {
      row.resize(t.columns.size());
      continue;
    }
    const Liveness& l = *it->second;
    if (bodies) {
      row.emplace_back(l.documents);
      row.emplace_back(OptText(l.last_activity));
      row.emplace_back(OptText(l.activity_from));
    } else {
      if (last) row[*last] = OptText(l.last_activity);
      if (from) row[*from] = OptText(l.activity_from);
      row.emplace_back(ByYear(l.meetings_by_year));
    }
    AppendLiveness(row, l);
  }
  return t;
}

std::string Title(const char* what, const std::string& as_of, const LivenessRules& rules) {
  return fmt::format("{} (as of {}; dormant: no sign of activity for more than {:g} × the cadence)", what, as_of,
                     rules.grace);
}

}  // namespace

Result<std::vector<Liveness>> ComputeLiveness(const Store& store, const LivenessRules& rules,
                                              const LivenessOptions& options) {
  auto as_of = AsOf(options.as_of);
  if (!as_of) return as_of.error();
  return Computation(store, rules, *as_of).Run();
}

Result<Table> FormatLiveness(const Store& store, const LivenessRules& rules, const LivenessOptions& options) {
  auto as_of = AsOf(options.as_of);
  if (!as_of) return as_of.error();
  auto all = Computation(store, rules, *as_of).Run();
  if (!all) return all.error();
  auto t = Extend(FormatRegistry(store, *as_of), *all, false);
  if (t) t->title = Title("Formats of the knowledge base, their activity and liveness", *as_of, rules);
  return t;
}

Result<Table> BodyLiveness(const Store& store, const LivenessRules& rules, const LivenessOptions& options) {
  auto as_of = AsOf(options.as_of);
  if (!as_of) return as_of.error();
  auto all = Computation(store, rules, *as_of).Run();
  if (!all) return all.error();
  auto t = Extend(BodyRegistry(store), *all, true);
  if (t) t->title = Title("Bodies of the knowledge base, their activity and liveness", *as_of, rules);
  return t;
}

Result<Table> LivenessByYear(const Store& store, const LivenessRules& rules, const LivenessOptions& options,
                             bool bodies) {
  auto as_of = AsOf(options.as_of);
  if (!as_of) return as_of.error();
  auto all = Computation(store, rules, *as_of).Run();
  if (!all) return all.error();
  Table t;
  t.title = fmt::format("{} per year: meetings held, documents of their own, documents reporting their work (as of {})",
                        bodies ? "Bodies" : "Formats", *as_of);
  t.columns = {{bodies ? "body" : "format", K::kText},
               {"year", K::kInt},
               {"meetings", K::kInt},
               {"documents", K::kInt},
               {"reports", K::kInt}};
  const int last_year = YearOf(*as_of);
  for (const Liveness& l : *all) {
    if ((l.type == "body") != bodies) continue;
    int first = last_year + 1;
    for (const std::string* d : {&l.founded, &l.last_activity}) {
      if (!d->empty()) first = std::min(first, YearOf(*d));
    }
    for (const auto* m : {&l.meetings_by_year, &l.documents_by_year, &l.reports_by_year}) {
      if (!m->empty()) first = std::min(first, m->begin()->first);
    }
    for (int y = first; y <= last_year; ++y) {
      auto get = [y](const std::map<int, int64_t>& m) {
        auto it = m.find(y);
        return it == m.end() ? int64_t{0} : it->second;
      };
      t.rows.push_back({l.id, int64_t{y}, get(l.meetings_by_year), get(l.documents_by_year), get(l.reports_by_year)});
    }
  }
  return t;
}

Result<Table> MeetingsHeld(const Store& store, const std::string& as_of_arg) {
  auto as_of = AsOf(as_of_arg);
  if (!as_of) return as_of.error();
  Stmt q(store.impl().db,
         "SELECT id, format, date, level, city, host FROM meetings WHERE date <= ?1 ORDER BY date, id");
  q.Bind(1, *as_of);
  Table t;
  t.title = fmt::format("Meetings of the knowledge base held by {}", *as_of);
  t.columns = {{"meeting", K::kText}, {"format", K::kText}, {"date", K::kText},
               {"level", K::kText},   {"city", K::kText},   {"host", K::kText}};
  while (q.Step()) {
    std::vector<Value> row;
    for (int c = 0; c < 6; ++c) row.emplace_back(OptText(Text(q, c)));
    t.rows.push_back(std::move(row));
  }
  if (!q.status()) return q.status().error();
  return t;
}

}  // namespace summitwatch
