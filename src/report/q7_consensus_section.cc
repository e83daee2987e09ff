// SPDX-License-Identifier: MIT
// Question 7, whether consensus is easier among the five than with an outside partner: the
// consensus measures of the region's states alone and with each partner (ComputeConsensus, as
// `summitwatch consensus`), as bars with intervals and a table, on two bases for a member's
// profile (the documents it issued; those of the meetings it hosted), with the member profiles
// and the documents behind each.
#include <fmt/format.h>

#include <cmath>

#include "report/diff_chart.h"
#include "report/html.h"
#include "report/official_texts.h"
#include "report/sections.h"
#include "report/svg_chart.h"
#include "store/store_impl.h"
#include "summitwatch/consensus.h"

namespace sw::report {
namespace {

using summitwatch::ConsensusGroup;
using summitwatch::ProfileBasis;

std::string Pct(const summitwatch::ConsensusFigure& f) {
  if (!f.known) return "–";
  if (f.lo != f.lo) return fmt::format("{:.0f}%", f.value * 100);
  return fmt::format("{:.0f}% ({:.0f}–{:.0f}%)", f.value * 100, f.lo * 100, f.hi * 100);
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

std::string Points(const summitwatch::ConsensusFigure& f) {
  if (!f.known) return "–";
  if (f.lo != f.lo) return fmt::format("{:+.0f} pp", f.value * 100);
  return fmt::format("{:+.0f} pp ({:+.0f} to {:+.0f})", f.value * 100, f.lo * 100, f.hi * 100);
}

// What the figures say, in words: the region alone against each partner. The gap carries the
// comparison: the common agenda can only fall when a member is added.
std::string Reading(const summitwatch::Consensus& c) {
  if (c.groups.empty()) return {};
  const ConsensusGroup& region = c.groups.front();
  if (!region.missing.empty()) {
    return fmt::format("<p>No profile for {} on this basis: no area-coded document in the selection.</p>\n",
                       Escape(Join(region.missing)));
  }
  std::string out = fmt::format("<p>The region's states alone ({}): common agenda {}, mean pairwise overlap {}. ",
                                Escape(Join(region.members)), Pct(region.common), Pct(region.overlap));
  if (region.common.value > 1 - 1e-9) {
    out += "Their profiles coincide: on this basis every one of them stands behind exactly the same documents, so the "
           "region's common agenda is complete by construction and says nothing about how hard it was to reach. ";
  }
  for (size_t i = 1; i < c.groups.size(); ++i) {
    const ConsensusGroup& g = c.groups[i];
    if (!g.missing.empty()) {
      out += fmt::format("With {}: no profile for {} on this basis. ", Escape(g.partner), Escape(Join(g.missing)));
      continue;
    }
    const auto& gap = g.partner_gap;
    const bool below = gap.known && gap.hi == gap.hi && gap.hi < 0;
    const bool above = gap.known && gap.lo == gap.lo && gap.lo > 0;
    out += fmt::format("With {}: common agenda {}; the partner's overlap with the region's states {}, {} their overlap "
                       "among themselves ({}). ",
                       Escape(g.partner), Pct(g.common), Pct(g.partner_overlap),
                       below ? "below" : above ? "above" : "not distinguishable from", Points(gap));
  }
  out += "</p>\n";
  return out;
}

summitwatch::Result<std::string> Basis(ReportContext& ctx, const summitwatch::DocFilter& official, ProfileBasis basis) {
  summitwatch::ConsensusOptions o;
  o.filter = official;
  o.basis = basis;
  auto c = summitwatch::ComputeConsensus(ctx.store, o);
  if (!c) {
    if (c.error().code != summitwatch::ErrorCode::kNotFound) return c.error();
    return "<p>" + Escape(c.error().message) + "</p>\n";
  }
  const char* what = basis == ProfileBasis::kIssuer ? "the documents it issued" : "the documents of the meetings it "
                                                                                   "hosted and those it issued alone";
  std::string html = fmt::format("<h3>A member's profile from {}</h3>\n", what);
  std::vector<IntervalBar> bars;
  for (const auto& g : c->groups) {
    const std::string label = g.partner.empty() ? "the region alone" : "region + " + g.partner;
    auto add = [&](const char* series, const summitwatch::ConsensusFigure& f) {
      if (!f.known) return;
      const bool interval = f.lo == f.lo;
      bars.push_back({label, series, f.value, interval ? f.lo : 0, interval ? f.hi : 0, interval});
    };
    add("common agenda", g.common);
    add("mean pairwise overlap", g.overlap);
    add("partner's overlap with the region's states", g.partner_overlap);
  }
  if (!bars.empty()) {
    html += IntervalBars(bars, {.title = fmt::format("Consensus space, profiles from the documents each member {} (95% "
                                                     "interval)",
                                                     basis == ProfileBasis::kIssuer ? "issued" : "hosted or issued alone")});
  }
  html += Reading(*c);
  html += TableHtml(summitwatch::ConsensusTable(*c), {.shade_shares = false});
  const summitwatch::Table profiles = summitwatch::MemberProfilesTable(*c);
  html += StackedShareBars(profiles, 0, {.title = fmt::format("Member profiles from {}", what)});
  html += TableHtml(profiles);
  for (const auto& p : c->profiles) {
    std::vector<SentenceRef> refs;
    for (int64_t doc : p.docs) refs.push_back({doc, SentenceRef::kNoSentence});
    html += ctx.Evidence(refs, fmt::format("{}: the documents behind its profile", p.member), 12);
  }
  return html;
}

}  // namespace

summitwatch::Result<Section> ConsensusSection(ReportContext& ctx) {
  Section s;
  s.id = "q7-consensus";
  s.heading = "7. Is consensus easier among the five than with an outside partner?";
  s.note =
      "Official texts only. A member's profile is the mean area share of the documents behind it; a group's common "
      "agenda is the sum over areas of the smallest share any member gives the area, the pairwise overlap the same "
      "for two members, averaged over pairs; intervals from 1000 bootstrap replicates over documents (fixed seed). "
      "`summitwatch consensus [--basis host]` gives the same figures (docs/METHODS.md, \"Consensus space\").";
  auto official = OfficialTexts(ctx.store.impl().db, ctx.filter);
  if (!official) return official.error();
  if (official->kind.empty()) {
    s.html = "<p>No official texts (declarations, communiqués, statements...) in the selection.</p>\n";
    return s;
  }
  std::string html =
      "<p><b>What the model assumes.</b> The priorities a member holds are read from the texts it stands behind, "
      "and agreeing is easier the more of its agenda each member shares with every other. The region's states are "
      "the countries of the knowledge base's focus region (<code>data/kb/regions.yaml</code>); the partners are the "
      "other members of "
      "externally initiated formats that issued documents. Two readings of \"the texts it stands behind\" are "
      "shown. <i>Issued</i>: every document that lists the member among its issuers, a joint declaration counting "
      "in full for each signatory; where the region's states only ever sign together, their profiles coincide and the "
      "region's common agenda is 100% by construction. <i>Hosted</i>: the documents of the meetings it hosted (the "
      "host usually holds the pen) and those it issued alone; this tells the states apart, but takes the host's "
      "draft for the host's priorities and rests on few documents per member.</p>\n"
      "<p><b>What it cannot tell.</b> A shared agenda is not agreement on what to do about it: two members can "
      "give security the same share and mean opposite things. The measures see the final texts, not the "
      "negotiation, the drafts that failed, or the decisions never written down; a joint text is by definition a "
      "consensus already reached. Profiles differ with the format's topic and the year as much as with the "
      "member, and the common agenda can only fall as members are added, so the comparison that carries "
      "information is the partner's overlap with the region's states against their overlap among themselves (the "
      "gap, computed on the same bootstrap replicates).</p>\n";
  for (ProfileBasis basis : {ProfileBasis::kIssuer, ProfileBasis::kHost}) {
    auto part = Basis(ctx, *official, basis);
    if (!part) return part.error();
    html += *part;
  }
  s.html = std::move(html);
  return s;
}

}  // namespace sw::report
