// SPDX-License-Identifier: MIT
// Consensus space (docs/METHODS.md, "Consensus space"): each member's profile is the mean area
// share of the documents behind it; a group's common agenda is what every member's profile
// gives weight to. Intervals come from one bootstrap over documents per group: documents are
// drawn from the pool of the group's documents, so a joint declaration drawn once counts for
// every member that signed it, as it does in the point estimate. Resampling each member's
// documents apart would pull co-signed profiles apart and invent disagreement.
#include "summitwatch/consensus.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

#include "analyze/bootstrap.h"
#include "analyze/consensus_measures.h"
#include "analyze/doc_filter.h"
#include "store/store_impl.h"

namespace sw::analyze {

double Overlap(const std::vector<double>& p, const std::vector<double>& q) {
  double s = 0;
  for (size_t a = 0; a < p.size() && a < q.size(); ++a) s += std::min(p[a], q[a]);
  return s;
}

double CommonAgenda(const std::vector<std::vector<double>>& profiles) {
  if (profiles.empty()) return 0;
  double s = 0;
  for (size_t a = 0; a < profiles[0].size(); ++a) {
    double m = profiles[0][a];
    for (const auto& p : profiles) m = std::min(m, a < p.size() ? p[a] : 0.0);
    s += m;
  }
  return s;
}

double MeanPairwiseOverlap(const std::vector<std::vector<double>>& profiles) {
  double s = 0;
  size_t pairs = 0;
  for (size_t i = 0; i < profiles.size(); ++i) {
    for (size_t k = i + 1; k < profiles.size(); ++k, ++pairs) s += Overlap(profiles[i], profiles[k]);
  }
  return pairs ? s / static_cast<double>(pairs) : 0.0;
}

double MeanOverlapWith(const std::vector<std::vector<double>>& profiles, size_t i) {
  double s = 0;
  size_t n = 0;
  for (size_t k = 0; k < profiles.size(); ++k) {
    if (k == i) continue;
    s += Overlap(profiles[i], profiles[k]);
    ++n;
  }
  return n ? s / static_cast<double>(n) : 0.0;
}

}  // namespace sw::analyze

namespace summitwatch {
namespace {

using sw::store::Stmt;

struct Data {
  std::vector<std::string> areas;
  std::unordered_map<int64_t, std::vector<double>> shares;  // area-coded document -> share per area
  std::map<std::string, std::vector<int64_t>> member_docs;  // sorted, unique
  // doc -> its place in content-hash order. Integer keys follow the order in which an ingest's
  // threads finished, which differs between two ingests of the same corpus; the bootstrap draws
  // documents in hash order, so the same documents give the same intervals in any store.
  std::unordered_map<int64_t, int64_t> rank;
};

Result<Data> Load(const sw::store::Db& db, const ConsensusOptions& o) {
  auto where = sw::analyze::FilterSql(o.filter);
  if (!where) return where.error();
  Data data;
  std::map<std::string, size_t> index;
  std::vector<std::tuple<int64_t, size_t, double>> rows;
  Stmt s(db, "SELECT d.doc, a.area, a.share FROM documents d JOIN document_areas a ON a.doc = d.doc "
             "WHERE d.coded_sentences > 0" + where->sql + " ORDER BY d.doc");
  where->Bind(s, 1);
  while (s.Step()) {
    auto [it, fresh] = index.try_emplace(std::string(s.Text(1)), index.size());
    rows.emplace_back(s.Int(0), it->second, s.Real(2));
  }
  if (!s.status()) return s.status().error();
  data.areas.resize(index.size());
  for (const auto& [area, i] : index) data.areas[i] = area;
  for (const auto& [doc, area, share] : rows) {
    auto& v = data.shares[doc];
    v.resize(index.size(), 0.0);
    v[area] = share;
  }

  // Issuer: every document the member signed. Host: the documents of the meetings it hosted,
  // and what it issued alone (a readout, a speech): the texts it can be taken to have drafted.
  const std::string sql =
      o.basis == ProfileBasis::kIssuer
          ? "SELECT i.issuer, d.doc FROM document_issuers i JOIN documents d ON d.doc = i.doc "
            "WHERE d.coded_sentences > 0" + where->sql
          : "SELECT m.host, d.doc FROM documents d JOIN meetings m ON m.id = d.meeting "
            "WHERE m.host IS NOT NULL AND d.coded_sentences > 0" + where->sql +
                " UNION SELECT i.issuer, d.doc FROM document_issuers i JOIN documents d ON d.doc = i.doc "
                "WHERE d.coded_sentences > 0 AND (SELECT count(*) FROM document_issuers j WHERE j.doc = d.doc) = 1" +
                where->sql;
  Stmt m(db, sql);
  int next = where->Bind(m, 1);
  if (o.basis == ProfileBasis::kHost) where->Bind(m, next);
  while (m.Step()) data.member_docs[std::string(m.Text(0))].push_back(m.Int(1));
  if (!m.status()) return m.status().error();
  Stmt r(db, "SELECT d.doc FROM documents d WHERE d.coded_sentences > 0" + where->sql + " ORDER BY d.hash");
  where->Bind(r, 1);
  while (r.Step()) data.rank.emplace(r.Int(0), static_cast<int64_t>(data.rank.size()));
  if (!r.status()) return r.status().error();
  for (auto& [member, docs] : data.member_docs) {
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  }
  return data;
}

std::vector<double> MeanProfile(const Data& data, const std::vector<int64_t>& docs) {
  std::vector<double> p(data.areas.size(), 0.0);
  for (int64_t d : docs) {
    const auto& v = data.shares.at(d);
    for (size_t a = 0; a < v.size(); ++a) p[a] += v[a];
  }
  for (auto& x : p) x /= static_cast<double>(docs.size());
  return p;
}

struct Figures {
  double common = 0, overlap = 0, partner = 0, gap = 0;
};

// `partner`: the index of the partner among the profiles, or npos. The gap compares the
// partner's overlap with the others to the others' overlap among themselves on the same
// profiles, so that what resampling does to both (a sum of minima shrinks as profiles get
// noisier) cancels in the difference.
Figures Measure(const std::vector<std::vector<double>>& profiles, size_t partner) {
  Figures f;
  f.common = sw::analyze::CommonAgenda(profiles);
  f.overlap = sw::analyze::MeanPairwiseOverlap(profiles);
  if (partner != std::string::npos) {
    f.partner = sw::analyze::MeanOverlapWith(profiles, partner);
    std::vector<std::vector<double>> others;
    for (size_t i = 0; i < profiles.size(); ++i) {
      if (i != partner) others.push_back(profiles[i]);
    }
    f.gap = f.partner - sw::analyze::MeanPairwiseOverlap(others);
  }
  return f;
}

ConsensusGroup Evaluate(const Data& data, std::string label, std::string partner, std::vector<std::string> members,
                        const ConsensusOptions& o) {
  ConsensusGroup g;
  g.label = std::move(label);
  g.partner = std::move(partner);
  g.members = std::move(members);
  static const std::vector<int64_t> kNone;
  std::vector<const std::vector<int64_t>*> docs;
  size_t partner_index = std::string::npos;
  for (size_t i = 0; i < g.members.size(); ++i) {
    auto it = data.member_docs.find(g.members[i]);
    docs.push_back(it == data.member_docs.end() ? &kNone : &it->second);
    if (docs.back()->empty()) g.missing.push_back(g.members[i]);
    if (g.members[i] == g.partner) partner_index = i;
  }
  std::vector<int64_t> pool;
  for (const auto* d : docs) pool.insert(pool.end(), d->begin(), d->end());
  std::sort(pool.begin(), pool.end());
  pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
  g.documents = static_cast<int64_t>(pool.size());
  if (!g.missing.empty()) return g;

  std::vector<std::vector<double>> profiles;
  for (const auto* d : docs) profiles.push_back(MeanProfile(data, *d));
  const Figures point = Measure(profiles, partner_index);
  for (size_t a = 0; a < data.areas.size(); ++a) {
    double least = 1;
    for (const auto& p : profiles) least = std::min(least, p[a]);
    if (least >= o.threshold && least > 0) g.shared.push_back(data.areas[a]);
  }
  std::stable_sort(g.shared.begin(), g.shared.end(), [&](const std::string& x, const std::string& y) {
    auto least = [&](const std::string& area) {
      const size_t a = static_cast<size_t>(std::find(data.areas.begin(), data.areas.end(), area) - data.areas.begin());
      double m = 1;
      for (const auto& p : profiles) m = std::min(m, p[a]);
      return m;
    };
    return least(x) > least(y);
  });

  // Each member's documents as positions in the pool, and the pool's share vectors.
  std::sort(pool.begin(), pool.end(), [&](int64_t x, int64_t y) { return data.rank.at(x) < data.rank.at(y); });
  std::unordered_map<int64_t, size_t> position_of;
  for (size_t i = 0; i < pool.size(); ++i) position_of.emplace(pool[i], i);
  std::vector<std::vector<size_t>> positions;
  for (const auto* d : docs) {
    std::vector<size_t> pos;
    for (int64_t doc : *d) pos.push_back(position_of.at(doc));
    positions.push_back(std::move(pos));
  }
  std::vector<const std::vector<double>*> pool_shares;
  for (int64_t doc : pool) pool_shares.push_back(&data.shares.at(doc));

  sw::analyze::SplitMix64 rng{o.seed};
  std::vector<double> common, overlap, with_partner, gap;
  std::vector<int> count(pool.size());
  std::vector<std::vector<double>> replicate(profiles.size(), std::vector<double>(data.areas.size()));
  for (int r = 0; r < o.resamples; ++r) {
    std::fill(count.begin(), count.end(), 0);
    for (size_t k = 0; k < pool.size(); ++k) ++count[rng.Below(pool.size())];
    bool complete = true;
    for (size_t m = 0; m < positions.size() && complete; ++m) {
      auto& p = replicate[m];
      std::fill(p.begin(), p.end(), 0.0);
      int weight = 0;
      for (size_t pos : positions[m]) {
        if (count[pos] == 0) continue;
        weight += count[pos];
        const auto& v = *pool_shares[pos];
        for (size_t a = 0; a < v.size(); ++a) p[a] += count[pos] * v[a];
      }
      if (weight == 0) complete = false;
      for (auto& x : p) x /= weight > 0 ? weight : 1;
    }
    // A replicate in which a member drew none of its documents has no profile for it: left out.
    if (!complete) continue;
    const Figures f = Measure(replicate, partner_index);
    common.push_back(f.common);
    overlap.push_back(f.overlap);
    with_partner.push_back(f.partner);
    gap.push_back(f.gap);
  }
  g.replicates = static_cast<int>(common.size());
  auto set = [&](ConsensusFigure& out, double value, std::vector<double>& reps) {
    out.value = value;
    out.known = true;
    if (reps.empty()) {
      out.lo = out.hi = std::numeric_limits<double>::quiet_NaN();
      return;
    }
    std::sort(reps.begin(), reps.end());
    out.lo = sw::analyze::Quantile(reps, 0.025);
    out.hi = sw::analyze::Quantile(reps, 0.975);
  };
  set(g.common, point.common, common);
  if (profiles.size() >= 2) set(g.overlap, point.overlap, overlap);
  if (partner_index != std::string::npos) {
    set(g.partner_overlap, point.partner, with_partner);
    // Without two other members there is no overlap among them to compare with.
    if (profiles.size() >= 3) set(g.partner_gap, point.gap, gap);
  }
  return g;
}

// The region's own states: the countries of the knowledge base's focus region (data/kb/
// regions.yaml, `focus: true`); failing that, the members of the formats it marks as regionally
// initiated, in the order the first of them lists its members.
Status Region(const sw::store::Db& db, Consensus& c) {
  Stmt focus(db, "SELECT value FROM meta WHERE key = 'focus_region'");
  if (focus.Step()) c.region_entity = focus.Text(0);
  if (!focus.status()) return focus.status().error();
  Stmt m(db, "SELECT member FROM members WHERE entity = ? ORDER BY position");
  if (!c.region_entity.empty()) {
    m.Bind(1, c.region_entity);
    while (m.Step()) c.region.emplace_back(m.Text(0));
    if (!m.status()) return m.status().error();
    if (!c.region.empty()) return {};
  }
  Stmt f(db, "SELECT id FROM formats WHERE initiator_kind = 'regional' ORDER BY founded, id");
  while (f.Step()) c.regional_formats.emplace_back(f.Text(0));
  if (!f.status()) return f.status().error();
  for (const auto& format : c.regional_formats) {
    m.Reset();
    m.Bind(1, format);
    while (m.Step()) {
      std::string id(m.Text(0));
      if (std::find(c.region.begin(), c.region.end(), id) == c.region.end()) c.region.push_back(std::move(id));
    }
    if (!m.status()) return m.status().error();
  }
  return {};
}

// Members of externally initiated formats outside the region that issued documents (under the
// filter), the most documents first.
Result<std::vector<std::string>> Partners(const sw::store::Db& db, const Consensus& c, const DocFilter& filter) {
  auto where = sw::analyze::FilterSql(filter);
  if (!where) return where.error();
  Stmt q(db, "SELECT i.issuer, count(DISTINCT i.doc) AS n FROM document_issuers i JOIN documents d ON d.doc = i.doc "
             "WHERE i.issuer IN (SELECT m.member FROM members m JOIN formats f ON f.id = m.entity "
             "WHERE f.initiator_kind = 'external')" + where->sql + " GROUP BY i.issuer ORDER BY n DESC, i.issuer");
  where->Bind(q, 1);
  std::vector<std::string> out;
  while (q.Step()) {
    std::string id(q.Text(0));
    if (std::find(c.region.begin(), c.region.end(), id) == c.region.end()) out.push_back(std::move(id));
  }
  if (!q.status()) return q.status().error();
  return out;
}

Value FigureCell(const ConsensusFigure& f, double ConsensusFigure::*field) {
  if (!f.known) return {};
  const double v = f.*field;
  return v == v ? Value{v} : Value{};
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

}  // namespace

Result<Consensus> ComputeConsensus(const Store& store, const ConsensusOptions& options) {
  const auto& db = store.impl().db;
  if (options.resamples < 1) return MakeError(ErrorCode::kInvalidInput, "the bootstrap needs at least one resample.");
  if (!options.members.empty() && options.members.size() < 2) {
    return MakeError(ErrorCode::kInvalidInput, "--members needs at least two members.");
  }
  Consensus c;
  c.basis = options.basis;
  c.threshold = options.threshold;
  if (auto s = Region(db, c); !s) return s.error();
  auto data = Load(db, options);
  if (!data) return data.error();

  std::vector<std::string> everyone;
  if (!options.members.empty()) {
    Stmt known(db, "SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?1) OR "
                   "EXISTS (SELECT 1 FROM members WHERE member = ?1) OR "
                   "EXISTS (SELECT 1 FROM document_issuers WHERE issuer = ?1)");
    for (const auto& m : options.members) {
      known.Reset();
      known.Bind(1, m);
      if (!known.Step() || known.Int(0) == 0) {
        return MakeError(ErrorCode::kNotFound,
                         fmt::format("no member '{}': neither a knowledge-base entity nor an issuer of a stored document.",
                                     m),
                         m);
      }
    }
    everyone = options.members;
    c.groups.push_back(Evaluate(*data, "members", "", options.members, options));
  } else {
    if (c.region.size() < 2) {
      return MakeError(ErrorCode::kNotFound,
                       "the knowledge base marks no focus region and no regionally initiated format with two or more "
                       "members to take the region's states from; name a group with --members.");
    }
    auto partners = Partners(db, c, options.filter);
    if (!partners) return partners.error();
    everyone = c.region;
    c.groups.push_back(Evaluate(*data, "region", "", c.region, options));
    for (const auto& p : *partners) {
      std::vector<std::string> members = c.region;
      members.push_back(p);
      everyone.push_back(p);
      c.groups.push_back(Evaluate(*data, "region+" + p, p, std::move(members), options));
    }
  }
  for (const auto& m : everyone) {
    MemberProfile p;
    p.member = m;
    if (auto it = data->member_docs.find(m); it != data->member_docs.end()) p.docs = it->second;
    if (!p.docs.empty()) {
      const auto v = MeanProfile(*data, p.docs);
      for (size_t a = 0; a < v.size(); ++a) {
        if (v[a] > 0) p.shares[data->areas[a]] = v[a];
      }
    }
    c.profiles.push_back(std::move(p));
  }
  return c;
}

Table ConsensusTable(const Consensus& c) {
  using K = Column::Kind;
  Table t;
  t.title = fmt::format(
      "Consensus space: the agenda every member's profile shares (common), the mean overlap of pairs of members, the "
      "partner's mean overlap with the region's states and its gap to their overlap among themselves, with 95% "
      "bootstrap intervals over documents; profiles "
      "from the documents each member {}; shared areas: every member gives at least {:.0f}%",
      c.basis == ProfileBasis::kIssuer ? "issued" : "hosted or issued alone", c.threshold * 100);
  t.columns = {{"group", K::kText},       {"partner", K::kText},         {"members", K::kText},
               {"missing", K::kText},     {"documents", K::kInt},        {"common", K::kShare},
               {"common_lo", K::kShare},  {"common_hi", K::kShare},      {"overlap", K::kShare},
               {"overlap_lo", K::kShare}, {"overlap_hi", K::kShare},     {"partner_overlap", K::kShare},
               {"partner_lo", K::kShare}, {"partner_hi", K::kShare},     {"partner_gap", K::kShare},
               {"gap_lo", K::kShare},     {"gap_hi", K::kShare},         {"shared_areas", K::kText},
               {"replicates", K::kInt}};
  auto text = [](const std::string& s) { return s.empty() ? Value{} : Value{s}; };
  for (const auto& g : c.groups) {
    using F = ConsensusFigure;
    t.rows.push_back({g.label, text(g.partner), Join(g.members, ","), text(Join(g.missing, ",")), g.documents,
                      FigureCell(g.common, &F::value), FigureCell(g.common, &F::lo), FigureCell(g.common, &F::hi),
                      FigureCell(g.overlap, &F::value), FigureCell(g.overlap, &F::lo), FigureCell(g.overlap, &F::hi),
                      FigureCell(g.partner_overlap, &F::value), FigureCell(g.partner_overlap, &F::lo),
                      FigureCell(g.partner_overlap, &F::hi), FigureCell(g.partner_gap, &F::value),
                      FigureCell(g.partner_gap, &F::lo), FigureCell(g.partner_gap, &F::hi), g.missing.empty() ? Value{Join(g.shared, ",")} : Value{},
                      int64_t{g.replicates}});
  }
  return t;
}

Table MemberProfilesTable(const Consensus& c) {
  std::map<std::string, double> total;
  for (const auto& p : c.profiles) {
    for (const auto& [area, share] : p.shares) total[area] += share;
  }
  std::vector<std::string> areas;
  for (const auto& [area, sum] : total) areas.push_back(area);
  std::stable_sort(areas.begin(), areas.end(), [&](const auto& a, const auto& b) { return total[a] > total[b]; });
  Table t;
  t.title = fmt::format("Member profiles: mean area shares of the documents each member {}",
                        c.basis == ProfileBasis::kIssuer ? "issued" : "hosted or issued alone");
  t.columns = {{"member", Column::Kind::kText}, {"documents", Column::Kind::kInt}};
  for (const auto& a : areas) t.columns.push_back({a, Column::Kind::kShare});
  for (const auto& p : c.profiles) {
    std::vector<Value> row{p.member, static_cast<int64_t>(p.docs.size())};
    for (const auto& a : areas) {
      auto it = p.shares.find(a);
      row.emplace_back(it == p.shares.end() ? 0.0 : it->second);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace summitwatch
