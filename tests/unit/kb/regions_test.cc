// SPDX-License-Identifier: MIT
// Regions in the knowledge base: a country's `region` names a region entity, regions need no
// aliases, at most one is the focus; the store lists a region's members and the focus region.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../temp_dir.h"
#include "kb/model.h"
#include "store/store_impl.h"
#include "summitwatch/store.h"

namespace {

namespace fs = std::filesystem;

class RegionsTest : public sw::test::TempDirTest {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "kb");
    file_ = (dir_ / "kb" / "kb.yaml").string();
  }

  // Loads and checks `yaml`; the problems found, formatted.
  std::vector<std::string> Check(const std::string& yaml) {
    std::ofstream(file_) << yaml;
    std::vector<sw::kb::Issue> issues;
    auto kb = sw::kb::LoadKnowledgeBase((dir_ / "kb").string(), issues);
    sw::kb::CheckKnowledgeBase(kb, {}, issues);
    std::vector<std::string> out;
    for (const auto& i : issues) out.push_back(i.Format());
    std::sort(out.begin(), out.end());  // by line: the checks run in passes
    return out;
  }

  static constexpr const char* kCountries =
      "- {id: KAZ, type: country, name: Kazakhstan, region: ca, aliases: {en: [Kazakhstan], ru: [Казахстан]}}\n"
      "- {id: UZB, type: country, name: Uzbekistan, region: ca, aliases: {en: [Uzbekistan], ru: [Узбекистан]}}\n"
      "- {id: USA, type: country, name: United States, region: na, aliases: {en: [United States], ru: [США]}}\n";

  std::string file_;
};

TEST_F(RegionsTest, RegionsNeedNoAliasesAndCountriesNameThem) {
  EXPECT_EQ(Check(std::string(kCountries) + "- {id: ca, type: region, name: Central Asia, focus: true}\n"
                                            "- {id: na, type: region, name: North America}\n"),
            std::vector<std::string>{});
}

TEST_F(RegionsTest, ARegionMustBeARegionEntity) {
  EXPECT_EQ(Check(std::string(kCountries) +
                  "- {id: ca, type: format, name: Not a region, aliases: {en: [CA format], ru: [формат]}}\n"),
            (std::vector<std::string>{file_ + ":1: 'region' refers to 'ca', which is a format, not a region.",
                                      file_ + ":2: 'region' refers to 'ca', which is a format, not a region.",
                                      file_ + ":3: 'region' refers to unknown id 'na'."}));
}

TEST_F(RegionsTest, OnlyOneRegionIsTheFocus) {
  EXPECT_EQ(Check(std::string(kCountries) + "- {id: ca, type: region, name: Central Asia, focus: true}\n"
                                            "- {id: na, type: region, name: North America, focus: true}\n"
                                            "- {id: eu, type: region, name: Europe, focus: perhaps}\n"),
            (std::vector<std::string>{file_ + ":5: region 'na' has 'focus: true' like 'ca' (" + file_ +
                                          ":4); only one region can be the focus.",
                                      file_ + ":6: expected 'focus' to be true or false."}));
}

TEST_F(RegionsTest, TheStoreListsTheMembersAndTheFocus) {
  Check(std::string(kCountries) +
        "- {id: ca, type: region, name: Central Asia, focus: true}\n"
        "- {id: na, type: region, name: North America}\n");
  auto store = summitwatch::Store::Create((dir_ / "r.db").string());
  ASSERT_TRUE(store) << store.error().message;
  ASSERT_TRUE(store->LoadKnowledgeBase((dir_ / "kb").string()));
  const auto& db = store->impl().db;
  sw::store::Stmt members(db,
                          "SELECT group_concat(member, ' ') FROM (SELECT member FROM members "
                          "WHERE entity = 'ca' ORDER BY position)");
  ASSERT_TRUE(members.Step());
  EXPECT_EQ(members.Text(0), "KAZ UZB");
  sw::store::Stmt focus(db, "SELECT value FROM meta WHERE key = 'focus_region'");
  ASSERT_TRUE(focus.Step());
  EXPECT_EQ(focus.Text(0), "ca");
}

}  // namespace
