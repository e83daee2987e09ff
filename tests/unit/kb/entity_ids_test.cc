// SPDX-License-Identifier: MIT
// Entity ids: a country's is an ISO 3166 alpha-3 code, every other one a lower-case slug.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../temp_dir.h"
#include "kb/model.h"

namespace {

namespace fs = std::filesystem;

class EntityIdsTest : public sw::test::TempDirTest {
 protected:
  // The problems `kb check` finds with an entity of `type` and `id`, formatted.
  std::vector<std::string> Check(const std::string& type, const std::string& id) {
    fs::create_directories(dir_ / "kb");
    const std::string file = (dir_ / "kb" / "kb.yaml").string();
    std::ofstream(file) << "- {id: '" << id << "', type: " << type << ", name: X, aliases: {en: [Xyz], ru: [Хуз]}}\n";
    std::vector<sw::kb::Issue> issues;
    auto kb = sw::kb::LoadKnowledgeBase((dir_ / "kb").string(), issues);
    sw::kb::CheckKnowledgeBase(kb, {}, issues);
    std::vector<std::string> out;
    for (const auto& i : issues) {
      if (i.message.find("expected id") != std::string::npos) out.push_back(i.message);
    }
    return out;
  }
};

TEST_F(EntityIdsTest, CountriesAreAlpha3) {
  EXPECT_TRUE(Check("country", "KAZ").empty());
  for (const char* bad : {"KA", "KAZA", "kaz", "K4Z", "KA-"}) {
    EXPECT_EQ(Check("country", bad),
              std::vector<std::string>{std::string("expected id '") + bad +
                                       "' to be an ISO 3166 alpha-3 code such as KAZ."})
        << bad;
  }
}

TEST_F(EntityIdsTest, OtherIdsAreSlugs) {
  for (const char* good : {"c5", "china-ca", "b5-plus-1", "a", "2019-summit"}) {
    EXPECT_TRUE(Check("format", good).empty()) << good;
  }
  for (const char* bad : {"-c5", "c5-", "china--ca", "China-CA", "china_ca", "china ca", "c5+1", "саммит"}) {
    EXPECT_EQ(Check("format", bad),
              std::vector<std::string>{std::string("expected id '") + bad +
                                       "' to be a lower-case slug such as china-ca."})
        << bad;
  }
}

}  // namespace
