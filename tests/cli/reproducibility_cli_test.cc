// SPDX-License-Identifier: MIT
// The same documents give the same figures, intervals included, whatever order they were
// ingested in: the bootstraps draw documents in content-hash order, not by the store's keys.
#include "cli_helpers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace {

using sw::test::Ran;

TEST(ReproducibilityCliTest, IngestOrderDoesNotChangeBootstrapIntervals) {
  sw::test::TempDir dir("reproducible");
  const std::string a = (dir.path() / "a.db").string(), b = (dir.path() / "b.db").string();
  // One coding thread, so that each store's keys follow its input order: the demo files in
  // name order in one store, in reverse order in the other.
  std::vector<std::string> files;
  for (const char* sub : {"data/demo/declarations", "data/demo/news"}) {
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(SW_SOURCE_DIR) / sub)) {
      files.push_back(std::string(sub) + "/" + e.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::string forward, backward;
  for (const auto& f : files) forward += " " + f;
  for (auto it = files.rbegin(); it != files.rend(); ++it) backward += " " + *it;
  for (const auto& [db, order] : {std::pair{a, forward}, std::pair{b, backward}}) {
    Ran r = sw::test::Run(dir.path(), "init --db " + db);
    ASSERT_EQ(r.status, 0) << r.err;
    r = sw::test::Run(dir.path(), "ingest --threads 1 --db " + db + order);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  for (const std::string query : {"tone --target bri --by country,year", "areas --compare china-ca c5plus1",
                                  "consensus", "consensus --basis host"}) {
    Ran x = sw::test::Run(dir.path(), query + " --json --db " + a);
    Ran y = sw::test::Run(dir.path(), query + " --json --db " + b);
    ASSERT_EQ(x.status, 0) << query << ": " << x.err;
    ASSERT_EQ(y.status, 0) << query << ": " << y.err;
    EXPECT_TRUE(sw::test::Has(x.out, "_lo")) << query << " gives no interval: " << x.out;
    EXPECT_EQ(x.out, y.out) << query;
  }
}

}  // namespace
