// SPDX-License-Identifier: MIT
// Comparing profiles, keyness and consensus space as users meet them, on a store ingested from
// data/demo: the documented columns of `areas --compare`, `areas --compare --keyness` and
// `consensus`, with --json, and values that hang together.
#include "cli_helpers.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using RunResult = sw::test::Ran;

using sw::test::Slurp;

class CompareCliTest : public sw::test::DemoStoreSuite {
 protected:
  static json Json(const std::string& args) {
    RunResult r = Sw(args + " --db " + db() + " --json");
    EXPECT_EQ(r.status, 0) << r.err;
    json j = json::parse(r.out, nullptr, false);
    EXPECT_TRUE(j.is_array()) << r.out;
    return j;
  }
};

TEST_F(CompareCliTest, CompareGivesTheDifferenceWithItsInterval) {
  json rows = Json("areas --compare china-ca c5plus1 --kind declaration,communique,statement,speech,readout");
  ASSERT_GE(rows.size(), 10u);
  double sum_a = 0, sum_b = 0;
  double last = 2;
  for (const auto& row : rows) {
    for (const char* key : {"area", "china-ca", "c5plus1", "difference", "diff_lo", "diff_hi", "significant"}) {
      ASSERT_TRUE(row.contains(key)) << key << " in " << row.dump();
    }
    const double a = row["china-ca"], b = row["c5plus1"], d = row["difference"];
    const double lo = row["diff_lo"], hi = row["diff_hi"];
    sum_a += a;
    sum_b += b;
    EXPECT_NEAR(d, a - b, 2e-6) << row.dump();  // printed with six decimals
    EXPECT_LE(lo, d + 1e-6) << row.dump();
    EXPECT_GE(hi, d - 1e-6) << row.dump();
    EXPECT_EQ(row["significant"].get<int>(), lo > 0 || hi < 0 ? 1 : 0) << row.dump();
    // The widest gap first.
    EXPECT_LE(std::fabs(d), last + 1e-6);
    last = std::fabs(d);
    // An interval of a difference of two shares over a few dozen sentences per side: neither
    // a point nor the whole range.
    EXPECT_LT(hi - lo, 0.5) << row.dump();
  }
  EXPECT_NEAR(sum_a, 1.0, 1e-4);
  EXPECT_NEAR(sum_b, 1.0, 1e-4);
  // At least one area differs beyond the interval on this corpus (connectivity, integration).
  bool any = false;
  for (const auto& row : rows) any = any || row["significant"].get<int>() == 1;
  EXPECT_TRUE(any);

  RunResult again = Sw("areas --db " + db() + " --compare china-ca c5plus1 --json");
  RunResult twice = Sw("areas --db " + db() + " --compare china-ca c5plus1 --json");
  EXPECT_EQ(again.out, twice.out) << "the bootstrap is seeded";
}

TEST_F(CompareCliTest, KeynessListsTheTermsEachSideUsesMore) {
  json rows = Json("areas --compare china-ca c5plus1 --keyness --top 6 --lang en");
  ASSERT_FALSE(rows.empty());
  std::map<std::string, int> per_side;
  for (const auto& row : rows) {
    for (const char* key : {"term", "words", "favours", "g2", "log_ratio", "freq_a", "freq_b", "per_10k_a",
                            "per_10k_b", "docs_a", "docs_b", "examples"}) {
      ASSERT_TRUE(row.contains(key)) << key << " in " << row.dump();
    }
    const std::string favours = row["favours"];
    ++per_side[favours];
    const double g2 = row["g2"], lr = row["log_ratio"];
    EXPECT_GE(std::fabs(g2), 3.84) << row.dump();
    EXPECT_EQ(g2 > 0, favours == "china-ca") << row.dump();
    EXPECT_EQ(lr > 0, g2 > 0) << row.dump();
    EXPECT_EQ(row["per_10k_a"].get<double>() > row["per_10k_b"].get<double>(), g2 > 0) << row.dump();
    EXPECT_GE(row["freq_a"].get<int>() + row["freq_b"].get<int>(), 3);
    const int words = row["words"];
    EXPECT_TRUE(words == 1 || words == 2);
    const std::string term = row["term"];
    EXPECT_EQ(term.find(' ') != std::string::npos, words == 2) << term;
    // Examples cite documents of the side that uses the term more ("<id>:<sentence>").
    const std::string examples = row["examples"];
    EXPECT_EQ(examples.rfind(favours == "china-ca" ? "china-ca-" : "c5plus1-", 0), 0u) << examples;
    EXPECT_NE(examples.find(':'), std::string::npos);
    // Stop words are left out.
    for (const char* stop : {"the", "and", "of", "we"}) EXPECT_NE(term, stop);
  }
  EXPECT_LE(per_side["china-ca"], 6);
  EXPECT_LE(per_side["c5plus1"], 6);
  EXPECT_GT(per_side["china-ca"], 0);
  EXPECT_GT(per_side["c5plus1"], 0);
  // A's terms first.
  EXPECT_EQ(rows.front()["favours"], "china-ca");
}

TEST_F(CompareCliTest, ConsensusComparesTheRegionAloneAndWithEachPartner) {
  json rows = Json("consensus --kind declaration,communique,statement,speech,readout");
  ASSERT_GE(rows.size(), 3u);
  const json& region = rows[0];
  for (const char* key : {"group", "partner", "members", "missing", "documents", "common", "common_lo", "common_hi",
                          "overlap", "overlap_lo", "overlap_hi", "partner_overlap", "partner_lo", "partner_hi",
                          "partner_gap", "gap_lo", "gap_hi", "shared_areas", "replicates"}) {
    ASSERT_TRUE(region.contains(key)) << key;
  }
  // The five, from the regionally initiated format of the knowledge base.
  EXPECT_EQ(region["group"], "region");
  EXPECT_EQ(region["members"], "KAZ,KGZ,TJK,TKM,UZB");
  EXPECT_TRUE(region["partner"].is_null());
  std::set<std::string> partners;
  for (size_t i = 1; i < rows.size(); ++i) {
    const json& g = rows[i];
    partners.insert(g["partner"].get<std::string>());
    EXPECT_EQ(g["group"], "region+" + g["partner"].get<std::string>());
    // Adding a member can only shrink what every member shares.
    EXPECT_LE(g["common"].get<double>(), region["common"].get<double>() + 1e-9);
    for (const char* m : {"common", "overlap", "partner_overlap"}) {
      const double v = g[m], lo = g[std::string(m == std::string("partner_overlap") ? "partner" : m) + "_lo"],
                   hi = g[std::string(m == std::string("partner_overlap") ? "partner" : m) + "_hi"];
      EXPECT_LE(0.0, lo);
      EXPECT_LE(lo, hi);
      EXPECT_LE(hi, 1.0 + 1e-9);
      EXPECT_GE(v, 0.0);
    }
    EXPECT_GT(g["replicates"].get<int>(), 900);
    // The five sign every document together, so on this basis they overlap fully and any
    // partner is further from them than they are from each other.
    EXPECT_NEAR(g["partner_gap"].get<double>(), g["partner_overlap"].get<double>() - 1.0, 1e-5);
    EXPECT_LE(g["gap_lo"].get<double>(), g["gap_hi"].get<double>());
  }
  // The outside partners that issued documents in the demo corpus.
  EXPECT_TRUE(partners.count("USA"));
  EXPECT_TRUE(partners.count("CHN"));

  // On the documents they hosted, the five's profiles differ.
  json host = Json("consensus --basis host");
  ASSERT_FALSE(host.empty());
  EXPECT_LT(host[0]["common"].get<double>(), 0.95);

  json profiles = Json("consensus --profiles");
  ASSERT_GE(profiles.size(), 6u);
  EXPECT_EQ(profiles[0]["member"], "KAZ");
}

// The report's sections 2 and 7 draw the figures the commands print: every difference and
// interval of `areas --compare`, every consensus figure of `consensus`, in the charts' tooltips.
TEST_F(CompareCliTest, TheReportDrawsTheSameFigures) {
  const std::string official = " --kind communique,declaration,readout,speech,statement";
  RunResult r = Sw("report --db " + db() + " --out " + (dir() / "report").string() +
                   " --compare china-ca:c5plus1 --sections q2,q7");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string html = Slurp(dir() / "report" / "report.html");
  auto section = [&](const std::string& id) {
    const size_t at = html.find("<section id=\"" + id + "\"");
    EXPECT_NE(at, std::string::npos) << id;
    return at == std::string::npos ? std::string() : html.substr(at, html.find("</section>", at) - at);
  };
  const std::string q2 = section("q2-profiles"), q7 = section("q7-consensus");
  auto signed_pct = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f", v * 100);
    return std::string(buf);
  };
  for (const auto& row : Json("areas --compare china-ca c5plus1" + official)) {
    const double lo = row["diff_lo"], hi = row["diff_hi"];
    const std::string tip = row["area"].get<std::string>() + ": china-ca − c5plus1 = " +
                            signed_pct(row["difference"].get<double>()) + " pp (95% interval " + signed_pct(lo) +
                            " to " + signed_pct(hi) + (lo > 0 || hi < 0 ? ", excludes zero)" : ", includes zero)");
    EXPECT_NE(q2.find(tip), std::string::npos) << tip;
  }
  for (const auto& row : Json("consensus" + official)) {
    if (row["common"].is_null()) continue;
    const std::string label =
        row["partner"].is_null() ? "the region alone" : "region + " + row["partner"].get<std::string>();
    char tip[160];
    std::snprintf(tip, sizeof tip, "%s, common agenda: %.1f%% (95%% interval %.1f%% to %.1f%%)", label.c_str(),
                  row["common"].get<double>() * 100, row["common_lo"].get<double>() * 100,
                  row["common_hi"].get<double>() * 100);
    EXPECT_NE(q7.find(tip), std::string::npos) << tip;
  }
}

TEST_F(CompareCliTest, MisuseIsReportedInOneSentence) {
  RunResult r = Sw("areas --db " + db() + " --keyness");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: --keyness needs --compare A B.\n");
  r = Sw("consensus --db " + db() + " --members KAZ");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "summitwatch: error: --members needs at least two members.\n");
  r = Sw("consensus --db " + db() + " --members KAZ,XXX");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "summitwatch: error: no member 'XXX': neither a knowledge-base entity nor an issuer of a stored document.\n");
  r = Sw("areas --db " + db() + " --compare china-ca nowhere --keyness");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "summitwatch: error: no documents for format 'nowhere' in the store.\n");
}

}  // namespace
